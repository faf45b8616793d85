import PracticeModel

/// Swift: compiled with `swiftc -O`; function mode through `swift_driver.swift`, compiled with the solution.
public struct SwiftLanguage: LanguageSupport {
    public init() {}

    public let recipe = LanguageRecipe(name: "swift", extensions: ["swift"],
                                       compile: ["swiftc", "-O", "-o", "{exe}", "{src}"], run: ["{exe}"])

    public var hasFunctionMode: Bool { true }

    public var programStub: String { DriverSource.text(PackageResources.program_swift) }

    public func findings(in source: String, function: FunctionName) -> ModeDetection.Findings {
        ModeDetection.solutionClassFindings(source, stdin: #"\breadLine\s*\(|\bFileHandle\s*\.\s*standardInput\b|\bstdin\b"#,
                                            function: function)
    }

    /// The driver resource, `TreeNode` and `ListNode` (unless the solution defines them) and an `@main` that
    /// reads each argument with `PracticeValue` and calls `Solution().f(argument0, ...)` without labels, as
    /// LeetCode's Swift signatures (`_ nums: [Int]`) are written. Nodes inside arrays are not read.
    public func driver(for signature: Signature, solutionSource: String,
                       solutionFileName: String) throws(LanguageError) -> FunctionDriver {
        if let design = signature.design { return try designDriver(design, solutionSource: solutionSource) }
        var statements: [String] = []
        for (index, parameter) in signature.parameters.enumerated() {
            let read: String
            switch TypeNotation.of(parameter) {
            case .tree?: read = "practiceReadTree(&reader\(index))"
            case .list?: read = "practiceReadList(&reader\(index))"
            case let type? where !type.containsNodes: read = "\(Self.typeName(type)).practiceRead(&reader\(index))"
            default: throw .unsupportedFunctionType(type: parameter.type, language: name)
            }
            statements += [
                "            var reader\(index) = PracticeReader(lines[\(index)])",
                "            \(Self.isInout(signature, index) ? "var" : "let") argument\(index) = \(read)",
                "            try reader\(index).finish(\(index + 1), \(DriverSource.quoted(parameter.name)), \(DriverSource.quoted(parameter.type)))",
            ]
        }
        let write = switch TypeNotation.returned(by: signature) {
        case .tree?: "practiceWriteTree(result, &text)"
        case .list?: "try practiceWriteList(result, &text)"
        default: "result.practiceWrite(&text)"
        }
        var parts = Self.driverParts(solutionSource)
        let arguments = signature.argumentIndices.map { (Self.isInout(signature, $0) ? "&" : "") + "argument\($0)" }
            .joined(separator: ", ")
        // A list with a cycle: its last node linked back before the call.
        let link = signature.cycle.map { ["            practiceLinkCycle(argument\($0.list), argument\($0.position))"] } ?? []
        let call = link + (signature.modifies.map { modified in [
            // In place: the call returns nothing, and the argument is the answer.
            "            Solution().\(signature.functionName)(\(arguments))",
            "            let result = argument\(modified)",
        ] } ?? ["            let result = Solution().\(signature.functionName)(\(arguments))"])
        parts += [
            "// Generated for \(signature.functionName), for one attempt (docs/ARCHITECTURE.md, section Languages).",
            "@main",
            "struct PracticeMain {",
            "    static func main() {",
            "        PracticeDriver.serve(arity: \(signature.parameters.count)) { lines, text in",
        ] + statements + call + [
            "            \(write)",
            "        }",
            "    }",
            "}",
            "",
        ]
        return Self.driver(parts, arity: signature.parameters.count)
    }

