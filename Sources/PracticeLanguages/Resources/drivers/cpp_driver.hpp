// practice function-mode driver for C++ (docs/ARCHITECTURE.md, "Function mode"; "Languages").
// The generated driver of an attempt is one translation unit: `<bits/stdc++.h>`, `using namespace std`,
// cpp_tree_node.hpp and cpp_list_node.hpp (unless the solution defines those types itself),
// `#include "Main.cpp"`, this file, and a `main` generated for the signature that calls `serve` with a
// function reading one JSON line per argument into the signature's C++ types, calling
// Solution().method on lvalues and writing the result. `serve` writes one tab-separated record per test
// on the original stdout (the same records as the Python driver); the solution's own output (cout,
// printf) goes to stderr, each test's followed by a marker line.
#include <bits/stdc++.h>
#include <cxxabi.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>
#ifndef PRACTICE_DRIVER_GENERATED  // on its own (to check it), with the node types it reads and writes
#include "cpp_tree_node.hpp"
#include "cpp_list_node.hpp"
#endif

// The driver's own code is compiled without optimisation (the solution, the generated main and the standard
// library are optimised): it only reads and writes the values, and -O2 of its templates was half the compile.
#if defined(__clang__)
#pragma clang optimize off
#endif

namespace practice_driver {

struct bad_argument {
    std::string message;
};

// ---- reading compact JSON into C++ values
struct Reader {
    const char *p;
    const char *end;
    bool ok = true;
    explicit Reader(const std::string &text) : p(text.c_str()), end(text.c_str() + text.size()) {}
    void space() {
        while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')) ++p;
    }
    bool take(char c) {
        space();
        if (p < end && *p == c) {
            ++p;
            return true;
        }
        return false;
    }
    bool literal(const char *word) {
        space();
        size_t n = std::strlen(word);
        if ((size_t)(end - p) >= n && std::strncmp(p, word, n) == 0) {
            p += n;
            return true;
        }
        return false;
    }
    void fail() {
        ok = false;
        p = end;
    }
    void finish(int position, const char *name, const char *type) {
        space();
        if (!ok || p != end)
            throw bad_argument{"the driver could not read argument " + std::to_string(position) + " (" + name +
                               ") as " + type};
    }
};

static std::vector<TreeNode *> tree_nodes;  // made by the driver, deleted after each test
static std::vector<ListNode *> list_nodes;

inline void read(Reader &r, long long &v) {
    r.space();
    char *after = nullptr;
    errno = 0;
    long long x = std::strtoll(r.p, &after, 10);
    if (after == r.p || errno == ERANGE) return r.fail();
    if (after < r.end && (*after == '.' || *after == 'e' || *after == 'E')) {  // 3.0 for an integer
        double d = std::strtod(r.p, &after);
        if (d != std::floor(d)) return r.fail();
        x = (long long)d;
    }
    r.p = after;
    v = x;
}
inline void read(Reader &r, int &v) { long long x = 0; read(r, x); v = (int)x; }
inline void read(Reader &r, long &v) { long long x = 0; read(r, x); v = (long)x; }
inline void read(Reader &r, double &v) {
    r.space();
    char *after = nullptr;
    v = std::strtod(r.p, &after);
    if (after == r.p) return r.fail();
    r.p = after;
}
inline void read(Reader &r, float &v) { double x = 0; read(r, x); v = (float)x; }
inline void read(Reader &r, bool &v) {
    if (r.literal("true")) v = true;
    else if (r.literal("false")) v = false;
    else r.fail();
}
inline void append_utf8(std::string &out, unsigned code) {
    if (code < 0x80) out += (char)code;
    else if (code < 0x800) { out += (char)(0xC0 | (code >> 6)); out += (char)(0x80 | (code & 0x3F)); }
    else if (code < 0x10000) { out += (char)(0xE0 | (code >> 12)); out += (char)(0x80 | ((code >> 6) & 0x3F)); out += (char)(0x80 | (code & 0x3F)); }
    else { out += (char)(0xF0 | (code >> 18)); out += (char)(0x80 | ((code >> 12) & 0x3F)); out += (char)(0x80 | ((code >> 6) & 0x3F)); out += (char)(0x80 | (code & 0x3F)); }
}
inline unsigned read_hex4(Reader &r) {
    if (r.end - r.p < 4) { r.fail(); return 0; }
    unsigned code = 0;
    for (int i = 0; i < 4; i++) {
        char c = *r.p++;
        code <<= 4;
        if (c >= '0' && c <= '9') code |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f') code |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') code |= (unsigned)(c - 'A' + 10);
        else { r.fail(); return 0; }
    }
    return code;
}
inline void read(Reader &r, std::string &v) {
    if (!r.take('"')) return r.fail();
    v.clear();
    while (r.p < r.end && *r.p != '"') {
        char c = *r.p++;
        if (c != '\\') { v += c; continue; }
        if (r.p >= r.end) return r.fail();
        char e = *r.p++;
        switch (e) {
        case '"': v += '"'; break;
        case '\\': v += '\\'; break;
        case '/': v += '/'; break;
        case 'b': v += '\b'; break;
        case 'f': v += '\f'; break;
        case 'n': v += '\n'; break;
        case 'r': v += '\r'; break;
        case 't': v += '\t'; break;
        case 'u': {
            unsigned code = read_hex4(r);
            if (code >= 0xD800 && code < 0xDC00 && r.end - r.p >= 6 && r.p[0] == '\\' && r.p[1] == 'u') {
                r.p += 2;
                unsigned low = read_hex4(r);
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
            }
            append_utf8(v, code);
            break;
        }
        default: return r.fail();
        }
    }
    if (!r.take('"')) r.fail();
}
inline void read(Reader &r, char &v) {
    std::string s;
    read(r, s);
    if (s.size() != 1) return r.fail();
    v = s[0];
}
inline void read(Reader &r, TreeNode *&root) {
    root = nullptr;
    if (!r.take('[')) return r.fail();
    std::vector<TreeNode *> nodes;
    if (!r.take(']')) {
        do {
            if (r.literal("null")) { nodes.push_back(nullptr); continue; }
            long long value = 0;
            read(r, value);
            if (!r.ok) return;
            TreeNode *node = new TreeNode((int)value);
            tree_nodes.push_back(node);
            nodes.push_back(node);
        } while (r.take(','));
        if (!r.take(']')) return r.fail();
    }
    if (nodes.empty() || nodes[0] == nullptr) return;
    root = nodes[0];
    size_t parent = 0, index = 1;
    std::vector<TreeNode *> queue{root};
    while (index < nodes.size() && parent < queue.size()) {
        TreeNode *node = queue[parent++];
        node->left = nodes[index++];
        if (node->left) queue.push_back(node->left);
        if (index < nodes.size()) {
            node->right = nodes[index++];
            if (node->right) queue.push_back(node->right);
        }
    }
}
inline void read(Reader &r, ListNode *&head) {
    std::vector<long long> values;
    head = nullptr;
    if (!r.take('[')) return r.fail();
    if (!r.take(']')) {
        do {
            long long value = 0;
            read(r, value);
            if (!r.ok) return;
            values.push_back(value);
        } while (r.take(','));
        if (!r.take(']')) return r.fail();
    }
    for (size_t i = values.size(); i-- > 0;) {
        ListNode *node = new ListNode((int)values[i]);
        node->next = head;
        list_nodes.push_back(node);
        head = node;
    }
}
// Links the list's last node back to its node at index `pos` (nothing when pos is -1): LeetCode 141's `pos`.
inline void link_cycle(ListNode *head, long long pos) {
    if (!head || pos < 0) return;
    ListNode *target = nullptr, *node = head;
    for (long long index = 0;; ++index) {
        if (index == pos) target = node;
        if (!node->next) break;
        node = node->next;
    }
    node->next = target;
}
template <class T> void read(Reader &r, std::vector<T> &v) {
    if (!r.take('[')) return r.fail();
    if (r.take(']')) return;
    do {
        T x{};
        practice_driver::read(r, x);
        if (!r.ok) return;
        v.push_back(std::move(x));
    } while (r.take(','));
    if (!r.take(']')) r.fail();
}

