import Foundation
import PracticeModel

/// Picks the mode of a source from its text alone (pure, no I/O).
///
/// Function mode when the source defines `class Solution` (or, in Python and JavaScript, a
/// top-level function of the signature's name) and does not read stdin; program mode otherwise.
/// Each language's `findings` look at the code with comments (and, in Python, string literals) removed;
/// they are heuristics, and `--mode` overrides them.
public enum ModeDetection {
    /// Languages with a function-mode driver (`LanguageRecipe.name`).
    public static var languages: [String] { Languages.withFunctionMode.map(\.name) }

    /// What the source looks like, for `functionName` in `language`.
    public struct Findings: Sendable, Equatable {
        /// It reads stdin (`sys.stdin`, `input()`, `readFileSync(0)`, `process.stdin`, `cin >>`,
        /// `scanf`, `getline(cin, ...)`, a `main` function, ...). `cin.tie(nullptr)` and
        /// `sync_with_stdio(false)`, LeetCode's usual speed-up, do not count.
        public var readsStdin: Bool
        /// It defines `class Solution` (or `struct Solution` in C++).
        public var definesSolutionClass: Bool
        /// It defines a top-level function named `functionName` (or its snake_case spelling).
        public var definesFunction: Bool
        /// `functionName` (or its snake_case spelling) appears in the code at all.
        public var mentionsFunction: Bool

        public init(readsStdin: Bool, definesSolutionClass: Bool, definesFunction: Bool, mentionsFunction: Bool) {
            self.readsStdin = readsStdin
            self.definesSolutionClass = definesSolutionClass
            self.definesFunction = definesFunction
            self.mentionsFunction = mentionsFunction
        }
    }

    /// The mode to judge `source` in when the user did not choose one.
    public static func mode(of source: String, language: String, functionName: String) -> SolutionMode {
        guard let support = Languages.named(language), support.hasFunctionMode else { return .program }
        let found = support.findings(in: source, function: FunctionName(functionName))
        if found.readsStdin { return .program }
        return found.definesSolutionClass || found.definesFunction ? .function : .program
    }

    public static func findings(_ source: String, language: String, functionName: String) -> Findings {
        let support = Languages.named(language) ?? CLanguage()  // an unknown language: a program, as C
        return support.findings(in: source, function: FunctionName(functionName))
    }

    /// The findings for a signature: a function's as above; for a design problem, "defines the solution's class" means
    /// it defines the design's class (`class LRUCache`, `struct LRUCache` or `impl LRUCache`, Go's `type LRUCache struct`,
    /// JavaScript's `var LRUCache = function`, C's `typedef struct { ... } LRUCache;`).
    public static func findings(_ source: String, language: String, signature: Signature) -> Findings {
        var found = findings(source, language: language, functionName: signature.functionName)
        guard let design = signature.design else { return found }
        let code = language == "python" ? stripPython(source) : stripComments(source)
        let name = NSRegularExpression.escapedPattern(for: design.className)
        found.definesSolutionClass = (Languages.named(language)?.hasFunctionMode ?? false)
            && matches(code, #"\b(?:class|struct|impl|type)\s+"# + name + #"\b|\b"# + name + #"\s*=\s*function\b|\bfunction\s+"# + name + #"\s*\(|\}\s*"# + name + #"\s*;"#)
        found.definesFunction = false
        // The class is what a design's solution must name (Rust's findings look for the snake_case `min_stack`).
        found.mentionsFunction = matches(code, #"\b"# + name + #"\b"#)
        return found
    }

    /// The mode to judge `source` in for a signature (a design problem's class counts as `class Solution`).
    public static func mode(of source: String, language: String, signature: Signature) -> SolutionMode {
        guard signature.design != nil else { return mode(of: source, language: language, functionName: signature.functionName) }
        guard let support = Languages.named(language), support.hasFunctionMode else { return .program }
        let found = findings(source, language: language, signature: signature)
        return !found.readsStdin && found.definesSolutionClass ? .function : .program
    }

    /// The findings of a language whose solutions are a `class` or `struct Solution` with the method (C++, Swift),
    /// never a top-level function: `stdin` is the pattern of reading stdin, matched on the code without comments.
    static func solutionClassFindings(_ source: String, stdin: String, function: FunctionName) -> Findings {
        let code = stripComments(source)
        return Findings(readsStdin: matches(code, stdin),
                        definesSolutionClass: matches(code, #"\b(?:class|struct)\s+Solution\b"#),
                        definesFunction: false,
                        mentionsFunction: matches(code, #"\b"# + function.exactly + #"\b"#))
    }

    /// `findUnsortedSubarray` -> `find_unsorted_subarray` (Python's spelling).
    public static func snakeCase(_ name: String) -> String {
        var out = ""
        for character in name {
            if character.isUppercase {
                if !out.isEmpty { out.append("_") }
                out.append(contentsOf: character.lowercased())
            } else {
                out.append(character)
            }
        }
        return out
    }

    /// Whether `pattern` (a regular expression) matches somewhere in `text`.
    static func matches(_ text: String, _ pattern: String) -> Bool {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return false }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// Python without `#` comments and string literals (triple-quoted ones included), so words in
    /// docstrings do not count. Line structure is kept.
    static func stripPython(_ source: String) -> String {
        var out = ""
        let characters = Array(source)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "#" {
                while index < characters.count && characters[index] != "\n" { index += 1 }
                continue
            }
            if character == "\"" || character == "'" {
                let triple = index + 2 < characters.count && characters[index + 1] == character && characters[index + 2] == character
                let quote = triple ? String(repeating: character, count: 3) : String(character)
                index += quote.count
                while index < characters.count {
                    if characters[index] == "\\" { index += 2; continue }
                    if characters[index] == "\n" && !triple { break }
                    if characters[index] == character
                        && (!triple || (index + 2 < characters.count && characters[index + 1] == character && characters[index + 2] == character)) {
                        index += quote.count
                        break
                    }
                    if characters[index] == "\n" { out.append("\n") }
                    index += 1
                }
                out.append("\"\"")
                continue
            }
            out.append(character)
            index += 1
        }
        return out
    }

    /// C-family source without `//` and `/* */` comments (string literals kept, so a comment marker
    /// inside a string is skipped over correctly).
    static func stripComments(_ source: String) -> String {
        var out = ""
        let characters = Array(source)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let next: Character? = index + 1 < characters.count ? characters[index + 1] : nil
            if character == "/" && next == "/" {
                while index < characters.count && characters[index] != "\n" { index += 1 }
                continue
            }
            if character == "/" && next == "*" {
                index += 2
                while index < characters.count && !(characters[index] == "*" && index + 1 < characters.count && characters[index + 1] == "/") {
                    if characters[index] == "\n" { out.append("\n") }
                    index += 1
                }
                index += 2
                out.append(" ")
                continue
            }
            if character == "\"" || character == "'" || character == "`" {
                out.append(character)
                index += 1
                while index < characters.count && characters[index] != character {
                    if characters[index] == "\\" && index + 1 < characters.count {
                        out.append(characters[index])
                        index += 1
                    }
                    if characters[index] == "\n" && character != "`" { break }
                    out.append(characters[index])
                    index += 1
                }
                if index < characters.count && characters[index] == character {
                    out.append(character)
                    index += 1
                }
                continue
            }
            out.append(character)
            index += 1
        }
        return out
    }
}
