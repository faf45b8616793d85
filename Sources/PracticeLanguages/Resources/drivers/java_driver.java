// practice function-mode driver for Java (docs/ARCHITECTURE.md, "Function mode"; "Languages").
// The generated driver of an attempt is one file, Solution.java, compiled with `javac`: the import lines
// below (LeetCode's Java environment), joined on the solution's first line so that compile errors keep
// its line numbers; the solution; java_tree_node.java and java_list_node.java unless it defines those
// classes; and this file without its imports, its configuration block generated for the signature.
// `java ... PracticeDriver` loads class Solution, finds the method by name and number of parameters,
// and, on a thread with a 32 MiB stack, reads one JSON line per argument for each test, converts each
// to the method's declared parameter type (int[], List<Integer>, char[][], TreeNode, ...), calls the
// method on a new Solution() and writes the returned value as JSON by its runtime type: one
// tab-separated record per test on the original stdout (the same records as the other drivers). The
// solution's own output (System.out, System.err) goes to stderr, each test's followed by a marker line.
// Names other than LeetCode's imports are written in full here, so that they add nothing to the
// solution's namespace.
import java.util.*;
import java.util.function.*;
import java.util.stream.*;
import java.math.*;
import java.io.*;

class PracticeDriver {
    // The lines between the markers are generated for each attempt: the method's name, and each
    // parameter's name and type as the signature writes it (for messages), and for an in-place method
    // the argument whose value after the call is the answer (MODIFIES, else -1). As they stand they make
    // a driver for `solve(x)`. A design problem ("implement the class") has DESIGN, the class's name, instead of
    // null, and per call kind (the constructor first, then each method) its name, its parameters' names and types,
    // and whether it returns a value; a test is then two lines, the calls' names and their arguments. For a list with
    // a cycle (LeetCode 141), CYCLE_LINE is the input line giving the node the list's last node links back to (not an
    // argument: NAMES leave it out) and CYCLE_ARGUMENT the list's index among the arguments; else both are -1.
    // practice:config begin
    static final String METHOD = "solve";
    static final String[] NAMES = {"x"};
    static final String[] TYPES = {"Int"};
    static final int MODIFIES = -1;
    static final int CYCLE_ARGUMENT = -1;
    static final int CYCLE_LINE = -1;
    static final String DESIGN = null;
    static final String[] CALLS = {};
    static final String[][] CALL_NAMES = {};
    static final String[][] CALL_TYPES = {};
    static final boolean[] CALL_RETURNS = {};
    // practice:config end

    static final long STACK_BYTES = 32L << 20;
    static final java.nio.charset.Charset UTF8 = java.nio.charset.StandardCharsets.UTF_8;
    static final byte[] MARK = "\u001epractice:end-of-test\u001e\n".getBytes(UTF8);

    static FileOutputStream records;
    static PrintStream output;
    static InputStream input;
    static int status = 0;
    static volatile boolean overflowed = false;
    static boolean loaded = false;
    static java.lang.reflect.Method method;
    static java.lang.reflect.Constructor<?> constructor;
    static Decoder[] decoders;
    static Class<?> returned;
    static Measures measures;
    static LineReader reader;
    // A design problem's class: its constructor and methods (index 0 the constructor), each with its decoders.
    static Map<String, Integer> callIndex = new HashMap<>();
    static java.lang.reflect.Executable[] callables;
    static Decoder[][] callDecoders;