// ---- writing C++ values as compact JSON
inline void put(std::string &o, bool v) { o += v ? "true" : "false"; }
inline void put(std::string &o, int v) { o += std::to_string(v); }
inline void put(std::string &o, long v) { o += std::to_string(v); }
inline void put(std::string &o, long long v) { o += std::to_string(v); }
inline void put(std::string &o, unsigned v) { o += std::to_string(v); }
inline void put(std::string &o, unsigned long v) { o += std::to_string(v); }
inline void put(std::string &o, unsigned long long v) { o += std::to_string(v); }
inline void put(std::string &o, double v) {
    if (!std::isfinite(v)) { o += "null"; return; }
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.17g", v);
    o += buffer;
}
inline void put(std::string &o, float v) { put(o, (double)v); }
inline void put(std::string &o, long double v) { put(o, (double)v); }
inline void put(std::string &o, const std::string &s) {
    o += '"';
    for (unsigned char c : s) {
        if (c == '"') o += "\\\"";
        else if (c == '\\') o += "\\\\";
        else if (c == '\n') o += "\\n";
        else if (c == '\t') o += "\\t";
        else if (c == '\r') o += "\\r";
        else if (c < 0x20) { char buffer[8]; std::snprintf(buffer, sizeof buffer, "\\u%04x", c); o += buffer; }
        else o += (char)c;
    }
    o += '"';
}
inline void put(std::string &o, const char *s) { put(o, std::string(s ? s : "")); }
inline void put(std::string &o, char c) { put(o, std::string(1, c)); }
inline void put(std::string &o, TreeNode *root) {
    std::vector<TreeNode *> queue{root};
    std::vector<std::string> items;
    for (size_t head = 0; head < queue.size(); head++) {
        TreeNode *node = queue[head];
        if (!node) { items.push_back("null"); continue; }
        items.push_back(std::to_string(node->val));
        queue.push_back(node->left);
        queue.push_back(node->right);
    }
    while (!items.empty() && items.back() == "null") items.pop_back();
    o += '[';
    for (size_t i = 0; i < items.size(); i++) { if (i) o += ','; o += items[i]; }
    o += ']';
}
// A returned list that comes back to a node (a cycle) is an error, as on LeetCode (found by Floyd's two pointers).
inline void put(std::string &o, ListNode *head) {
    o += '[';
    ListNode *fast = head;
    for (ListNode *node = head; node; node = node->next) {
        if (node != head) o += ',';
        o += std::to_string(node->val);
        fast = fast && fast->next ? fast->next->next : nullptr;
        if (fast && fast == node->next) throw bad_argument{"the returned list has a cycle (Found cycle in the ListNode)"};
    }
    o += ']';
}
template <class T> void put(std::string &o, const std::vector<T> &v) {
    o += '[';
    for (size_t i = 0; i < v.size(); i++) {
        if (i) o += ',';
        if constexpr (std::is_same_v<T, bool>) practice_driver::put(o, (bool)v[i]);
        else practice_driver::put(o, v[i]);
    }
    o += ']';
}

