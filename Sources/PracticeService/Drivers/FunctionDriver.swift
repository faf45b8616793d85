import Foundation
import PracticeCatalog

/// The program that judges a function-mode solution: a driver, generated per attempt for the
/// problem's signature, that loads (or is compiled with) the solution and answers many tests in
/// one process. The record protocol is described in docs/ARCHITECTURE.md ("Function mode").
struct FunctionDriver: Sendable, Equatable {
    /// The driver's file name in the workspace, next to the solution's `Main.<ext>`.
    let fileName: String
    /// The driver's source text.
    let source: String
    /// The run command; `{driver}`, `{src}` and `{exe}` stand for the driver, the solution and the
    /// binary built from the driver (languages that compile build the driver, which includes the solution).
    let run: [String]
    /// How many JSON lines one test's input has.
    let arity: Int
    /// The build command when it is not the recipe's applied to the driver (which includes the
    /// solution): `{src}`, `{driver}` and `{exe}` as in `run`.
    var compile: [String]? = nil

    /// The marker each driver writes on stderr after a test's own output.
    static let stderrMarker = Array("\u{1E}practice:end-of-test\u{1E}\n".utf8)

    /// The driver for a solution in `language` (a `LanguageRecipe.name`) implementing `signature`.
    /// Throws when the language has no driver or cannot pass one of the signature's types.
    static func make(language: String, signature: Signature, solutionSource: String,
                     solutionFileName: String) throws(ServiceError) -> FunctionDriver {
        let arity = signature.parameters.count
        let names = Array(Set([signature.functionName, ModeDetection.snakeCase(signature.functionName)]))
            .sorted { $0 == signature.functionName ? true : $1 == signature.functionName ? false : $0 < $1 }
        let kinds = signature.parameters.map { kind(of: $0.type) }
        let returnKind = kind(of: signature.returnType)
        func quoted(_ strings: [String]) -> String {
            "[" + strings.map { JSONValue.string($0).json }.joined(separator: ", ") + "]"
        }
        switch language {
        case "python":
            let text = fill(pythonDriverTemplate, [
                "@FUNCTION@": signature.functionName, "@NAMES@": quoted(names), "@ARITY@": String(arity),
                "@KINDS@": quoted(kinds), "@RETURN@": returnKind,
            ])
            return FunctionDriver(fileName: "practice_driver.py", source: text, run: ["python3", "{driver}", "{src}"],
                                  arity: arity)
        case "javascript":
            let text = fill(javaScriptDriverTemplate, [
                "@NAMES@": quoted(names), "@ARITY@": String(arity), "@KINDS@": quoted(kinds), "@RETURN@": returnKind,
            ])
            return FunctionDriver(fileName: "practice_driver.js", source: text,
                                  run: ["node", "--stack-size=65500", "{driver}", "{src}"], arity: arity)
        case "cpp":
            var statements: [String] = []
            for (index, parameter) in signature.parameters.enumerated() {
                guard let type = cppType(parameter.type) else {
                    throw .unsupportedFunctionType(type: parameter.type, language: language)
                }
                statements += [
                    "            practice_driver::Reader reader\(index)(lines[\(index)]);",
                    "            \(type) argument\(index){};",
                    "            practice_driver::read(reader\(index), argument\(index));",
                    "            reader\(index).finish(\(index + 1), \(JSONValue.string(parameter.name).json), \(JSONValue.string(parameter.type).json));",
                ]
            }
            let code = ModeDetection.stripComments(solutionSource)
            var nodes: [String] = []
            if !defines(code, "TreeNode") {
                nodes.append("""
                    struct TreeNode {
                        int val;
                        TreeNode *left;
                        TreeNode *right;
                        TreeNode() : val(0), left(nullptr), right(nullptr) {}
                        TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}
                        TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}
                    };
                    """)
            }
            if !defines(code, "ListNode") {
                nodes.append("""
                    struct ListNode {
                        int val;
                        ListNode *next;
                        ListNode() : val(0), next(nullptr) {}
                        ListNode(int x) : val(x), next(nullptr) {}
                        ListNode(int x, ListNode *next) : val(x), next(next) {}
                    };
                    """)
            }
            let text = fill(cppDriverTemplate, [
                "@NODES@": nodes.joined(separator: "\n"), "@SOURCE@": solutionFileName,
                "@FUNCTION@": signature.functionName, "@ARITY@": String(arity),
                "@ARGUMENTS@": statements.joined(separator: "\n"),
                "@CALL_ARGUMENTS@": (0..<arity).map { "argument\($0)" }.joined(separator: ", "),
            ])
            return FunctionDriver(fileName: "practice_driver.cpp", source: text, run: ["{exe}"], arity: arity)
        case "swift":
            var statements: [String] = []
            for (index, parameter) in signature.parameters.enumerated() {
                let read: String
                switch kind(of: parameter.type) {
                case "tree": read = "practiceReadTree(&reader\(index))"
                case "list": read = "practiceReadList(&reader\(index))"
                default:
                    guard swiftReadable(parameter.type) else {
                        throw .unsupportedFunctionType(type: parameter.type, language: language)
                    }
                    read = "\(parameter.type).practiceRead(&reader\(index))"
                }
                statements += [
                    "                var reader\(index) = PracticeReader(lines[\(index)])",
                    "                let argument\(index) = \(read)",
                    "                try reader\(index).finish(\(index + 1), \(JSONValue.string(parameter.name).json), \(JSONValue.string(parameter.type).json))",
                ]
            }
            let write = switch returnKind {
            case "tree": "practiceWriteTree(result, &text)"
            case "list": "practiceWriteList(result, &text)"
            default: "result.practiceWrite(&text)"
            }
            let code = ModeDetection.stripComments(solutionSource)
            var nodes: [String] = []
            if !code.contains(#/\bclass\s+TreeNode\b/#) {
                nodes.append("""
                    public class TreeNode {
                        public var val: Int
                        public var left: TreeNode?
                        public var right: TreeNode?
                        public init() { self.val = 0; self.left = nil; self.right = nil }
                        public init(_ val: Int) { self.val = val; self.left = nil; self.right = nil }
                        public init(_ val: Int, _ left: TreeNode?, _ right: TreeNode?) { self.val = val; self.left = left; self.right = right }
                    }
                    """)
            }
            if !code.contains(#/\bclass\s+ListNode\b/#) {
                nodes.append("""
                    public class ListNode {
                        public var val: Int
                        public var next: ListNode?
                        public init() { self.val = 0; self.next = nil }
                        public init(_ val: Int) { self.val = val; self.next = nil }
                        public init(_ val: Int, _ next: ListNode?) { self.val = val; self.next = next }
                    }
                    """)
            }
            let text = fill(swiftDriverTemplate, [
                "@NODES@": nodes.joined(separator: "\n"), "@FUNCTION@": signature.functionName, "@ARITY@": String(arity),
                "@ARGUMENTS@": statements.joined(separator: "\n"),
                "@CALL_ARGUMENTS@": (0..<arity).map { "argument\($0)" }.joined(separator: ", "), "@WRITE@": write,
            ])
            return FunctionDriver(fileName: "practice_driver.swift", source: text, run: ["{exe}"], arity: arity,
                                  compile: ["swiftc", "-O", "-parse-as-library", "-o", "{exe}", "{src}", "{driver}"])
        default:
            throw .noFunctionDriver(language: language)
        }
    }

