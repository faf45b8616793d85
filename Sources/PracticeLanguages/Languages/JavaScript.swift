import PracticeModel

/// JavaScript on node: interpreted, syntax-checked with `node --check`, function mode through
/// `javascript_driver.js`.
public struct JavaScriptLanguage: LanguageSupport {
    public init() {}

    public let recipe = LanguageRecipe(name: "javascript", extensions: ["js", "mjs"], compile: nil, run: ["node", "{src}"],
                                       syntaxCheck: ["node", "--check", "{src}"], moduleCheckExtension: "mjs")

    public var hasFunctionMode: Bool { true }

    public var programStub: String { DriverSource.text(PackageResources.program_js) }

    public func findings(in source: String, function: FunctionName) -> ModeDetection.Findings {
        let code = ModeDetection.stripComments(source)
        let name = function.anySpelling
        let stdin = ModeDetection.matches(code, #"\bprocess\s*\.\s*stdin\b|readFileSync\s*\(\s*(?:0\s*[,)]|['"]/dev/stdin)|require\s*\(\s*['"](?:node:)?readline['"]|\bprompt\s*\("#)
        let definition = #"\bfunction\s*\*?\s*"# + name + #"\s*\(|\b(?:var|let|const)\s+"# + name + #"\s*="#
        return ModeDetection.Findings(readsStdin: stdin,
                                      definesSolutionClass: ModeDetection.matches(code, #"\bclass\s+Solution\b"#),
                                      definesFunction: ModeDetection.matches(code, definition),
                                      mentionsFunction: ModeDetection.matches(code, #"\b"# + name + #"\b"#))
    }

    /// `node practice_driver.js Main.js`; any JSON value passes, as in Python.
    public func driver(for signature: Signature, solutionSource: String,
                       solutionFileName: String) throws(LanguageError) -> FunctionDriver {
        let config = [
            "const NAMES = " + DriverSource.quoted(FunctionName(signature.functionName).spellings) + ";",
            "const ARITY = \(signature.parameters.count);",
            "const KINDS = " + DriverSource.quoted(signature.parameters.map { TypeNotation.conversion(.of($0)) }) + ";",
            "const RETURN = " + DriverSource.quoted(TypeNotation.conversion(.returned(by: signature))) + ";",
            "const MODIFIES = \(signature.modifies ?? -1);",
            "const DESIGN = " + (signature.design.map(DriverSource.designConfig) ?? "null") + ";",
            "const CYCLE = " + (signature.cycle.map { "[\($0.list), \($0.position)]" } ?? "null") + ";",
        ]
        return FunctionDriver(fileName: "practice_driver.js",
                              source: DriverSource.configured(DriverSource.text(PackageResources.javascript_driver_js), config),
                              run: ["node", "--stack-size=65500", "{driver}", "{src}"], arity: signature.parameters.count)
    }

    /// LeetCode's JavaScript stub: a JSDoc block with the types, and `var f = function(...)`.
    public func stub(for signature: Signature) throws(LanguageError) -> String {
        if let design = signature.design { return designStub(design) }
        let returned = TypeNotation.returned(by: signature)
        var lines = ["/**"]
        if TypeNotation.all(in: signature).contains(where: \.containsNodes) {
            lines += [" * TreeNode(val, left, right) and ListNode(val, next) are predefined, as on LeetCode.", " *"]
        }
        lines += signature.arguments.map { " * @param {\(TypeNotation.of($0).map(Self.typeName) ?? "*")} \($0.name)" }
        if let modified = signature.modifiedParameter {
            lines += [
                " * @return {void} Do not return anything, modify \(modified.name) in-place instead.",
                " */",
                "var \(signature.functionName) = function(\(signature.arguments.map(\.name).joined(separator: ", "))) {",
                "};",
            ]
            return lines.joined(separator: "\n") + "\n"
        }
        lines += [
            " * @return {\(returned.map(Self.typeName) ?? "*")}",
            " */",
            "var \(signature.functionName) = function(\(signature.arguments.map(\.name).joined(separator: ", "))) {",
            "    return \(returned.map(Self.defaultValue) ?? "null");",
            "};",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// LeetCode's skeleton of a design class: a constructor function and a function per method on its prototype,
    /// each with its JSDoc types, returning a wrong answer.
    func designStub(_ design: ClassDesign) -> String {
        func documented(_ parameters: [Parameter], returns: String) -> [String] {
            ["/**"] + parameters.map { " * @param {\(TypeNotation.of($0).map(Self.typeName) ?? "*")} \($0.name)" }
                + [" * @return {\(returns)}", " */"]
        }
        let names = { (parameters: [Parameter]) in parameters.map(\.name).joined(separator: ", ") }
        var lines: [String] = design.constructor.isEmpty ? [] : documented(design.constructor, returns: "void")
        lines += ["var \(design.className) = function(\(names(design.constructor))) {", "", "};", ""]
        for method in design.methods {
            let returned = method.returnValueType.map(TypeNotation.init) ?? method.returnType.flatMap(TypeNotation.init)
            lines += documented(method.parameters, returns: method.returnType == nil ? "void" : returned.map(Self.typeName) ?? "*")
            lines += ["\(design.className).prototype.\(method.name) = function(\(names(method.parameters))) {"]
            if method.returnType != nil { lines.append("    return \(returned.map(Self.defaultValue) ?? "null");") }
            lines += ["};", ""]
        }
        lines += ["/**", " * How it is called: var obj = new \(design.className)(\(names(design.constructor))), then "
                  + "obj.\(design.methods[0].name)(...) and the other methods, in the order of the test's calls.", " */"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The JSDoc type LeetCode writes (`number[]`, `character[][]`, `TreeNode`).
    public static func typeName(_ type: TypeNotation) -> String {
        switch type {
        case .int, .long, .double: "number"
        case .bool: "boolean"
        case .string: "string"
        case .character: "character"
        case .array(let element): typeName(element) + "[]"
        case .tree: "TreeNode"
        case .list: "ListNode"
        }
    }

    static func defaultValue(_ type: TypeNotation) -> String {
        switch type {
        case .int, .long, .double: "0"
        case .bool: "false"
        case .string, .character: "\"\""
        case .array: "[]"
        case .tree, .list: "null"
        }
    }
}
