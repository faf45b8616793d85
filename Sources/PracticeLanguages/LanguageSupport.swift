import Foundation
import PracticeModel

/// Everything practice knows about one language, in one file per language (`Languages/`): how a program is
/// built and run (`recipe`), and for function mode how a source is recognised (`findings`), the driver that
/// calls its `class Solution` (`driver`) and the skeleton a learner starts from (`stub`). docs/ARCHITECTURE.md ("Languages")
/// tells how to add one.
public protocol LanguageSupport: Sendable {
    /// How a program in this language is built, run and syntax-checked, with its preferred toolchain.
    var recipe: LanguageRecipe { get }
    /// The toolchains that can build it, in order of preference (C++: clang++ as C++23, else g++ as C++20); the judge
    /// uses the first one installed (`LanguageRecipe.installed`). Most languages have one: `[recipe]`.
    var toolchains: [LanguageRecipe] { get }
    /// Whether function mode has a driver for this language (a language without one judges programs only).
    var hasFunctionMode: Bool { get }
    /// What `source` looks like for the signature's `function`: whether it reads stdin, defines
    /// `class Solution` or the function, and mentions the function at all.
    func findings(in source: String, function: FunctionName) -> ModeDetection.Findings
    /// The driver that judges a solution implementing `signature` (the solution's file is `solutionFileName`,
    /// next to the driver). Throws when the language has no driver or cannot pass one of the signature's types.
    func driver(for signature: Signature, solutionSource: String, solutionFileName: String) throws(LanguageError) -> FunctionDriver
    /// The driver, built with `toolchain` (one of `toolchains`): what a language with several toolchains implements.
    func driver(for signature: Signature, solutionSource: String, solutionFileName: String,
                toolchain: LanguageRecipe) throws(LanguageError) -> FunctionDriver
    /// The skeleton of a solution of `signature`, LeetCode style: `class Solution` with the method, its
    /// parameters and types in this language's notation, and a body that returns a wrong answer (it compiles).
    func stub(for signature: Signature) throws(LanguageError) -> String
    /// What starts a line comment (`#`, `//`).
    var lineComment: String { get }
    /// The skeleton of a program that reads the whole input on stdin and prints a wrong answer (`practice start` for a
    /// problem without a signature, or a language without a driver).
    var programStub: String { get }
}

extension LanguageSupport {
    /// The stable name stored with attempts and accepted by `--lang`.
    public var name: String { recipe.name }

    public var toolchains: [LanguageRecipe] { [recipe] }

    // A program-mode-only language needs only its recipe.
    public var hasFunctionMode: Bool { false }

    public func driver(for signature: Signature, solutionSource: String, solutionFileName: String,
                       toolchain: LanguageRecipe) throws(LanguageError) -> FunctionDriver {
        try driver(for: signature, solutionSource: solutionSource, solutionFileName: solutionFileName)
    }

    public func findings(in source: String, function: FunctionName) -> ModeDetection.Findings {
        ModeDetection.Findings(readsStdin: true, definesSolutionClass: false, definesFunction: false, mentionsFunction: false)
    }

    public func driver(for signature: Signature, solutionSource: String,
                       solutionFileName: String) throws(LanguageError) -> FunctionDriver {
        throw .noFunctionDriver(language: name)
    }

    public func stub(for signature: Signature) throws(LanguageError) -> String {
        throw .noFunctionDriver(language: name)
    }

    public var lineComment: String { "//" }

    public var programStub: String { "" }

    /// The line of the stub that declares the method (`int findUnsortedSubarray(vector<int>& nums)`,
    /// `pub fn find_unsorted_subarray(nums: Vec<i32>) -> i32`), without its opening brace; nil without a stub.
    public func signatureLine(for signature: Signature) -> String? {
        guard let stub = try? stub(for: signature) else { return nil }
        if signature.design != nil { return Self.declarationLines(ofDesignStub: stub, lineComment: lineComment) }
        let names = [signature.functionName, ModeDetection.snakeCase(signature.functionName)]
        let line = stub.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.first { line in
            !line.hasPrefix(lineComment) && !line.hasPrefix("*") && !line.hasPrefix("/*")
                && names.contains { line.contains($0 + "(") || line.contains($0 + " = function(") }
        }
        guard var line else { return nil }
        while line.hasSuffix("{") || line.hasSuffix(" ") { line.removeLast() }
        return line
    }

    /// A design's declarations as its stub writes them, on one line: each line that opens a declaration (the class,
    /// the constructor, each method), without its brace, joined by `; ` (`class MinStack; public MinStack(); public
    /// void push(int val); ...`).
    static func declarationLines(ofDesignStub stub: String, lineComment: String) -> String? {
        let lines = stub.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { line in
            !line.hasPrefix(lineComment) && !line.hasPrefix("*") && !line.hasPrefix("/*") && (line.hasSuffix("{") || line.hasSuffix(":"))
        }.map { line in
            var line = line
            while line.hasSuffix("{") || line.hasSuffix(":") || line.hasSuffix(" ") { line.removeLast() }
            return line
        }
        return lines.isEmpty ? nil : lines.joined(separator: "; ")
    }

    /// `text` as line comments, each line prefixed (blank lines keep the bare prefix).
    public func commented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? lineComment : lineComment + " " + $0 }.joined(separator: "\n") + "\n"
    }
}

/// The registry of languages: adding one means adding its file under `Languages/` (and its driver resource)
/// and listing it here.
public enum Languages {
    /// Every language, in the order help and messages list them (README lists them).
    public static let all: [any LanguageSupport] = [
        PythonLanguage(), CLanguage(), CppLanguage(), SwiftLanguage(), JavaScriptLanguage(), TypeScriptLanguage(),
        JavaLanguage(),
        RustLanguage(),
        GoLanguage(),
    ]

    /// The languages with a function-mode driver.
    public static var withFunctionMode: [any LanguageSupport] { all.filter(\.hasFunctionMode) }

    /// The language named `name`, or one of its extensions (`--lang py` works too); case does not matter.
    public static func named(_ name: String) -> (any LanguageSupport)? {
        let key = name.lowercased()
        return all.first { $0.name == key } ?? all.first { $0.recipe.extensions.contains(key) }
    }

    /// The language of a file, by its extension.
    public static func forFile(_ path: String) -> (any LanguageSupport)? {
        let ext = (path as NSString).pathExtension.lowercased()
        return ext.isEmpty ? nil : all.first { $0.recipe.extensions.contains(ext) }
    }

    /// Every extension, dotted, in registry order: `.py .c .cpp ...` (for messages).
    public static var knownExtensions: String { all.flatMap(\.recipe.extensions).map { "." + $0 }.joined(separator: " ") }
}

/// The name of a signature's function and the spellings a solution may give it.
public struct FunctionName: Sendable, Hashable {
    /// The signature's spelling, e.g. `findUnsortedSubarray`.
    public let name: String
    /// `name`, then its snake_case spelling when that differs (`find_unsorted_subarray`, Python's).
    public let spellings: [String]

    public init(_ name: String) {
        self.name = name
        let snake = ModeDetection.snakeCase(name)
        spellings = snake == name ? [name] : [name, snake]
    }

    /// A regular expression matching any spelling.
    var anySpelling: String { "(?:" + spellings.sorted().map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|") + ")" }
    /// A regular expression matching `name` only.
    var exactly: String { NSRegularExpression.escapedPattern(for: name) }
}