    /// Whether the Swift driver reads a signature type with `PracticeValue`.
    static func swiftReadable(_ type: String) -> Bool {
        switch type {
        case "Int", "Double", "Bool", "String", "Character": return true
        default: return type.hasPrefix("[") && type.hasSuffix("]") && swiftReadable(String(type.dropFirst().dropLast()))
        }
    }

    /// How a Python or JavaScript driver converts a value of a signature type: LeetCode's level-order
    /// trees and linked lists become node objects, everything else is the JSON value itself.
    static func kind(of type: String) -> String {
        switch type {
        case "TreeNode?", "TreeNode": "tree"
        case "ListNode?", "ListNode": "list"
        default: "value"
        }
    }

    /// The C++ type of a signature type (Swift notation), nil when the driver cannot read it.
    static func cppType(_ type: String) -> String? {
        switch type {
        case "Int": return "int"
        case "Int64": return "long long"
        case "Double": return "double"
        case "Bool": return "bool"
        case "String": return "string"
        case "Character": return "char"
        case "TreeNode?", "TreeNode": return "TreeNode *"
        case "ListNode?", "ListNode": return "ListNode *"
        default:
            guard type.hasPrefix("["), type.hasSuffix("]"), let element = cppType(String(type.dropFirst().dropLast())) else {
                return nil
            }
            return "vector<\(element)>"
        }
    }

    /// Whether C++ code (comments removed) defines a struct or class of this name.
    private static func defines(_ code: String, _ name: String) -> Bool {
        code.range(of: #"\b(?:struct|class)\s+"# + name + #"\b[^;{]*\{"#, options: .regularExpression) != nil
    }

    private static func fill(_ template: String, _ values: [String: String]) -> String {
        values.reduce(template) { $0.replacingOccurrences(of: $1.key, with: $1.value) }
    }
}
