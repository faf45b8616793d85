import PracticeModel

/// Python 3: interpreted, syntax-checked with `compile()`, function mode through `python_driver.py`.
public struct PythonLanguage: LanguageSupport {
    public init() {}

    public let recipe = LanguageRecipe(
        name: "python", extensions: ["py"], compile: nil, run: ["python3", "{src}"],
        realInterpreter: ["python3", "-c", "import sys; print(sys.executable)"],
        syntaxCheck: ["python3", "-c", DriverSource.text(PackageResources.python_syntax_check_py), "{src}"])

    public var hasFunctionMode: Bool { true }

    public func findings(in source: String, function: FunctionName) -> ModeDetection.Findings {
        let code = ModeDetection.stripPython(source)
        let name = function.anySpelling
        let stdin = ModeDetection.matches(code, #"\bstdin\b|\b(?:raw_)?input\s*\(|\bfileinput\b|\bopen\s*\(\s*0\s*[,)]"#)
            || source.contains("/dev/stdin")
        return ModeDetection.Findings(readsStdin: stdin,
                                      definesSolutionClass: ModeDetection.matches(code, #"(?m)^class\s+Solution\b"#),
                                      definesFunction: ModeDetection.matches(code, #"(?m)^(?:async\s+)?def\s+"# + name + #"\s*\("#),
                                      mentionsFunction: ModeDetection.matches(code, #"\b"# + name + #"\b"#))
    }

    /// `python3 practice_driver.py Main.py`; any JSON value passes (a type it does not know is passed as is).
    public func driver(for signature: Signature, solutionSource: String,
                       solutionFileName: String) throws(LanguageError) -> FunctionDriver {
        let config = [
            "NAMES = " + DriverSource.quoted(FunctionName(signature.functionName).spellings),
            "ARITY = \(signature.parameters.count)",
            "KINDS = " + DriverSource.quoted(signature.parameters.map { TypeNotation.conversion(.of($0)) }),
            "RETURN = " + DriverSource.quoted(TypeNotation.conversion(.returned(by: signature))),
            "MODIFIES = \(signature.modifies ?? -1)",
            "DESIGN = " + (signature.design.map { "json.loads(" + DriverSource.quoted(DriverSource.designConfig($0)) + ")" } ?? "None"),
            "CYCLE = " + (signature.cycle.map { "[\($0.list), \($0.position)]" } ?? "None"),
        ]
        return FunctionDriver(fileName: "practice_driver.py",
                              source: DriverSource.configured(DriverSource.text(PackageResources.python_driver_py), config),
                              run: ["python3", "{driver}", "{src}"], arity: signature.parameters.count)
    }

    public func stub(for signature: Signature) throws(LanguageError) -> String {
        if let design = signature.design { return designStub(design) }
        let parameters = signature.arguments.map { parameter in
            TypeNotation.of(parameter).map { "\(parameter.name): \(Self.typeName($0))" } ?? parameter.name
        }
        let returned = TypeNotation.returned(by: signature)
        var lines: [String] = []
        if TypeNotation.all(in: signature).contains(where: \.containsNodes) {
            lines.append("# TreeNode(val, left, right) and ListNode(val, next) are predefined, as on LeetCode.")
        }
        let header = "    def \(signature.functionName)(" + (["self"] + parameters).joined(separator: ", ") + ")"
        if let modified = signature.modifiedParameter {
            lines += ["class Solution:", header + " -> None:", "        \"\"\"",
                      "        Do not return anything, modify \(modified.name) in-place instead.", "        \"\"\""]
            return lines.joined(separator: "\n") + "\n"
        }
        lines += [
            "class Solution:",
            header + (returned.map { " -> " + Self.typeName($0) } ?? "") + ":",
            "        return " + (returned.map(Self.defaultValue) ?? "None"),
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// LeetCode's skeleton of a design class: `__init__` and each method with type hints, returning a wrong answer.
    func designStub(_ design: ClassDesign) -> String {
        func arguments(_ parameters: [Parameter]) -> String {
            (["self"] + parameters.map { parameter in
                TypeNotation.of(parameter).map { "\(parameter.name): \(Self.typeName($0))" } ?? parameter.name
            }).joined(separator: ", ")
        }
        var lines = ["class \(design.className):", "", "    def __init__(\(arguments(design.constructor))):", "        pass", ""]
        for method in design.methods {
            let returned = method.returnValueType.map(TypeNotation.init) ?? method.returnType.flatMap(TypeNotation.init)
            lines += ["    def \(method.name)(\(arguments(method.parameters))) -> \(returned.map(Self.typeName) ?? "None"):",
                      "        " + (method.returnType == nil ? "pass" : "return " + (returned.map(Self.defaultValue) ?? "None")), ""]
        }
        lines += ["", "# How it is called: obj = \(design.className)(\(design.constructor.map(\.name).joined(separator: ", "))), then "
                  + "obj.\(design.methods[0].name)(...) and the other methods, in the order of the test's calls."]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The type hint LeetCode writes (`List[int]`, `Optional[TreeNode]`).
    public static func typeName(_ type: TypeNotation) -> String {
        switch type {
        case .int, .long: "int"
        case .double: "float"
        case .bool: "bool"
        case .string, .character: "str"
        case .array(let element): "List[\(typeName(element))]"
        case .tree: "Optional[TreeNode]"
        case .list: "Optional[ListNode]"
        }
    }

    public var lineComment: String { "#" }

    public var programStub: String { DriverSource.text(PackageResources.program_py) }

    static func defaultValue(_ type: TypeNotation) -> String {
        switch type {
        case .int, .long: "0"
        case .double: "0.0"
        case .bool: "False"
        case .string, .character: "\"\""
        case .array: "[]"
        case .tree, .list: "None"
        }
    }
}