    public static void main(String[] args) throws InterruptedException {
        // Records go to the original stdout; the solution's prints to stderr; the solution cannot read the tests.
        records = new FileOutputStream(FileDescriptor.out);
        // Line-buffered (autoflush at each println): one write per line, not per print call.
        output = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.err), 1 << 16), true, UTF8);
        System.setOut(output);
        System.setErr(output);
        input = new FileInputStream(FileDescriptor.in);
        System.setIn(new ByteArrayInputStream(new byte[0]));
        // Deep recursion: the tests run on a thread with a 32 MiB stack (800000 frames of a small compiled method,
        // 300000 interpreted). More would make an endless recursion a memory limit instead of a StackOverflowError
        // for that test: HotSpot also allocates about 100 bytes per frame as it unwinds one (a 64 MiB stack peaked
        // at 260 MB). A thread whose stack overflowed is replaced by a new one, which starts with a fresh stack.
        do {
            overflowed = false;
            Thread worker = new Thread(null, PracticeDriver::serve, "main", STACK_BYTES);
            worker.start();
            worker.join();
        } while (overflowed);
        output.flush();
        System.exit(status);  // threads the solution started do not keep the driver alive
    }

    // ---- the protocol

    static void serve() {
        if (!loaded) load();
        tests();
    }

    // Loads class Solution and finds the method, its constructor and a decoder for each parameter; then `ready`.
    static void load() {
        if (DESIGN != null) {
            loadDesign();
            return;
        }
        Class<?> solution;
        try {
            solution = Class.forName("Solution");
        } catch (ClassNotFoundException e) {
            fatal("there is no class Solution", "");
            return;
        } catch (Throwable e) {
            Throwable cause = e instanceof ExceptionInInitializerError && e.getCause() != null ? e.getCause() : e;
            fatal("the solution failed to load: " + describe(cause), details(cause));
            return;
        }
        method = findMethod(solution);
        if (method == null) {
            fatal("class Solution has no method " + METHOD + " with " + NAMES.length + " parameter" + (NAMES.length == 1 ? "" : "s"), "");
            return;
        }
        if (!java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
            try {
                constructor = solution.getDeclaredConstructor();
                constructor.setAccessible(true);
            } catch (NoSuchMethodException e) {
                fatal("class Solution has no constructor without arguments", "");
                return;
            }
        }
        java.lang.reflect.Type[] parameters = method.getGenericParameterTypes();
        decoders = new Decoder[NAMES.length];
        for (int i = 0; i < decoders.length; i++) {
            try {
                decoders[i] = decoderFor(parameters[i]);
            } catch (Unsupported e) {
                fatal("the driver cannot pass argument " + (i + 1) + " (" + NAMES[i] + ": " + TYPES[i] + ") as a "
                      + parameters[i].getTypeName() + ": " + e.getMessage(), "");
                return;
            }
        }
        returned = method.getReturnType();
        measures = new Measures();
        reader = new LineReader(input);
        loaded = true;
        record("ready\t" + fixed6(measures.cpuNanos() / 1e9) + "\n");
    }

    // A design problem: loads its class, finds the constructor and each method by name and number of parameters (the
    // first of that name when none has that number, so the call's error says what was wrong) and their decoders.
    static void loadDesign() {
        Class<?> design;
        try {
            design = Class.forName(DESIGN);
        } catch (ClassNotFoundException e) {
            fatal("there is no class " + DESIGN, "");
            return;
        } catch (Throwable e) {
            Throwable cause = e instanceof ExceptionInInitializerError && e.getCause() != null ? e.getCause() : e;
            fatal("the solution failed to load: " + describe(cause), details(cause));
            return;
        }
        callables = new java.lang.reflect.Executable[CALLS.length];
        callDecoders = new Decoder[CALLS.length][];
        for (int k = 0; k < CALLS.length; k++) {
            int arity = CALL_NAMES[k].length;
            java.lang.reflect.Executable callable = null;
            if (k == 0) {
                for (java.lang.reflect.Constructor<?> c : design.getDeclaredConstructors()) {
                    if (c.getParameterCount() == arity && !c.isSynthetic()) callable = c;
                }
                if (callable == null) {
                    fatal("class " + DESIGN + " has no constructor with " + arity + " parameter" + (arity == 1 ? "" : "s"), "");
                    return;
                }
            } else {
                callable = findMethod(design, CALLS[k], arity);
                if (callable == null) {
                    fatal("class " + DESIGN + " has no method " + CALLS[k] + " with " + arity + " parameter" + (arity == 1 ? "" : "s"), "");
                    return;
                }
                callIndex.put(CALLS[k], k);
            }
            callable.setAccessible(true);
            java.lang.reflect.Type[] parameters = callable.getGenericParameterTypes();
            callDecoders[k] = new Decoder[arity];
            for (int i = 0; i < arity; i++) {
                try {
                    callDecoders[k][i] = decoderFor(parameters[i]);
                } catch (Unsupported e) {
                    fatal("the driver cannot pass argument " + (i + 1) + " (" + CALL_NAMES[k][i] + ": " + CALL_TYPES[k][i] + ") of "
                          + CALLS[k] + " as a " + parameters[i].getTypeName() + ": " + e.getMessage(), "");
                    return;
                }
            }
            callables[k] = callable;
        }
        measures = new Measures();
        reader = new LineReader(input);
        loaded = true;
        record("ready\t" + fixed6(measures.cpuNanos() / 1e9) + "\n");
    }

    // An exception in one call of a design test: the message names the call and its method.
    static final class CallFailed extends RuntimeException {
        final String prefix;
        final Throwable error;

        CallFailed(int index, String method, Throwable error) {
            super(null, null, false, false);
            prefix = "call " + index + " (" + method + "): ";
            this.error = error;
        }
    }

    // One design test: constructs the class with the first call's arguments, then calls each method in order, each
    // argument converted to its declared parameter type; the answers, one per call (null for the constructor and
    // for methods that return nothing).
    static String designTest(String namesLine, String argumentsLine) {
        String[] names;
        try {
            Cursor c = new Cursor(namesLine);
            List<String> list = new ArrayList<>();
            c.expect('[');
            if (!c.take(']')) {
                do { list.add(c.readString()); } while (c.take(','));
                c.expect(']');
            }
            c.finish();
            names = list.toArray(new String[0]);
        } catch (BadInput e) {
            throw new BadArgument("the driver could not read argument 1 (operations) as [String]");
        }
        if (names.length == 0) throw new BadArgument("the test makes no calls");
        Cursor c = new Cursor(argumentsLine);
        StringBuilder out = new StringBuilder("[");
        Object instance = null;
        int index = 0;
        try {
            c.expect('[');
            for (index = 0; index < names.length; index++) {
                if (index > 0) c.expect(',');
                Integer found = index == 0 ? Integer.valueOf(0) : callIndex.get(names[index]);
                if (found == null) throw new CallFailed(index, names[index], new BadArgument(DESIGN + " has no method " + names[index]));
                int k = found;
                Object[] arguments = new Object[callDecoders[k].length];
                try {
                    c.expect('[');
                    for (int i = 0; i < arguments.length; i++) {
                        if (i > 0) c.expect(',');
                        arguments[i] = callDecoders[k][i].read(c);
                    }
                    c.expect(']');
                } catch (BadInput | ClassCastException | ArithmeticException | NumberFormatException e) {
                    List<String> declared = new ArrayList<>();
                    for (int i = 0; i < CALL_NAMES[k].length; i++) declared.add(CALL_NAMES[k][i] + ": " + CALL_TYPES[k][i]);
                    throw new CallFailed(index, names[index], new BadArgument("the driver could not read its arguments as ("
                                                                           + String.join(", ", declared) + ")"));
                }
                Object result;
                try {
                    if (k == 0) {
                        instance = ((java.lang.reflect.Constructor<?>) callables[0]).newInstance(arguments);
                        result = null;
                    } else {
                        result = ((java.lang.reflect.Method) callables[k]).invoke(instance, arguments);
                    }
                } catch (java.lang.reflect.InvocationTargetException e) {
                    throw new CallFailed(index, names[index], e.getCause() == null ? e : e.getCause());
                }
                if (index > 0) out.append(',');
                if (!CALL_RETURNS[k]) {
                    out.append("null");
                } else {
                    Class<?> declared = ((java.lang.reflect.Method) callables[k]).getReturnType();
                    if (result == null && (named(declared, "TreeNode") || named(declared, "ListNode"))) out.append("[]");
                    else write(out, result, 0);
                }
            }
            c.expect(']');
            c.finish();
        } catch (BadInput e) {
            throw new BadArgument("the driver could not read argument 2 (arguments): one list of arguments per call");
        } catch (Unwritable e) {
            throw new CallFailed(index, names[index], e);
        } catch (CallFailed e) {
            throw e;
        } catch (ReflectiveOperationException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new CallFailed(index, index < names.length ? names[index] : "?", e);
        }
        return out.append(']').toString();
    }

    // Answers tests until the input ends, or until a test's stack overflowed (the caller goes on on a new thread).
    static void tests() {
        String[] lines = new String[NAMES.length + (CYCLE_LINE >= 0 ? 1 : 0)];
        for (;;) {
            for (int i = 0; i < lines.length; i++) {
                lines[i] = reader.next();
                if (lines[i] == null) return;
            }
            measures.resetPeak();
            long cpu = measures.cpuNanos();
            long wall = System.nanoTime();
            String kind = "ok";
            String text;
            try {
                text = DESIGN != null ? designTest(lines[0], lines[1]) : functionTest(lines);
            } catch (java.lang.reflect.InvocationTargetException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                overflowed = cause instanceof StackOverflowError;
                kind = "err";
                text = quote(describe(cause)) + "\t" + quote(details(cause));
            } catch (CallFailed e) {
                Throwable cause = e.error;
                overflowed = cause instanceof StackOverflowError;
                kind = "err";
                if (cause instanceof BadArgument) text = quote(e.prefix + cause.getMessage()) + "\t\"\"";
                else if (cause instanceof Unwritable) text = quote(e.prefix + "the return value cannot be written as JSON: " + cause.getMessage()) + "\t\"\"";
                else text = quote(e.prefix + describe(cause)) + "\t" + quote(details(cause));
            } catch (BadArgument e) {
                kind = "err";
                text = quote(e.getMessage()) + "\t\"\"";
            } catch (Unwritable e) {
                kind = "err";
                text = quote("the return value cannot be written as JSON: " + e.getMessage()) + "\t\"\"";
            } catch (Throwable e) {  // a StackOverflowError or OutOfMemoryError outside the call itself
                overflowed = e instanceof StackOverflowError;
                kind = "err";
                text = quote(describe(e)) + "\t" + quote(details(e));
            }
            output.flush();
            output.write(MARK, 0, MARK.length);
            output.flush();
            long done = measures.cpuNanos();
            double seconds = (System.nanoTime() - wall) / 1e9;
            record(kind + "\t" + fixed6((done - cpu) / 1e9) + "\t" + fixed6(seconds) + "\t" + measures.peakKiB() + "\t"
                   + fixed6(done / 1e9) + "\t" + text + "\n");
            if (overflowed) return;
        }
    }

    // One test of a function: its arguments read into their declared types, the call on a new Solution(), the result.
    static String functionTest(String[] lines) throws ReflectiveOperationException {
        Object[] arguments = new Object[NAMES.length];
        for (int line = 0, i = 0; line < lines.length; line++) {
            if (line == CYCLE_LINE) continue;
            arguments[i] = read(decoders[i], lines[line], i);
            i++;
        }
        if (CYCLE_LINE >= 0) linkCycle(arguments[CYCLE_ARGUMENT], Integer.parseInt(lines[CYCLE_LINE].trim()));
        Object instance = constructor == null ? null : constructor.newInstance();
        Object result = method.invoke(instance, arguments);
        if (MODIFIES >= 0) result = arguments[MODIFIES];
        StringBuilder out = new StringBuilder();
        if (result == null && (named(returned, "TreeNode") || named(returned, "ListNode"))) out.append("[]");
        else write(out, result, 0);
        return out.toString();
    }

    // The method of that name and number of parameters, in Solution or a superclass (any access).
    // Links the list's last node back to its node at index `pos` (nothing when pos is -1): LeetCode 141's `pos`.
    static void linkCycle(Object head, int pos) throws ReflectiveOperationException {
        if (head == null || pos < 0) return;
        java.lang.reflect.Field next = head.getClass().getDeclaredField("next");
        next.setAccessible(true);
        Object target = null, node = head;
        for (int index = 0;; index++) {
            if (index == pos) target = node;
            Object following = next.get(node);
            if (following == null) break;
            node = following;
        }
        next.set(node, target);
    }

    static java.lang.reflect.Method findMethod(Class<?> solution) { return findMethod(solution, METHOD, NAMES.length); }

    static java.lang.reflect.Method findMethod(Class<?> solution, String name, int arity) {
        for (Class<?> k = solution; k != null && k != Object.class; k = k.getSuperclass()) {
            for (java.lang.reflect.Method m : k.getDeclaredMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == arity && !m.isBridge() && !m.isSynthetic()) {
                    m.setAccessible(true);
                    return m;
                }
            }
        }
        return null;
    }

    static Object read(Decoder decoder, String line, int index) {
        try {
            Cursor cursor = new Cursor(line);
            Object value = decoder.read(cursor);
            cursor.finish();
            return value;
        } catch (BadInput | ClassCastException | ArithmeticException | NumberFormatException e) {
            throw new BadArgument("the driver could not read argument " + (index + 1) + " (" + NAMES[index] + ") as " + TYPES[index]);
        }
    }

    static void record(String line) {
        try {
            records.write(line.getBytes(UTF8));
        } catch (IOException e) {
            System.exit(1);  // the tool is gone
        }
    }

    static void fatal(String message, String details) {
        record("fatal\t" + quote(message) + "\t" + quote(details) + "\n");
        output.flush();
        System.exit(1);
    }

    static String fixed6(double seconds) {
        long micros = Math.max(0, Math.round(seconds * 1e6));
        String fraction = Long.toString(micros % 1_000_000);
        return micros / 1_000_000 + "." + "000000".substring(fraction.length()) + fraction;
    }

    // ---- exceptions: one line (the exception and where in the solution), and a short stack trace

    static boolean ownFrame(StackTraceElement frame) {
        String name = frame.getClassName();
        return !(name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.") || name.startsWith("com.sun.")
                 || name.startsWith("PracticeDriver"));
    }

    static String describe(Throwable e) {
        String text = e.toString();
        int newline = text.indexOf('\n');
        if (newline >= 0) text = text.substring(0, newline);
        for (StackTraceElement frame : e.getStackTrace()) {
            if (ownFrame(frame) && frame.getFileName() != null) {
                return text + " (" + frame.getFileName() + ":" + frame.getLineNumber() + ", in " + frame.getMethodName() + ")";
            }
        }
        return text;
    }

    // The exception and the frames above the driver's (reflection's and the driver's own are left out), at most 12.
    static String details(Throwable e) {
        StringBuilder out = new StringBuilder(e.toString());
        StackTraceElement[] frames = e.getStackTrace();
        int shown = 0;
        for (StackTraceElement frame : frames) {
            String name = frame.getClassName();
            if (name.startsWith("PracticeDriver") || name.startsWith("jdk.internal.reflect.") || name.startsWith("java.lang.reflect.")) break;
            if (shown == 12) {
                out.append("\n\t...");
                break;
            }
            out.append("\n\tat ").append(frame);
            shown++;
        }
        return out.length() > 4000 ? out.substring(0, 4000) : out.toString();
    }

    // ---- measuring: the process's CPU time (every thread: JIT and GC included) and each test's own peak memory

    static final class Measures {
        final Map<String, RandomAccessFile> tasks = new HashMap<>();
        final Map<String, Long> seen = new HashMap<>();
        final byte[] buffer = new byte[8192];
        long departed = 0;
        boolean schedstat = true;
        OutputStream clearRefs;
        RandomAccessFile statusFile;

        Measures() {
            try { clearRefs = new FileOutputStream("/proc/self/clear_refs"); } catch (IOException | SecurityException e) { clearRefs = null; }
            try { statusFile = new RandomAccessFile("/proc/self/status", "r"); } catch (IOException e) { statusFile = null; }
        }

        // Resets the kernel's high-water mark to the current resident size (clear_refs 5) before a test.
        void resetPeak() {
            if (clearRefs == null) return;
            try { clearRefs.write('5'); clearRefs.flush(); } catch (IOException e) { clearRefs = null; }
        }

        // VmHWM after the test: its own peak (maxRSS would also count earlier tests' peaks).
        long peakKiB() {
            if (statusFile == null) return 0;
            try {
                statusFile.seek(0);
                int length = statusFile.read(buffer, 0, buffer.length);
                String text = new String(buffer, 0, Math.max(0, length), java.nio.charset.StandardCharsets.ISO_8859_1);
                int at = text.indexOf("VmHWM:");
                if (at < 0) return 0;
                int p = at + 6;
                while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) p++;
                long value = 0;
                while (p < text.length() && Character.isDigit(text.charAt(p))) value = value * 10 + (text.charAt(p++) - '0');
                return value;
            } catch (IOException e) {
                return 0;
            }
        }

        // The sum of every thread's run time in /proc/self/task/*/schedstat, in nanoseconds (threads that ended
        // keep their last figure); /proc/self/stat's clock ticks where schedstat is missing.
        long cpuNanos() {
            if (schedstat) {
                String[] ids = new File("/proc/self/task").list();
                if (ids != null) {
                    long total = 0;
                    Set<String> alive = new HashSet<>(Arrays.asList(ids));
                    for (Iterator<Map.Entry<String, Long>> it = seen.entrySet().iterator(); it.hasNext(); ) {
                        Map.Entry<String, Long> entry = it.next();
                        if (!alive.contains(entry.getKey())) {
                            departed += entry.getValue();
                            it.remove();
                            RandomAccessFile file = tasks.remove(entry.getKey());
                            try { if (file != null) file.close(); } catch (IOException e) { }
                        }
                    }
                    boolean ok = true;
                    for (String id : ids) {
                        long value = taskNanos(id);
                        if (value < 0) { ok = false; continue; }
                        seen.put(id, value);
                        total += value;
                    }
                    if (ok || total > 0) return departed + total;
                }
                schedstat = false;
            }
            try (RandomAccessFile stat = new RandomAccessFile("/proc/self/stat", "r")) {
                String text = stat.readLine();
                String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
                return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;  // utime, stime in 1/100 s
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }

        long taskNanos(String id) {
            try {
                RandomAccessFile file = tasks.get(id);
                if (file == null) {
                    file = new RandomAccessFile("/proc/self/task/" + id + "/schedstat", "r");
                    tasks.put(id, file);
                }
                file.seek(0);
                int length = file.read(buffer, 0, 64);
                long value = 0;
                int p = 0;
                while (p < length && buffer[p] >= '0' && buffer[p] <= '9') value = value * 10 + (buffer[p++] - '0');
                return p == 0 ? -1 : value;
            } catch (IOException e) {
                Long last = seen.get(id);  // a thread that just ended
                return last == null ? 0 : last;
            }
        }
    }

    // ---- reading the tests: lines of UTF-8 from fd 0 (a last line without a newline is not a test)

    static final class LineReader {
        final InputStream in;
        final byte[] chunk = new byte[1 << 16];
        int position = 0, end = 0;
        byte[] line = new byte[1 << 12];
        boolean ended = false;

        LineReader(InputStream in) { this.in = in; }

        String next() {
            int length = 0;
            for (;;) {
                for (int i = position; i < end; i++) {
                    if (chunk[i] == '\n') {
                        length = append(length, position, i);
                        position = i + 1;
                        return new String(line, 0, length, UTF8);
                    }
                }
                length = append(length, position, end);
                position = end = 0;
                if (ended) return null;
                try {
                    int n = in.read(chunk, 0, chunk.length);
                    if (n <= 0) ended = true;
                    else end = n;
                } catch (IOException e) {
                    ended = true;
                }
            }
        }

        int append(int length, int from, int to) {
            int count = to - from;
            if (length + count > line.length) line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
            System.arraycopy(chunk, from, line, length, count);
            return length + count;
        }
    }

    // ---- JSON into the method's parameter types

    static final class BadInput extends RuntimeException {
        BadInput() { super(null, null, false, false); }
    }

    static final class BadArgument extends RuntimeException {
        BadArgument(String message) { super(message, null, false, false); }
    }

    static final class Unsupported extends Exception {
        Unsupported(String message) { super(message, null, false, false); }
    }

    static final class Unwritable extends RuntimeException {
        Unwritable(String message) { super(message, null, false, false); }
    }

    interface Decoder {
        Object read(Cursor cursor);
    }

    static final class Cursor {
        final char[] s;
        final int n;
        int p = 0;

        Cursor(String text) { s = text.toCharArray(); n = s.length; }

        void space() { while (p < n && (s[p] == ' ' || s[p] == '\t' || s[p] == '\r' || s[p] == '\n')) p++; }

        boolean take(char c) {
            space();
            if (p < n && s[p] == c) { p++; return true; }
            return false;
        }

        void expect(char c) { if (!take(c)) throw new BadInput(); }

        boolean literal(String word) {
            space();
            int length = word.length();
            if (n - p < length) return false;
            for (int i = 0; i < length; i++) if (s[p + i] != word.charAt(i)) return false;
            p += length;
            return true;
        }

        void finish() {
            space();
            if (p != n) throw new BadInput();
        }

        // An integer; 3.0 and 3e2 are integers too, 3.5 is not.
        long readLong() {
            space();
            int start = p;
            if (p < n && s[p] == '-') p++;
            long value = 0;
            int digits = 0;
            boolean overflow = false;
            while (p < n && s[p] >= '0' && s[p] <= '9') {
                int digit = s[p++] - '0';
                if (value > (Long.MAX_VALUE - digit) / 10) overflow = true;
                value = value * 10 + digit;
                digits++;
            }
            if (digits == 0) throw new BadInput();
            if (p < n && (s[p] == '.' || s[p] == 'e' || s[p] == 'E')) {
                p = start;
                double d = readDouble();
                if (d != Math.floor(d) || Math.abs(d) > 9.0e18) throw new BadInput();
                return (long) d;
            }
            if (overflow) throw new BadInput();
            return s[start] == '-' ? -value : value;
        }

        double readDouble() {
            space();
            int start = p;
            while (p < n && (s[p] >= '0' && s[p] <= '9' || s[p] == '-' || s[p] == '+' || s[p] == '.' || s[p] == 'e' || s[p] == 'E')) p++;
            if (p == start) throw new BadInput();
            return Double.parseDouble(new String(s, start, p - start));
        }

        String readString() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (p < n && s[p] != '"') {
                char c = s[p++];
                if (c != '\\') { out.append(c); continue; }
                if (p >= n) throw new BadInput();
                char e = s[p++];
                switch (e) {
                    case '"': out.append('"'); break;
                    case '\\': out.append('\\'); break;
                    case '/': out.append('/'); break;
                    case 'b': out.append('\b'); break;
                    case 'f': out.append('\f'); break;
                    case 'n': out.append('\n'); break;
                    case 'r': out.append('\r'); break;
                    case 't': out.append('\t'); break;
                    case 'u':
                        if (n - p < 4) throw new BadInput();
                        out.append((char) Integer.parseInt(new String(s, p, 4), 16));
                        p += 4;
                        break;
                    default: throw new BadInput();
                }
            }
            if (p >= n) throw new BadInput();
            p++;
            return out.toString();
        }

        char readChar() {
            String text = readString();
            if (text.length() != 1) throw new BadInput();
            return text.charAt(0);
        }

        boolean readBool() {
            if (literal("true")) return true;
            if (literal("false")) return false;
            throw new BadInput();
        }

        // Any JSON value: null, Boolean, Integer (Long beyond int, Double with a fraction), String, ArrayList, LinkedHashMap.
        Object readAny() {
            space();
            if (p >= n) throw new BadInput();
            char c = s[p];
            if (c == '"') return readString();
            if (c == '[') {
                p++;
                List<Object> list = new ArrayList<>();
                if (take(']')) return list;
                do { list.add(readAny()); } while (take(','));
                expect(']');
                return list;
            }
            if (c == '{') {
                p++;
                Map<String, Object> map = new LinkedHashMap<>();
                if (take('}')) return map;
                do {
                    space();
                    String key = readString();
                    expect(':');
                    map.put(key, readAny());
                } while (take(','));
                expect('}');
                return map;
            }
            if (literal("null")) return null;
            if (literal("true")) return Boolean.TRUE;
            if (literal("false")) return Boolean.FALSE;
            int start = p;
            double d = readDouble();
            String text = new String(s, start, p - start);
            if (text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0) {
                try {
                    long value = Long.parseLong(text);
                    if (value == (int) value) return (int) value;
                    return value;
                } catch (NumberFormatException e) {
                    return new BigInteger(text);
                }
            }
            return d;
        }
    }

    static boolean named(Class<?> k, String name) { return k.getSimpleName().equals(name); }

    static Decoder nullable(Decoder decoder) { return c -> c.literal("null") ? null : decoder.read(c); }

    static Decoder decoderFor(java.lang.reflect.Type type) throws Unsupported {
        if (type instanceof Class<?>) {
            Class<?> k = (Class<?>) type;
            if (k == int.class) return c -> (int) c.readLong();
            if (k == long.class) return Cursor::readLong;
            if (k == double.class) return Cursor::readDouble;
            if (k == boolean.class) return Cursor::readBool;
            if (k == char.class) return Cursor::readChar;
            if (k == short.class) return c -> (short) c.readLong();
            if (k == byte.class) return c -> (byte) c.readLong();
            if (k == float.class) return c -> (float) c.readDouble();
            if (k == Integer.class) return nullable(c -> (int) c.readLong());
            if (k == Long.class) return nullable(Cursor::readLong);
            if (k == Double.class) return nullable(Cursor::readDouble);
            if (k == Boolean.class) return nullable(Cursor::readBool);
            if (k == Character.class) return nullable(Cursor::readChar);
            if (k == Short.class) return nullable(c -> (short) c.readLong());
            if (k == Byte.class) return nullable(c -> (byte) c.readLong());
            if (k == Float.class) return nullable(c -> (float) c.readDouble());
            if (k == String.class || k == CharSequence.class) return nullable(Cursor::readString);
            if (k == BigInteger.class) return nullable(c -> { Object v = c.readAny(); if (v instanceof Double) throw new BadInput(); return new BigInteger(v.toString()); });
            if (k == BigDecimal.class) return nullable(c -> new BigDecimal(c.readAny().toString()));
            if (k == Object.class || k == Number.class) return Cursor::readAny;
            if (k.isArray()) return arrayDecoder(k.getComponentType(), decoderFor(k.getComponentType()));
            if (named(k, "TreeNode")) return treeDecoder(k);
            if (named(k, "ListNode")) return listDecoder(k);
            if (Collection.class.isAssignableFrom(k) || k == Iterable.class) return collectionDecoder(k, Cursor::readAny);
            throw new Unsupported("it reads no " + k.getName());
        }
        if (type instanceof java.lang.reflect.ParameterizedType) {
            java.lang.reflect.ParameterizedType parameterized = (java.lang.reflect.ParameterizedType) type;
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (Collection.class.isAssignableFrom(raw) || raw == Iterable.class) {
                return collectionDecoder(raw, decoderFor(parameterized.getActualTypeArguments()[0]));
            }
            throw new Unsupported("it reads no " + type.getTypeName());
        }
        if (type instanceof java.lang.reflect.GenericArrayType) {
            java.lang.reflect.Type component = ((java.lang.reflect.GenericArrayType) type).getGenericComponentType();
            return arrayDecoder(erasure(component), decoderFor(component));
        }
        if (type instanceof java.lang.reflect.WildcardType) return decoderFor(((java.lang.reflect.WildcardType) type).getUpperBounds()[0]);
        if (type instanceof java.lang.reflect.TypeVariable) return decoderFor(((java.lang.reflect.TypeVariable<?>) type).getBounds()[0]);
        throw new Unsupported("it reads no " + type.getTypeName());
    }

    static Class<?> erasure(java.lang.reflect.Type type) {
        if (type instanceof Class<?>) return (Class<?>) type;
        if (type instanceof java.lang.reflect.ParameterizedType) return (Class<?>) ((java.lang.reflect.ParameterizedType) type).getRawType();
        if (type instanceof java.lang.reflect.GenericArrayType) {
            return java.lang.reflect.Array.newInstance(erasure(((java.lang.reflect.GenericArrayType) type).getGenericComponentType()), 0).getClass();
        }
        return Object.class;
    }

    static Decoder arrayDecoder(Class<?> component, Decoder element) {
        if (component == int.class) {
            return nullable(c -> {
                c.expect('[');
                int[] a = new int[16];
                int size = 0;
                if (!c.take(']')) {
                    do {
                        if (size == a.length) a = Arrays.copyOf(a, size * 2);
                        a[size++] = (int) c.readLong();
                    } while (c.take(','));
                    c.expect(']');
                }
                return size == a.length ? a : Arrays.copyOf(a, size);
            });
        }
        if (component == long.class) {
            return nullable(c -> {
                c.expect('[');
                long[] a = new long[16];
                int size = 0;
                if (!c.take(']')) {
                    do {
                        if (size == a.length) a = Arrays.copyOf(a, size * 2);
                        a[size++] = c.readLong();
                    } while (c.take(','));
                    c.expect(']');
                }
                return size == a.length ? a : Arrays.copyOf(a, size);
            });
        }
        if (component == double.class) {
            return nullable(c -> {
                c.expect('[');
                double[] a = new double[16];
                int size = 0;
                if (!c.take(']')) {
                    do {
                        if (size == a.length) a = Arrays.copyOf(a, size * 2);
                        a[size++] = c.readDouble();
                    } while (c.take(','));
                    c.expect(']');
                }
                return size == a.length ? a : Arrays.copyOf(a, size);
            });
        }
        if (component == char.class) {
            return nullable(c -> {
                c.expect('[');
                StringBuilder a = new StringBuilder();
                if (!c.take(']')) {
                    do { a.append(c.readChar()); } while (c.take(','));
                    c.expect(']');
                }
                char[] out = new char[a.length()];
                a.getChars(0, out.length, out, 0);
                return out;
            });
        }
        return nullable(c -> {
            c.expect('[');
            List<Object> items = new ArrayList<>();
            if (!c.take(']')) {
                do { items.add(element.read(c)); } while (c.take(','));
                c.expect(']');
            }
            Object array = java.lang.reflect.Array.newInstance(component, items.size());
            if (component.isPrimitive()) {
                for (int i = 0; i < items.size(); i++) java.lang.reflect.Array.set(array, i, items.get(i));
            } else {
                Object[] objects = (Object[]) array;
                for (int i = 0; i < items.size(); i++) objects[i] = items.get(i);
            }
            return array;
        });
    }

    @SuppressWarnings("unchecked")
    static Decoder collectionDecoder(Class<?> raw, Decoder element) throws Unsupported {
        Supplier<Collection<Object>> make;
        if (!raw.isInterface() && !java.lang.reflect.Modifier.isAbstract(raw.getModifiers())) {
            java.lang.reflect.Constructor<?> constructor;
            try {
                constructor = raw.getDeclaredConstructor();
            } catch (NoSuchMethodException e) {
                throw new Unsupported(raw.getName() + " has no constructor without arguments");
            }
            make = () -> {
                try {
                    return (Collection<Object>) constructor.newInstance();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            };
        } else if (raw.isAssignableFrom(ArrayList.class)) {
            make = ArrayList::new;
        } else if (raw.isAssignableFrom(LinkedList.class)) {
            make = LinkedList::new;
        } else if (raw.isAssignableFrom(LinkedHashSet.class)) {
            make = LinkedHashSet::new;
        } else if (raw.isAssignableFrom(TreeSet.class)) {
            make = TreeSet::new;
        } else {
            throw new Unsupported("it makes no " + raw.getName());
        }
        return nullable(c -> {
            c.expect('[');
            Collection<Object> items = make.get();
            if (!c.take(']')) {
                do { items.add(element.read(c)); } while (c.take(','));
                c.expect(']');
            }
            return items;
        });
    }

    // A node class (LeetCode's or the solution's own): its value field, its links, and how to make one.
    static final class NodeType {
        final java.lang.reflect.Field val;
        final java.lang.reflect.Field[] links;
        final java.lang.reflect.Constructor<?> empty, withValue;
        final Decoder value;

        NodeType(Class<?> k, String... linkNames) throws Unsupported {
            try {
                val = k.getDeclaredField("val");
                val.setAccessible(true);
                links = new java.lang.reflect.Field[linkNames.length];
                for (int i = 0; i < linkNames.length; i++) {
                    links[i] = k.getDeclaredField(linkNames[i]);
                    links[i].setAccessible(true);
                }
            } catch (NoSuchFieldException e) {
                throw new Unsupported(k.getName() + " has no field " + e.getMessage());
            }
            value = decoderFor(val.getGenericType());
            empty = constructor(k);
            withValue = constructor(k, val.getType());
            if (empty == null && withValue == null) throw new Unsupported(k.getName() + " has no constructor TreeNode() or TreeNode(val)");
        }

        static java.lang.reflect.Constructor<?> constructor(Class<?> k, Class<?>... parameters) {
            try {
                java.lang.reflect.Constructor<?> constructor = k.getDeclaredConstructor(parameters);
                constructor.setAccessible(true);
                return constructor;
            } catch (NoSuchMethodException e) {
                return null;
            }
        }

        Object make(Object v) {
            try {
                if (withValue != null) return withValue.newInstance(v);
                Object node = empty.newInstance();
                val.set(node, v);
                return node;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static final Map<Class<?>, NodeType> nodeTypes = new HashMap<>();

    static NodeType nodeType(Class<?> k) throws Unsupported {
        NodeType known = nodeTypes.get(k);
        if (known != null) return known;
        NodeType type = named(k, "TreeNode") ? new NodeType(k, "left", "right") : new NodeType(k, "next");
        nodeTypes.put(k, type);
        return type;
    }

    // LeetCode's level order: [1,null,2] is 1 with a right child 2.
    static Decoder treeDecoder(Class<?> k) throws Unsupported {
        NodeType type = nodeType(k);
        return c -> {
            if (c.literal("null")) return null;
            c.expect('[');
            List<Object> nodes = new ArrayList<>();
            if (!c.take(']')) {
                do { nodes.add(c.literal("null") ? null : type.make(type.value.read(c))); } while (c.take(','));
                c.expect(']');
            }
            if (nodes.isEmpty() || nodes.get(0) == null) return null;
            try {
                int parent = 0, index = 1;
                List<Object> queue = new ArrayList<>();
                queue.add(nodes.get(0));
                while (index < nodes.size() && parent < queue.size()) {
                    Object node = queue.get(parent++);
                    for (int side = 0; side < 2 && index < nodes.size(); side++) {
                        Object child = nodes.get(index++);
                        type.links[side].set(node, child);
                        if (child != null) queue.add(child);
                    }
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            return nodes.get(0);
        };
    }

    static Decoder listDecoder(Class<?> k) throws Unsupported {
        NodeType type = nodeType(k);
        return c -> {
            if (c.literal("null")) return null;
            c.expect('[');
            List<Object> values = new ArrayList<>();
            if (!c.take(']')) {
                do { values.add(type.value.read(c)); } while (c.take(','));
                c.expect(']');
            }
            Object head = null;
            try {
                for (int i = values.size() - 1; i >= 0; i--) {
                    Object node = type.make(values.get(i));
                    type.links[0].set(node, head);
                    head = node;
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            return head;
        };
    }

    // ---- the returned value as compact JSON, by its runtime type

    static final int MAX_NODES = 10_000_000;

    static void write(StringBuilder o, Object v, int depth) {
        if (depth > 10_000) throw new Unwritable("it is nested more than 10000 deep");
        if (v == null) { o.append("null"); return; }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte || v instanceof BigInteger) { o.append(v); return; }
        if (v instanceof Double) { writeDouble(o, (Double) v); return; }
        if (v instanceof Float) { float f = (Float) v; if (Float.isFinite(f)) o.append(Float.toString(f)); else o.append("null"); return; }
        if (v instanceof BigDecimal) { o.append(((BigDecimal) v).toString()); return; }
        if (v instanceof Boolean) { o.append(((Boolean) v) ? "true" : "false"); return; }
        if (v instanceof Character) { writeString(o, String.valueOf((char) (Character) v)); return; }
        if (v instanceof CharSequence) { writeString(o, v.toString()); return; }
        if (v instanceof int[]) {
            int[] a = (int[]) v;
            o.append('[');
            for (int i = 0; i < a.length; i++) { if (i > 0) o.append(','); o.append(a[i]); }
            o.append(']');
            return;
        }
        if (v instanceof long[]) {
            long[] a = (long[]) v;
            o.append('[');
            for (int i = 0; i < a.length; i++) { if (i > 0) o.append(','); o.append(a[i]); }
            o.append(']');
            return;
        }
        if (v instanceof double[]) {
            double[] a = (double[]) v;
            o.append('[');
            for (int i = 0; i < a.length; i++) { if (i > 0) o.append(','); writeDouble(o, a[i]); }
            o.append(']');
            return;
        }
        if (v instanceof char[]) {
            char[] a = (char[]) v;
            o.append('[');
            for (int i = 0; i < a.length; i++) { if (i > 0) o.append(','); writeString(o, String.valueOf(a[i])); }
            o.append(']');
            return;
        }
        if (v.getClass().isArray()) {  // boolean[], short[], byte[], float[] and arrays of objects
            int length = java.lang.reflect.Array.getLength(v);
            o.append('[');
            for (int i = 0; i < length; i++) { if (i > 0) o.append(','); write(o, java.lang.reflect.Array.get(v, i), depth + 1); }
            o.append(']');
            return;
        }
        if (v instanceof Iterable) {
            o.append('[');
            boolean first = true;
            for (Object item : (Iterable<?>) v) {
                if (!first) o.append(',');
                first = false;
                write(o, item, depth + 1);
            }
            o.append(']');
            return;
        }
        if (v instanceof Map) {
            o.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) v).entrySet()) {
                if (!first) o.append(',');
                first = false;
                writeString(o, String.valueOf(entry.getKey()));
                o.append(':');
                write(o, entry.getValue(), depth + 1);
            }
            o.append('}');
            return;
        }
        Class<?> k = v.getClass();
        try {
            if (named(k, "TreeNode")) { writeTree(o, v, nodeType(k), depth); return; }
            if (named(k, "ListNode")) { writeList(o, v, nodeType(k), depth); return; }
        } catch (Unsupported e) {
            throw new Unwritable(e.getMessage());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        throw new Unwritable("a " + k.getName() + " is not a JSON value");
    }

    static void writeTree(StringBuilder o, Object root, NodeType type, int depth) throws IllegalAccessException {
        List<Object> queue = new ArrayList<>();
        queue.add(root);
        int last = 0;  // the last non-null entry, so trailing nulls are left out
        for (int head = 0; head < queue.size(); head++) {
            Object node = queue.get(head);
            if (node == null) continue;
            last = head;
            if (queue.size() > MAX_NODES) throw new Unwritable("the tree has a cycle or more than " + MAX_NODES + " nodes");
            queue.add(type.links[0].get(node));
            queue.add(type.links[1].get(node));
        }
        o.append('[');
        for (int i = 0; i <= last; i++) {
            if (i > 0) o.append(',');
            Object node = queue.get(i);
            if (node == null) o.append("null");
            else write(o, type.val.get(node), depth + 1);
        }
        o.append(']');
    }

    static void writeList(StringBuilder o, Object head, NodeType type, int depth) throws IllegalAccessException {
        o.append('[');
        int count = 0;
        for (Object node = head; node != null; node = type.links[0].get(node)) {
            if (++count > MAX_NODES) throw new Unwritable("the list has a cycle or more than " + MAX_NODES + " nodes");
            if (node != head) o.append(',');
            write(o, type.val.get(node), depth + 1);
        }
        o.append(']');
    }

    // The shortest text that reads back as the same double (Java's own, else 17 significant digits), as the
    // other drivers write doubles; JSON has no NaN or infinity: null.
    static void writeDouble(StringBuilder o, double d) {
        if (!Double.isFinite(d)) { o.append("null"); return; }
        String text = Double.toString(d);
        if (Double.parseDouble(text) != d) text = new BigDecimal(d).round(new MathContext(17)).toString();
        o.append(text);
    }

    static void writeString(StringBuilder o, String s) {
        o.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') o.append("\\\"");
            else if (c == '\\') o.append("\\\\");
            else if (c == '\n') o.append("\\n");
            else if (c == '\t') o.append("\\t");
            else if (c == '\r') o.append("\\r");
            else if (c < 0x20) o.append(String.format("\\u%04x", (int) c));
            else o.append(c);
        }
        o.append('"');
    }

    static String quote(String s) {
        StringBuilder o = new StringBuilder();
        writeString(o, s == null ? "" : s);
        return o.toString();
    }
}
