import Foundation
import PracticeModel

/// Java 17 with javac and java. A program is `class Main` (public or not) with `main`, in `Main.java`; function mode
/// through `java_driver.java`, compiled with the solution into one file, `Solution.java` (so `public class Solution`
/// compiles), that finds the method by reflection and converts each argument to its declared type. LeetCode's
/// environment: java.util, java.util.function, java.util.stream, java.math and java.io imported, `TreeNode`, `ListNode`
/// and javafx's `Pair`.
public struct JavaLanguage: LanguageSupport {
    public init() {}

    /// javac is itself a Java program that starts for every attempt: C1 only and the serial collector make it start
    /// and finish sooner (0.7 s instead of 1.1 s for a small file); `-proc:none` skips the search for annotation
    /// processors. Sources are UTF-8 whatever the locale (a non-ASCII comment is not an error).
    static let compileFlags = ["-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC", "-J-XX:-UsePerfData",
                               "-encoding", "UTF-8", "-proc:none"]

    /// The JVM of a run (measured on 581, docs/ARCHITECTURE.md "Languages"). The serial collector (one thread, the
    /// smallest footprint) with C1 only: 105 tests took 0.12 s of process CPU instead of 0.17 s with C2, and even a
    /// 5*10^7-step test was faster (85 ms instead of 105 ms: C2's compiling counts too). No hsperfdata file in /tmp.
    /// The VM's own warnings to stderr (by default they go to stdout and would be read as the answer). A 32 MiB stack
    /// for the main thread (about 800000 frames of a small method; with the 256 MiB the runner gives other languages,
    /// an endless recursion would be a memory limit instead of a StackOverflowError, since HotSpot also allocates ~100
    /// bytes per frame as it unwinds). A 16 MiB initial heap: the default (1/64 of the machine's memory) lets a young
    /// generation of ~100 MB fill with garbage before the first collection, so a solution boxing lists peaked at
    /// 140 MB instead of 42 MB; the heap still grows to the default maximum (1/4 of the memory), so a big live set is
    /// measured against the memory limit, not cut short by an OutOfMemoryError. UTF-8 for System.in and System.out
    /// whatever the locale.
    static let runFlags = ["-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-XX:+DisplayVMOutputToStderr",
                           "-Xlog:disable", "-Xlog:all=warning:stderr", "-Xss32m", "-Xms16m", "-Dfile.encoding=UTF-8"]

    /// The compile commands name the source by its file name, not `{src}` or `{driver}`: javac runs in the workspace,
    /// and its messages then say `Main.java:3: error: ...` instead of the workspace's temporary path.
    public let recipe = LanguageRecipe(name: "java", extensions: ["java"],
                                       compile: CommandTemplate(["javac"] + JavaLanguage.compileFlags + ["-d", "{exe}", "Main.java"]),
                                       run: CommandTemplate(["java"] + JavaLanguage.runFlags + ["-cp", "{exe}", "Main"]))

    public var hasFunctionMode: Bool { true }

    public func findings(in source: String, function: FunctionName) -> ModeDetection.Findings {
        ModeDetection.solutionClassFindings(source, stdin: #"\bSystem\s*\.\s*(?:in|console\s*\()|\bFileDescriptor\s*\.\s*in\b|\bvoid\s+main\s*\("#,
                                            function: function)
    }