// ---- the protocol
static int records_fd = 1;
static const char MARK[] = "\x1epractice:end-of-test\x1e\n";

inline double cpu_seconds() {
    timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}
inline double wall_seconds() {
    timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}
// Each test's own peak memory: the kernel's high-water mark is reset to the current resident size
// before the test (clear_refs 5) and read after it (VmHWM); ru_maxrss would also count the memory of
// the process that started the driver, and every earlier test's peak.
inline int practice_clear_refs_fd() { static int fd = ::open("/proc/self/clear_refs", O_WRONLY | O_CLOEXEC); return fd; }
inline int practice_status_fd() { static int fd = ::open("/proc/self/status", O_RDONLY | O_CLOEXEC); return fd; }
inline void reset_peak() {
    if (practice_clear_refs_fd() >= 0) { ssize_t ignored = ::write(practice_clear_refs_fd(), "5", 1); (void)ignored; }
}
inline long peak_kib() {
    if (practice_status_fd() >= 0) {
        char buffer[8192];
        ssize_t length = ::pread(practice_status_fd(), buffer, sizeof buffer - 1, 0);
        if (length > 0) {
            buffer[length] = 0;
            const char *at = strstr(buffer, "VmHWM:");
            if (at) return strtol(at + 6, nullptr, 10);
        }
    }
    rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}
inline void write_all(int fd, const char *data, size_t size) {
    while (size > 0) {
        ssize_t n = ::write(fd, data, size);
        if (n < 0) { if (errno == EINTR) continue; return; }
        data += n;
        size -= (size_t)n;
    }
}
inline std::string fixed6(double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.6f", value);
    return buffer;
}
inline std::string json_string(const std::string &text) {
    std::string out;
    put(out, text);
    return out;
}
inline std::string demangled(const char *name) {
    int status = 0;
    char *readable = abi::__cxa_demangle(name, nullptr, nullptr, &status);
    std::string out = status == 0 && readable ? readable : name;
    std::free(readable);
    return out;
}

struct LineReader {
    std::string buffer;
    size_t position = 0;
    bool ended = false;
    bool next(std::string &line) {
        for (;;) {
            size_t newline = buffer.find('\n', position);
            if (newline != std::string::npos) {
                line.assign(buffer, position, newline - position);
                position = newline + 1;
                return true;
            }
            if (ended) return false;
            buffer.erase(0, position);
            position = 0;
            char chunk[1 << 16];
            ssize_t n = ::read(0, chunk, sizeof chunk);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) ended = true;
            else buffer.append(chunk, (size_t)n);
        }
    }
};

