import Foundation
import PracticeModel

/// A note for a program that reads a catalog problem's input as space-separated numbers (`n = int(input())`,
/// `scanf("%d", &n)`) although each input line is one JSON value (`[2,6,4,8,10,9,15]`). The heuristic is meant to
/// be safe rather than complete: it never fires on a source that shows any sign of reading JSON or brackets itself,
/// so an ordinary wrong answer of a solution that reads the input correctly gets no note.
package enum InputFormatHint {
    /// The note when all of these hold: the test is WA, or RE whose message or stderr reads like a failure to parse
    /// a number or a line; a line of its input is a JSON array, object or string (which no whitespace-split reader
    /// takes apart); and the source shows no sign of reading such input (see ``readsStructuredInput(_:)``).
    package static func note(verdict: Verdict, input: String, failure: String, source: String) -> String? {
        guard verdict == .WA || (verdict == .RE && parseFailures.contains(where: failure.contains)) else { return nil }
        let lines = input.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        guard lines.contains(where: { $0.hasPrefix("[") || $0.hasPrefix("{") || $0.hasPrefix("\"") }),
              !readsStructuredInput(source) else { return nil }
        let first = lines.first ?? ""
        let shown = first.count > 60 ? String(first.prefix(60)) + "…" : first
        return "note: each input line is one JSON value (this test's first line: \(shown)): "
            + "parse it as JSON, not as space-separated numbers"
    }

    /// What interpreters and runtimes say when a number or a line cannot be read.
    static let parseFailures = ["ValueError", "invalid literal", "could not convert", "EOFError", "NumberFormatException",
                                "InputMismatchException", "SyntaxError", "invalid_argument", "ParseIntError", "strconv."]

    /// Signs in a source, outside its comments and docstrings, that it reads JSON, brackets or commas itself (a JSON
    /// library, eval, character-level reading, digit tests, regular expressions), or a string or character literal
    /// holding one of `[]{},-` or only digits: any of them and the program is not a plain space-separated reader.
    static func readsStructuredInput(_ source: String) -> Bool {
        let (code, literals) = scan(source)
        let lowered = code.lowercased()
        let signs = ["json", "eval", "isdigit", "isnumeric", "isdecimal", "isnumber", "iswholenumber", "getchar", "getc(",
                     "fgetc", "cin.get", "cin.ignore", "cin.peek", "char ", "findall", "finditer", "re.split", "re.sub",
                     "regex", "strtok", "streamtokenizer", "usedelimiter", "ord(", "digits", "\\d", "\\[", "%c", "%*c", "%[", "%*["]
        if signs.contains(where: lowered.contains) { return true }
        return literals.contains { literal in
            literal.contains(where: { "[]{},-".contains($0) }) || !literal.isEmpty && literal.allSatisfy(\.isNumber)
        }
    }

    /// The source without comments (`#`, `//`, `/* */`) and triple-quoted strings (docstrings, which describe the
    /// input rather than read it), and the contents of its one-line `'...'` and `"..."` literals.
    static func scan(_ source: String) -> (code: String, literals: [String]) {
        let characters = Array(source.replacingOccurrences(of: "\r\n", with: "\n"))
        var code = "", literals: [String] = []
        var index = 0
        func at(_ offset: Int) -> Character? { index + offset < characters.count ? characters[index + offset] : nil }
        while index < characters.count {
            let character = characters[index]
            if character == "#" || (character == "/" && at(1) == "/") {
                while index < characters.count && characters[index] != "\n" { index += 1 }
            } else if character == "/" && at(1) == "*" {
                index += 2
                while index < characters.count && !(characters[index] == "*" && at(1) == "/") { index += 1 }
                index += 2
            } else if (character == "\"" || character == "'") && at(1) == character && at(2) == character {
                index += 3
                while index < characters.count && !(characters[index] == character && at(1) == character && at(2) == character) {
                    index += characters[index] == "\\" ? 2 : 1
                }
                index += 3
            } else if character == "\"" || character == "'" {
                var literal = ""
                index += 1
                while index < characters.count && characters[index] != character && characters[index] != "\n" {
                    if characters[index] == "\\", let escaped = at(1) {
                        literal += "\\" + String(escaped)
                        index += 2
                    } else {
                        literal.append(characters[index])
                        index += 1
                    }
                }
                index += 1
                literals.append(literal)
                code += String(character) + literal + String(character)
            } else {
                code.append(character)
                index += 1
            }
        }
        return (code, literals)
    }
}