    /// The driver resource, with `TreeNode` and `ListNode` unless the solution defines them.
    private static func driverParts(_ solutionSource: String) -> [String] {
        let code = ModeDetection.stripComments(solutionSource)
        var parts = [DriverSource.text(PackageResources.swift_driver_swift)]
        if !ModeDetection.matches(code, #"\bclass\s+TreeNode\b"#) { parts.append(DriverSource.text(PackageResources.swift_tree_node_swift)) }
        if !ModeDetection.matches(code, #"\bclass\s+ListNode\b"#) { parts.append(DriverSource.text(PackageResources.swift_list_node_swift)) }
        return parts
    }

    private static func driver(_ parts: [String], arity: Int) -> FunctionDriver {
        FunctionDriver(fileName: "practice_driver.swift", source: parts.joined(separator: "\n"), run: ["{exe}"], arity: arity,
                       compile: ["swiftc", "-O", "-parse-as-library", "-o", "{exe}", "{src}", "{driver}"])
    }

    /// A design problem's driver: the class made from the first call's arguments (`MinStack()`, `LRUCache(capacity)`,
    /// unlabelled as LeetCode's `init(_ capacity: Int)`), then each call's arguments read and the method called
    /// without labels, in the test's order; the answers are one JSON array, `null` for the constructor and for methods
    /// that return nothing.
    private func designDriver(_ design: ClassDesign, solutionSource: String) throws(LanguageError) -> FunctionDriver {
        func reads(_ parameters: [Parameter], call: String) throws(LanguageError) -> [String] {
            var lines = ["                let texts = try calls.of(\(call), \(parameters.count))"]
            for (index, parameter) in parameters.enumerated() {
                let read: String
                switch TypeNotation.of(parameter) {
                case .tree?: read = "practiceReadTree(&reader\(index))"
                case .list?: read = "practiceReadList(&reader\(index))"
                case let type? where !type.containsNodes: read = "\(Self.typeName(type)).practiceRead(&reader\(index))"
                default: throw .unsupportedFunctionType(type: parameter.type, language: name)
                }
                lines += [
                    "                var reader\(index) = PracticeReader(texts[\(index)])",
                    "                let argument\(index) = \(read)",
                    "                try reader\(index).finish(\(index + 1), \(DriverSource.quoted(parameter.name)), \(DriverSource.quoted(parameter.type)))",
                ]
            }
            return lines
        }
        let arguments = { (count: Int) in (0..<count).map { "argument\($0)" }.joined(separator: ", ") }
        var lines = [
            "// Generated for class \(design.className), for one attempt (docs/ARCHITECTURE.md, section Languages).",
            "@main",
            "struct PracticeMain {",
            "    static func main() {",
            "        PracticeDriver.serve(arity: 2) { lines, text in",
            "            let calls = try PracticeDesignCalls(lines, className: \(DriverSource.quoted(design.className)))",
            "            var object: \(design.className)  // var: a struct with mutating methods works too",
            "            do {",
        ]
        lines += try reads(design.constructor, call: "0")
        lines += [
            "                object = \(design.className)(\(arguments(design.constructor.count)))",
            "            }",
            "            text += \"[null\"",
            "            for call in 1..<calls.names.count {",
            "                text += \",\"",
            "                switch calls.names[call] {",
        ]
        for method in design.methods {
            lines.append("                case \(DriverSource.quoted(method.name)):")
            lines += try reads(method.parameters, call: "call").map { "    " + $0 }
            let invocation = "object.\(method.name)(\(arguments(method.parameters.count)))"
            guard let returnType = method.returnType else {
                lines += ["                    \(invocation)", "                    text += \"null\""]
                continue
            }
            let returned = method.returnValueType.map(TypeNotation.init) ?? TypeNotation(returnType)
            let write = switch returned {
            case .tree?: "practiceWriteTree(result, &text)"
            case .list?: "try practiceWriteList(result, &text)"
            default: "result.practiceWrite(&text)"
            }
            lines += ["                    let result = \(invocation)", "                    \(write)"]
        }
        lines += [
            "                default:",
            "                    throw PracticeBadArgument(message: \"call \\(call): \(design.className) has no method \\(calls.names[call])\")",
            "                }",
            "            }",
            "            text += \"]\"",
            "        }",
            "    }",
            "}",
            "",
        ]
        return Self.driver(Self.driverParts(solutionSource) + lines, arity: 2)
    }

    /// LeetCode's skeleton of a design class: `init` and methods with unlabelled parameters, returning a wrong answer.
    func designStub(_ design: ClassDesign) throws(LanguageError) -> String {
        func declared(_ parameters: [Parameter]) throws(LanguageError) -> String {
            var written: [String] = []
            for parameter in parameters {
                guard let type = TypeNotation.of(parameter) else { throw .unsupportedFunctionType(type: parameter.type, language: name) }
                written.append("_ \(parameter.name): \(Self.typeName(type))")
            }
            return written.joined(separator: ", ")
        }
        var lines = ["class \(design.className) {", "", "    init(\(try declared(design.constructor))) {", "", "    }"]
        for method in design.methods {
            let returned = method.returnValueType.map(TypeNotation.init) ?? method.returnType.flatMap(TypeNotation.init)
            if method.returnType != nil && returned == nil { throw .unsupportedFunctionType(type: method.returnType!, language: name) }
            lines += ["", "    func \(method.name)(\(try declared(method.parameters)))" + (returned.map { " -> " + Self.typeName($0) } ?? "") + " {"]
            lines.append(returned.map { "        return " + Self.defaultValue($0) } ?? "")
            lines.append("    }")
        }
        lines += ["}", "", "// How it is called: let obj = \(design.className)(...), then obj.\(design.methods[0].name)(...) and the other methods,"
                  + " in the order of the test's calls."]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Whether parameter `index` is LeetCode's `inout`: the one an in-place function modifies, when it is a value
    /// (an array or a string; trees and lists are references, modified through them).
    static func isInout(_ signature: Signature, _ index: Int) -> Bool {
        guard signature.modifies == index, let type = TypeNotation.of(signature.parameters[index]) else { return false }
        return type != .tree && type != .list
    }

    /// LeetCode's Swift stub: `class Solution` with unlabelled parameters (`_ nums: [Int]`).
    public func stub(for signature: Signature) throws(LanguageError) -> String {
        if let design = signature.design { return try designStub(design) }
        var parameters: [String] = []
        for (index, (parameter, type)) in zip(signature.parameters, try TypeNotation.parameters(of: signature, in: name)).enumerated()
        where index != signature.cycle?.position {
            parameters.append("_ \(parameter.name): " + (Self.isInout(signature, index) ? "inout " : "") + Self.typeName(type))
        }
        let returned = try TypeNotation.returned(by: signature, in: name)
        let header = DriverSource.nodeComment(signature, tree: PackageResources.swift_tree_node_swift,
                                              list: PackageResources.swift_list_node_swift)
        if signature.modifies != nil {
            return header + """
                class Solution {
                    func \(signature.functionName)(\(parameters.joined(separator: ", "))) {
                    }
                }

                """
        }
        return header + """
            class Solution {
                func \(signature.functionName)(\(parameters.joined(separator: ", "))) -> \(Self.typeName(returned)) {
                    return \(Self.defaultValue(returned))
                }
            }

            """
    }

    /// The Swift type LeetCode writes (`[[Character]]`, `TreeNode?`; 64-bit integers are `Int`).
    public static func typeName(_ type: TypeNotation) -> String {
        switch type {
        case .int, .long: "Int"
        case .double: "Double"
        case .bool: "Bool"
        case .string: "String"
        case .character: "Character"
        case .array(let element): "[\(typeName(element))]"
        case .tree: "TreeNode?"
        case .list: "ListNode?"
        }
    }

    static func defaultValue(_ type: TypeNotation) -> String {
        switch type {
        case .int, .long: "0"
        case .double: "0.0"
        case .bool: "false"
        case .string: "\"\""
        case .character: "\" \""
        case .array: "[]"
        case .tree, .list: "nil"
        }
    }
}