// ---- design problems: a test is the calls' names (line 1) and one array of arguments per call (line 2)
inline void skip_value(Reader &r) {  // one JSON value, of any kind
    r.space();
    if (r.p >= r.end) return r.fail();
    if (*r.p == '"') {
        std::string ignored;
        return read(r, ignored);
    }
    if (*r.p == '[' || *r.p == '{') {
        char close = *r.p == '[' ? ']' : '}';
        ++r.p;
        if (r.take(close)) return;
        do {
            skip_value(r);
            if (close == '}' && r.ok) {
                if (!r.take(':')) return r.fail();
                skip_value(r);
            }
            if (!r.ok) return;
        } while (r.take(','));
        if (!r.take(close)) r.fail();
        return;
    }
    const char *start = r.p;
    while (r.p < r.end && *r.p != ',' && *r.p != ']' && *r.p != '}' && *r.p != ' ' && *r.p != '\t') ++r.p;
    if (r.p == start) r.fail();
}

// The call being made, named by an exception's message ("call 3 (pop): ..."); -1 outside a design test.
static long design_call = -1;
static std::string design_method;

struct DesignCalls {
    std::vector<std::string> names;
    std::vector<std::vector<std::string>> arguments;  // each argument's JSON text

    DesignCalls(const std::vector<std::string> &lines, const char *class_name) {
        design_call = -1;
        Reader r(lines[0]);
        read(r, names);
        r.finish(1, "operations", "[String]");
        Reader a(lines[1]);
        if (!a.take('[')) a.fail();
        if (a.ok && !a.take(']')) {
            do {
                std::vector<std::string> call;
                if (!a.take('[')) a.fail();
                if (a.ok && !a.take(']')) {
                    do {
                        a.space();
                        const char *start = a.p;
                        skip_value(a);
                        call.emplace_back(start, a.p);
                    } while (a.ok && a.take(','));
                    if (!a.take(']')) a.fail();
                }
                arguments.push_back(std::move(call));
            } while (a.ok && a.take(','));
            if (!a.take(']')) a.fail();
        }
        a.finish(2, "arguments", "[[Any]]");
        if (names.size() != arguments.size() || names.empty() || names[0] != class_name)
            throw bad_argument{std::string("a design test is the calls of ") + class_name + ", constructor first, with one argument array each"};
    }

    // The arguments of call `index`, which has `count` parameters; it becomes the call being made.
    const std::vector<std::string> &of(size_t index, size_t count) {
        design_call = (long)index;
        design_method = names[index];
        if (arguments[index].size() != count)
            throw bad_argument{"it takes " + std::to_string(count) + " arguments, got " + std::to_string(arguments[index].size())};
        return arguments[index];
    }
};

inline std::string design_prefix() {
    return design_call < 0 ? "" : "call " + std::to_string(design_call) + " (" + design_method + "): ";
}

inline void free_nodes() {
    for (TreeNode *node : tree_nodes) delete node;
    for (ListNode *node : list_nodes) delete node;
    tree_nodes.clear();
    list_nodes.clear();
}


// ---- the loop: `test(lines, text)` reads one test's arguments from its lines, calls the solution and
// writes the result as JSON into `text`; it throws bad_argument when an argument cannot be read.
template <class Test> int serve(size_t arity, Test test) {
    records_fd = dup(1);  // records go to a private copy of stdout; the solution's output to stderr
    dup2(2, 1);
    std::setvbuf(stdout, nullptr, _IOLBF, 1 << 16);  // so a test's printf output survives it being killed
    std::string ready = "ready\t" + fixed6(cpu_seconds()) + "\n";
    write_all(records_fd, ready.data(), ready.size());
    LineReader input;
    std::vector<std::string> lines(arity);
    for (;;) {
        for (std::string &line : lines)
            if (!input.next(line)) return 0;
        reset_peak();
        double cpu = cpu_seconds(), wall = wall_seconds();
        std::string status = "ok", text;
        try {
            test(static_cast<const std::vector<std::string> &>(lines), text);
        } catch (const bad_argument &error) {
            status = "err";
            text = json_string(design_prefix() + error.message) + "\t\"\"";
        } catch (const std::exception &error) {
            status = "err";
            text = json_string(design_prefix() + demangled(typeid(error).name()) + ": " + error.what()) + "\t\"\"";
        } catch (...) {
            status = "err";
            text = json_string(design_prefix() + "an exception that is not a std::exception") + "\t\"\"";
        }
        design_call = -1;
        std::cout.flush();
        std::clog.flush();
        std::fflush(stdout);
        write_all(2, MARK, sizeof MARK - 1);
        free_nodes();
        double done = cpu_seconds();
        std::string record = status + "\t" + fixed6(done - cpu) + "\t" + fixed6(wall_seconds() - wall) + "\t" +
                             std::to_string(peak_kib()) + "\t" + fixed6(done) + "\t" + text + "\n";
        write_all(records_fd, record.data(), record.size());
    }
}

}  // namespace practice_driver

#if defined(__clang__)
#pragma clang optimize on
#endif
