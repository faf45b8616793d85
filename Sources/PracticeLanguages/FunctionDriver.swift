import PracticeModel

/// The program that judges a function-mode solution: a driver, generated per attempt for the
/// problem's signature, that loads (or is compiled with) the solution and answers many tests in
/// one process. The record protocol is described in docs/ARCHITECTURE.md ("Function mode"); the
/// drivers' sources are files under `Resources/drivers/` (docs/ARCHITECTURE.md, "Languages").
public struct FunctionDriver: Sendable, Equatable {
    /// The driver's file name in the workspace, next to the solution's `Main.<ext>`.
    public let fileName: String
    /// The driver's source text.
    public let source: String
    /// The run command; `{driver}`, `{src}` and `{exe}` stand for the driver, the solution and the binary
    /// built from the driver.
    public let run: CommandTemplate
    /// How many JSON lines one test's input has.
    public let arity: Int
    /// The build command of a compiled language (the driver includes or is compiled with the solution):
    /// placeholders as in `run`. nil: interpreted, the solution's syntax is checked instead.
    public let compile: CommandTemplate?
    /// What the driver's source starts with, precompiled once per compiler by the judge and given to the compile
    /// (C++: the prelude, the nodes and the driver itself); the source compiles the same without it.
    public let prelude: PrecompiledPrelude?
    /// The method's declaration as LeetCode writes it in this language (`int findUnsortedSubarray(vector<int>& nums)`),
    /// named in a compile error that is about the solution's signature.
    public var expectedSignature: String? = nil
    /// The names a compiler's message about the solution's method would mention: the method's and its snake_case
    /// spelling.
    public var signatureNames: [String] = []
    /// Other files written next to the driver before the build (TypeScript: the declarations of LeetCode's
    /// globals); in function mode they replace the recipe's.
    public let supportFiles: [SupportFile]

    public init(fileName: String, source: String, run: CommandTemplate, arity: Int, compile: CommandTemplate? = nil,
                supportFiles: [SupportFile] = [], prelude: PrecompiledPrelude? = nil) {
        self.fileName = fileName
        self.source = source
        self.run = run
        self.arity = arity
        self.compile = compile
        self.prelude = prelude
        self.supportFiles = supportFiles
    }

    /// The marker each driver writes on stderr after a test's own output.
    public static let stderrMarker = Array("\u{1E}practice:end-of-test\u{1E}\n".utf8)

    /// The driver for a solution in `language` (a `LanguageRecipe.name`) implementing `signature`, built with
    /// `toolchain` (the language's preferred one when nil). Throws when the language has no driver or cannot pass one
    /// of the signature's types.
    public static func make(language: String, signature: Signature, solutionSource: String, solutionFileName: String,
                            toolchain: LanguageRecipe? = nil) throws(LanguageError) -> FunctionDriver {
        guard let support = Languages.named(language) else { throw .noFunctionDriver(language: language) }
        var driver = try support.driver(for: signature, solutionSource: solutionSource, solutionFileName: solutionFileName,
                                        toolchain: toolchain ?? support.recipe)
        driver.expectedSignature = support.signatureLine(for: signature)
        // A design's: its class and each method, as each language spells them (`getMin`, `get_min`, `GetMin`).
        var names = [signature.functionName, ModeDetection.snakeCase(signature.functionName)]
        if let design = signature.design {
            names += design.methods.flatMap { [$0.name, ModeDetection.snakeCase($0.name), $0.name.prefix(1).uppercased() + $0.name.dropFirst()] }
        }
        driver.signatureNames = Array(Set(names))
        return driver
    }

    /// Whether a compiler's message is about the solution's method or class, so that naming the expected signature
    /// helps.
    public func concernsSignature(_ message: String) -> Bool { signatureNames.contains { message.contains($0) } }
}

/// The text of a driver resource and its generated parts.
enum DriverSource {
    /// An embedded resource's text.
    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    /// `template` with the lines between its `practice:config begin` and `practice:config end` marker lines
    /// (comments in the template's language) replaced by `config`: the values generated for a signature.
    static func configured(_ template: String, _ config: [String]) -> String {
        var lines = template.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let begin = lines.firstIndex(where: { $0.contains("practice:config begin") }),
              let end = lines.firstIndex(where: { $0.contains("practice:config end") }), begin < end else {
            preconditionFailure("a driver resource has no practice:config markers")  // the tests check every resource
        }
        lines.replaceSubrange((begin + 1)..<end, with: config)
        return lines.joined(separator: "\n")
    }

    /// The node types `signature` uses, as a block comment above a stub ("Definition for a binary tree node."
    /// and the definition), as LeetCode writes it; `tree` and `list` are the language's node resources.
    static func nodeComment(_ signature: Signature, tree: [UInt8], list: [UInt8]) -> String {
        nodeComment(TypeNotation.all(in: signature), tree: tree, list: list)
    }

    /// The same for the types a stub uses (a design's).
    static func nodeComment(_ types: [TypeNotation], tree: [UInt8], list: [UInt8]) -> String {
        var blocks: [(String, [UInt8])] = []
        if types.contains(where: { $0.contains(.tree) }) { blocks.append(("Definition for a binary tree node.", tree)) }
        if types.contains(where: { $0.contains(.list) }) { blocks.append(("Definition for singly-linked list.", list)) }
        return blocks.map { title, resource in
            let code = text(resource).split(separator: "\n").filter { !$0.hasPrefix("//") }
            return (["/**", " * " + title] + code.map { " * " + $0 } + [" */"]).joined(separator: "\n") + "\n"
        }.joined()
    }

    /// A design's class for the Python and JavaScript drivers, as JSON: its name, the constructor's conversions, and
    /// per method its arguments' conversions and its result's (null: it returns nothing).
    static func designConfig(_ design: ClassDesign) -> String {
        let methods = design.methods.map { method in
            JSONObject.Member(method.name, .object([
                "kinds": .array(method.parameters.map { .string(TypeNotation.conversion(.of($0))) }),
                "returns": method.returnType == nil ? .null
                    : .string(TypeNotation.conversion(method.returnValueType.map(TypeNotation.init) ?? TypeNotation(method.returnType!))),
            ]))
        }
        let config: JSONValue = .object([
            "class": .string(design.className),
            "init": .array(design.constructor.map { .string(TypeNotation.conversion(.of($0))) }),
            "methods": .object(JSONObject(methods)),
        ])
        return config.json
    }

    /// A JSON string literal, which Python, JavaScript, C++ and Swift all read as a string.
    static func quoted(_ text: String) -> String { JSONValue.string(text).json }

    /// A JSON array of strings (a list literal in Python and JavaScript).
    static func quoted(_ strings: [String]) -> String { "[" + strings.map(quoted).joined(separator: ", ") + "]" }
}
