import PracticeModel

/// The shape of a value a function takes or returns, as far as the drivers and stubs need it. Each language
/// maps it to its own notation (`PythonLanguage.typeName`, `CppLanguage.typeName`, ...).
///
/// This is the one reader of the Swift-notation type strings of a `Signature` ("Int", "[[Character]]",
/// "TreeNode?"): nothing else parses them. When `Parameter` carries a typed `ValueType`, `of(_:)` and
/// `returned(by:)` read that instead.
public indirect enum TypeNotation: Sendable, Hashable, CustomStringConvertible {
    /// A 32-bit integer on LeetCode (`int`).
    case int
    /// A 64-bit integer (`long long`, `long`).
    case long
    case double
    case bool
    case string
    /// One character (`char`; a one-character string in JSON).
    case character
    /// A list of elements (nested to any depth).
    case array(TypeNotation)
    /// A binary tree, LeetCode's `TreeNode` (in level order in JSON).
    case tree
    /// A singly-linked list, LeetCode's `ListNode` (as a list in JSON).
    case list

    /// The shape of a type written in Swift notation, nil when it is none of the above (`[Int: Int]`).
    public init?(_ swiftNotation: String) {
        switch swiftNotation {
        case "Int": self = .int
        case "Int64": self = .long
        case "Double": self = .double
        case "Bool": self = .bool
        case "String": self = .string
        case "Character": self = .character
        case "TreeNode?", "TreeNode": self = .tree
        case "ListNode?", "ListNode": self = .list
        default:
            guard swiftNotation.hasPrefix("["), swiftNotation.hasSuffix("]"),
                  let element = TypeNotation(String(swiftNotation.dropFirst().dropLast())) else { return nil }
            self = .array(element)
        }
    }

    /// The shape of a declared value type (the same as reading its `swiftNotation`, without the round trip).
    public init(_ valueType: ValueType) {
        switch valueType {
        case .int: self = .int
        case .long: self = .long
        case .double: self = .double
        case .bool: self = .bool
        case .character: self = .character
        case .string: self = .string
        case .array(let element, _, _), .tuple(let element, _): self = .array(TypeNotation(element))
        case .grid(let cell, _, _): self = .array(.array(TypeNotation(cell)))
        case .tree: self = .tree
        case .list: self = .list
        }
    }

    /// The shape of a parameter's type: its declared value type when it has one, else its Swift notation.
    public static func of(_ parameter: Parameter) -> TypeNotation? {
        parameter.valueType.map(TypeNotation.init) ?? TypeNotation(parameter.type)
    }

    /// The shape of a signature's return type: its declared value type when it has one, else its Swift notation.
    public static func returned(by signature: Signature) -> TypeNotation? {
        signature.returnValueType.map(TypeNotation.init) ?? TypeNotation(signature.returnType)
    }

    /// The type in Swift notation, as signatures write it.
    public var description: String {
        switch self {
        case .int: "Int"
        case .long: "Int64"
        case .double: "Double"
        case .bool: "Bool"
        case .string: "String"
        case .character: "Character"
        case .array(let element): "[\(element)]"
        case .tree: "TreeNode?"
        case .list: "ListNode?"
        }
    }

    /// Whether `shape` is this type or its element, at any depth (`[[TreeNode?]]` contains `.tree`).
    public func contains(_ shape: TypeNotation) -> Bool {
        if self == shape { return true }
        if case .array(let element) = self { return element.contains(shape) }
        return false
    }

    /// Whether a tree or list node is in it, at any depth.
    public var containsNodes: Bool { contains(.tree) || contains(.list) }

    /// The types of a signature's parameters, in order, for a language that must know each one (the compiled drivers):
    /// the first it cannot read is `unsupportedFunctionType` naming it and `language`.
    public static func parameters(of signature: Signature, in language: String) throws(LanguageError) -> [TypeNotation] {
        var types: [TypeNotation] = []
        for parameter in signature.parameters {
            guard let type = of(parameter) else { throw .unsupportedFunctionType(type: parameter.type, language: language) }
            types.append(type)
        }
        return types
    }

    /// The return type for a language that must know it, else `unsupportedFunctionType` naming it and `language`.
    public static func returned(by signature: Signature, in language: String) throws(LanguageError) -> TypeNotation {
        guard let type = returned(by: signature) else { throw .unsupportedFunctionType(type: signature.returnType, language: language) }
        return type
    }

    /// The known types of a signature: its parameters', then its return type.
    public static func all(in signature: Signature) -> [TypeNotation] {
        signature.parameters.compactMap(of) + [returned(by: signature)].compactMap { $0 }
    }

    /// How the Python and JavaScript drivers convert a value of this type (nil: not a known shape): LeetCode's
    /// level-order trees and linked lists become node objects ("tree", "list"), everything else is the JSON
    /// value itself ("value").
    static func conversion(_ type: TypeNotation?) -> String {
        switch type {
        case .tree?: "tree"
        case .list?: "list"
        default: "value"
        }
    }
}

/// A design's class with the types of its constructor's and methods' parameters and results, for the languages that
/// must know each one (the compiled drivers and their stubs).
struct TypedDesign {
    struct Method {
        let method: ClassDesign.Method
        /// Its parameters and their types, in order.
        let parameters: [(parameter: Parameter, type: TypeNotation)]
        /// Its result's type; nil for a method that returns nothing.
        let returns: TypeNotation?
        var name: String { method.name }
    }

    let design: ClassDesign
    let constructor: [(parameter: Parameter, type: TypeNotation)]
    let methods: [Method]
    var className: String { design.className }

    /// The types of `design`; the first that `language` cannot read is `unsupportedFunctionType` naming it.
    init(_ design: ClassDesign, in language: String) throws(LanguageError) {
        func typed(_ parameters: [Parameter]) throws(LanguageError) -> [(parameter: Parameter, type: TypeNotation)] {
            var typed: [(parameter: Parameter, type: TypeNotation)] = []
            for parameter in parameters {
                guard let type = TypeNotation.of(parameter) else {
                    throw .unsupportedFunctionType(type: parameter.type, language: language)
                }
                typed.append((parameter, type))
            }
            return typed
        }
        self.design = design
        constructor = try typed(design.constructor)
        var methods: [Method] = []
        for method in design.methods {
            var returns: TypeNotation? = nil
            if let returnType = method.returnType {
                guard let type = method.returnValueType.map(TypeNotation.init) ?? TypeNotation(returnType) else {
                    throw .unsupportedFunctionType(type: returnType, language: language)
                }
                returns = type
            }
            methods.append(Method(method: method, parameters: try typed(method.parameters), returns: returns))
        }
        self.methods = methods
    }

    /// Every type it uses: the constructor's, then each method's parameters and result.
    var types: [TypeNotation] {
        constructor.map(\.type) + methods.flatMap { $0.parameters.map(\.type) + [$0.returns].compactMap { $0 } }
    }
}