    /// `Solution.java`: LeetCode's imports (the driver resource's import lines) on the solution's first line, so compile
    /// errors keep its line numbers; the solution (a `package` line blanked); a generated class that calls the method
    /// with as many arguments as the signature has, of any type (`any()`), so a misnamed method or a wrong number of
    /// parameters is a compile error (it declares `throws Throwable`, as the method may); `TreeNode`, `ListNode` and
    /// LeetCode's `Pair` unless the solution defines them (`Pair` only if it uses one); and the driver with its
    /// configuration block generated for the signature.
    public func driver(for signature: Signature, solutionSource: String,
                       solutionFileName: String) throws(LanguageError) -> FunctionDriver {
        let design = try signature.design.map { design throws(LanguageError) in try TypedDesign(design, in: name) }
        let check: [String]
        var config = [
            "    static final String METHOD = \(DriverSource.quoted(signature.functionName));",
            "    static final String[] NAMES = {\(signature.arguments.map { DriverSource.quoted($0.name) }.joined(separator: ", "))};",
            "    static final String[] TYPES = {\(signature.arguments.map { DriverSource.quoted($0.type) }.joined(separator: ", "))};",
            "    static final int MODIFIES = \(signature.modifies ?? -1);",
            "    static final int CYCLE_ARGUMENT = \(signature.cycle.map { cycle in signature.argumentIndices.firstIndex(of: cycle.list) ?? -1 } ?? -1);",
            "    static final int CYCLE_LINE = \(signature.cycle?.position ?? -1);",
        ]
        if let design {
            config += Self.designConfig(design)
            check = Self.designCheck(design)
        } else {
            config += Self.noDesign
            var parameters: [String] = []
            for (index, (parameter, type)) in zip(signature.parameters, try TypeNotation.parameters(of: signature, in: name)).enumerated()
            where index != signature.cycle?.position {
                parameters.append("\(Self.typeName(type)) \(parameter.name)")
            }
            let returned = try TypeNotation.returned(by: signature, in: name)
            let any = Array(repeating: "any()", count: signature.arguments.count).joined(separator: ", ")
            check = [
                "// Generated by practice: class Solution must have this method (the driver converts each argument to its type).",
                "class PracticeDriverSignatureCheck {",
                "    static <T> T any() { return null; }",
                "    static void check(Solution solution) throws Throwable {",
                "        solution.\(signature.functionName)(\(any)); // LeetCode's signature: \(signature.modifies == nil ? Self.typeName(returned) : "void") \(signature.functionName)(\(parameters.joined(separator: ", ")))",
                "    }",
                "}",
            ]
        }
        let configured = DriverSource.configured(DriverSource.text(PackageResources.java_driver_java), config)
        let driverLines = configured.split(separator: "\n", omittingEmptySubsequences: false)
        let imports = driverLines.filter { $0.hasPrefix("import ") }.joined(separator: " ")
        let code = ModeDetection.stripComments(solutionSource)
        let pair = !Self.defines(code, "Pair") && ModeDetection.matches(code, #"\bPair\b"#)
        var source = Self.blanked(solutionSource, #"(?m)^[ \t]*package\s+[\w.]+\s*;"#)
        if pair { source = Self.blanked(source, #"(?m)^[ \t]*import\s+javafx\s*\.\s*util\s*\.\s*(?:Pair|\*)\s*;"#) }
        var solution = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        solution[0] = imports + " " + solution[0]
        var parts = solution + [""] + check
        if !Self.defines(code, "TreeNode") { parts.append(DriverSource.text(PackageResources.java_tree_node_java)) }
        if !Self.defines(code, "ListNode") { parts.append(DriverSource.text(PackageResources.java_list_node_java)) }
        if pair { parts.append(DriverSource.text(PackageResources.java_pair_java)) }
        parts += driverLines.filter { !$0.hasPrefix("import ") }.map(String.init)
        // A design's file is named after its class, so `public class MinStack` compiles as `public class Solution` does.
        let fileName = (design?.className ?? "Solution") + ".java"
        return FunctionDriver(fileName: fileName, source: parts.joined(separator: "\n"),
                              run: CommandTemplate(["java"] + Self.runFlags + ["-cp", "{exe}", "PracticeDriver"]),
                              arity: signature.parameters.count,
                              compile: CommandTemplate(["javac"] + Self.compileFlags + ["-d", "{exe}", fileName]))
    }

    /// The configuration of a function's driver: no design.
    static let noDesign = [
        "    static final String DESIGN = null;",
        "    static final String[] CALLS = {};",
        "    static final String[][] CALL_NAMES = {};",
        "    static final String[][] CALL_TYPES = {};",
        "    static final boolean[] CALL_RETURNS = {};",
    ]

    /// The driver's configuration of a design: per call kind (the constructor, then each method) its name, its
    /// parameters' names and types, and whether it returns a value.
    static func designConfig(_ design: TypedDesign) -> [String] {
        let kinds = [(design.className, design.constructor, false)] + design.methods.map { ($0.name, $0.parameters, $0.returns != nil) }
        let strings = { (items: [String]) in "{" + items.map(DriverSource.quoted).joined(separator: ", ") + "}" }
        return [
            "    static final String DESIGN = \(DriverSource.quoted(design.className));",
            "    static final String[] CALLS = \(strings(kinds.map(\.0)));",
            "    static final String[][] CALL_NAMES = {\(kinds.map { strings($0.1.map(\.parameter.name)) }.joined(separator: ", "))};",
            "    static final String[][] CALL_TYPES = {\(kinds.map { strings($0.1.map(\.parameter.type)) }.joined(separator: ", "))};",
            "    static final boolean[] CALL_RETURNS = {\(kinds.map { $0.2 ? "true" : "false" }.joined(separator: ", "))};",
        ]
    }

    /// A generated class that constructs the design's class and calls each method with as many arguments as declared,
    /// of any type, so a misnamed method or a wrong number of parameters is a compile error showing LeetCode's line.
    static func designCheck(_ design: TypedDesign) -> [String] {
        let any = { (count: Int) in Array(repeating: "any()", count: count).joined(separator: ", ") }
        let declared = { (parameters: [(parameter: Parameter, type: TypeNotation)]) in
            parameters.map { "\(typeName($0.type)) \($0.parameter.name)" }.joined(separator: ", ")
        }
        return [
            "// Generated by practice: class \(design.className) must have these methods (the driver converts each argument to its type).",
            "class PracticeDriverSignatureCheck {",
            "    static <T> T any() { return null; }",
            "    static void check() throws Throwable {",
            "        \(design.className) object = new \(design.className)(\(any(design.constructor.count))); // LeetCode's signature: \(design.className)(\(declared(design.constructor)))",
        ] + design.methods.map { method in
            "        object.\(method.name)(\(any(method.parameters.count))); // LeetCode's signature: \(method.returns.map(typeName) ?? "void") \(method.name)(\(declared(method.parameters)))"
        } + [
            "    }",
            "}",
        ]
    }

    /// LeetCode's Java stub: `class Solution` with a public method, the node classes as a comment when used, and a
    /// body returning a default value (`0`, `new int[0]`, `null`).
    public var programStub: String { DriverSource.text(PackageResources.program_java) }

    public func stub(for signature: Signature) throws(LanguageError) -> String {
        if let design = signature.design { return try designStub(TypedDesign(design, in: name)) }
        var parameters: [String] = []
        for (index, (parameter, type)) in zip(signature.parameters, try TypeNotation.parameters(of: signature, in: name)).enumerated()
        where index != signature.cycle?.position {
            parameters.append("\(Self.typeName(type)) \(parameter.name)")
        }
        let returned = try TypeNotation.returned(by: signature, in: name)
        let header = DriverSource.nodeComment(signature, tree: PackageResources.java_tree_node_java,
                                              list: PackageResources.java_list_node_java)
        if signature.modifies != nil {
            return header + """
                class Solution {
                    public void \(signature.functionName)(\(parameters.joined(separator: ", "))) {
                    }
                }

                """
        }
        return header + """
            class Solution {
                public \(Self.typeName(returned)) \(signature.functionName)(\(parameters.joined(separator: ", "))) {
                    return \(Self.defaultValue(returned));
                }
            }

            """
    }

    /// LeetCode's skeleton of a design class: the class with a public constructor and a public method per method,
    /// each with its declared types, returning a wrong answer; then how the driver calls it.
    func designStub(_ design: TypedDesign) -> String {
        let declared = { (parameters: [(parameter: Parameter, type: TypeNotation)]) in
            parameters.map { "\(Self.typeName($0.type)) \($0.parameter.name)" }.joined(separator: ", ")
        }
        let header = DriverSource.nodeComment(design.types, tree: PackageResources.java_tree_node_java,
                                              list: PackageResources.java_list_node_java)
        var lines = ["class \(design.className) {", "", "    public \(design.className)(\(declared(design.constructor))) {", "        ", "    }"]
        for method in design.methods {
            lines += ["    ", "    public \(method.returns.map(Self.typeName) ?? "void") \(method.name)(\(declared(method.parameters))) {"]
            lines.append(method.returns.map { "        return \(Self.defaultValue($0));" } ?? "        ")
            lines.append("    }")
        }
        let names = design.constructor.map(\.parameter.name).joined(separator: ", ")
        lines += ["}", "", "/**", " * How it is called: \(design.className) obj = new \(design.className)(\(names)); then "
                  + "obj.\(design.methods[0].name)(...) and the other methods, in the order of the test's calls.", " */"]
        return header + lines.joined(separator: "\n") + "\n"
    }

    /// The Java type LeetCode writes (`int[]`, `char[][]`, `String[]`, `TreeNode`).
    public static func typeName(_ type: TypeNotation) -> String {
        switch type {
        case .int: "int"
        case .long: "long"
        case .double: "double"
        case .bool: "boolean"
        case .string: "String"
        case .character: "char"
        case .array(let element): typeName(element) + "[]"
        case .tree: "TreeNode"
        case .list: "ListNode"
        }
    }

    static func defaultValue(_ type: TypeNotation) -> String {
        switch type {
        case .int, .long: "0"
        case .double: "0.0"
        case .bool: "false"
        case .string: "\"\""
        case .character: "' '"
        case .array:
            // `new int[0][]` for int[][]
            "new " + typeName(type).replacingOccurrences(of: "[]", with: "[0]", options: [], range: typeName(type).range(of: "[]"))
        case .tree, .list: "null"
        }
    }

    /// Whether Java code (comments removed) declares a class (or record, interface) of this name.
    static func defines(_ code: String, _ name: String) -> Bool {
        ModeDetection.matches(code, #"\b(?:class|record|interface)\s+"# + name + #"\b"#)
    }

    /// The source with every match of `pattern` blanked out, each line keeping its place: a `package` declaration (the
    /// solution is compiled in the default package, where the driver finds `Solution`), `import javafx.util.Pair;`
    /// (LeetCode's `Pair` is compiled with the solution instead).
    static func blanked(_ source: String, _ pattern: String) -> String {
        var text = source
        while let range = text.range(of: pattern, options: .regularExpression), !text[range].allSatisfy(\.isWhitespace) {
            text.replaceSubrange(range, with: text[range].map { $0 == "\n" ? "\n" : " " }.joined())
        }
        return text
    }
}
