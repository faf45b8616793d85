import Foundation
import PracticeCatalog

/// Picks the mode of a source from its text alone (pure, no I/O).
///
/// Function mode when the source defines `class Solution` (or, in Python and JavaScript, a
/// top-level function of the signature's name) and does not read stdin; program mode otherwise.
/// The patterns look at the code with comments (and, in Python, string literals) removed; they are
/// heuristics, and `--mode` overrides them.
public enum ModeDetection {
    /// Languages with a function-mode driver (`LanguageRecipe.name`).
    public static let languages = ["python", "javascript", "cpp", "swift"]

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
    }

    /// The mode to judge `source` in when the user did not choose one.
    public static func mode(of source: String, language: String, functionName: String) -> SolutionMode {
        guard languages.contains(language) else { return .program }
        let found = findings(source, language: language, functionName: functionName)
        if found.readsStdin { return .program }
        return found.definesSolutionClass || found.definesFunction ? .function : .program
    }

    public static func findings(_ source: String, language: String, functionName: String) -> Findings {
        let names = [functionName, snakeCase(functionName)].map(NSRegularExpression.escapedPattern(for:))
        let name = "(?:" + Set(names).sorted().joined(separator: "|") + ")"
        switch language {
        case "python":
            let code = stripPython(source)
            let stdin = matches(code, #"\bstdin\b|\b(?:raw_)?input\s*\(|\bfileinput\b|\bopen\s*\(\s*0\s*[,)]"#)
                || source.contains("/dev/stdin")
            return Findings(readsStdin: stdin,
                            definesSolutionClass: matches(code, #"(?m)^class\s+Solution\b"#),
                            definesFunction: matches(code, #"(?m)^(?:async\s+)?def\s+"# + name + #"\s*\("#),
                            mentionsFunction: matches(code, #"\b"# + name + #"\b"#))
        case "javascript":
            let code = stripComments(source)
            let stdin = matches(code, #"\bprocess\s*\.\s*stdin\b|readFileSync\s*\(\s*(?:0\s*[,)]|['"]/dev/stdin)|require\s*\(\s*['"](?:node:)?readline['"]|\bprompt\s*\("#)
            let function = #"\bfunction\s*\*?\s*"# + name + #"\s*\(|\b(?:var|let|const)\s+"# + name + #"\s*="#
            return Findings(readsStdin: stdin,
                            definesSolutionClass: matches(code, #"\bclass\s+Solution\b"#),
                            definesFunction: matches(code, function),
                            mentionsFunction: matches(code, #"\b"# + name + #"\b"#))
        case "cpp":
            let code = stripComments(source)
            let stdin = matches(code, #"\bcin\s*(?:>>|\.\s*(?:get|getline|read|readsome|ignore|peek)\b)|\bscanf\s*\(|\bgetline\s*\(\s*(?:std\s*::\s*)?cin\b|\bstdin\b|\bgetchar\s*\(|\bmain\s*\("#)
            return Findings(readsStdin: stdin,
                            definesSolutionClass: matches(code, #"\b(?:class|struct)\s+Solution\b"#),
                            definesFunction: false,
                            mentionsFunction: matches(code, #"\b"# + NSRegularExpression.escapedPattern(for: functionName) + #"\b"#))
        case "swift":
            let code = stripComments(source)
            return Findings(readsStdin: matches(code, #"\breadLine\s*\(|\bFileHandle\s*\.\s*standardInput\b|\bstdin\b"#),
                            definesSolutionClass: matches(code, #"\b(?:class|struct)\s+Solution\b"#),
                            definesFunction: false,
                            mentionsFunction: matches(code, #"\b"# + NSRegularExpression.escapedPattern(for: functionName) + #"\b"#))
        default:
            return Findings(readsStdin: true, definesSolutionClass: false, definesFunction: false, mentionsFunction: false)
        }
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

    private static func matches(_ text: String, _ pattern: String) -> Bool {
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
