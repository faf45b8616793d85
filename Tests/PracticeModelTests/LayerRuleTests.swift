import Foundation
import Testing

/// The layer rules Package.swift cannot make compile errors, because every target may import Foundation: no
/// SQL outside storage, no terminal output outside the CLI, no I/O, clock or process in the catalog, the
/// model or the languages. Read from the sources themselves, so a violation fails here with its file and line.
/// (The rest, such as the judge not importing storage, is Package.swift's: the import does not compile.)
@Suite struct LayerRuleTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

    /// Every Swift line of a target, with its file and line number; comment lines left out, and resources (the
    /// drivers and stubs under `Resources/` are the learner's programs, embedded as text, not the target's code).
    static func lines(of target: String) throws -> [(place: String, text: String)] {
        let folder = sources.appendingPathComponent(target)
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var result: [(String, String)] = []
        for case let path as String in walker where path.hasSuffix(".swift") && !path.hasPrefix("Resources/") {
            let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let trimmed = line.drop { $0 == " " }
                if trimmed.hasPrefix("//") { continue }
                result.append(("\(target)/\(path):\(index + 1)", String(line)))
            }
        }
        return result
    }

    static func targets() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { !$0.hasPrefix(".") }.sorted()
    }

    static let sql = #"\b(?:SELECT\s+[\w*"(]|INSERT\s+INTO\b|DELETE\s+FROM\b|CREATE\s+(?:TABLE|INDEX|TRIGGER)\b|UPDATE\s+\w+\s+SET\b)"#
    static let terminal = #"\bprint\(|\bdebugPrint\(|FileHandle\.standard(Output|Error)|\bfputs\(|\bputs\(|\bprintf\(|\bwrite\((1|2|STDOUT_FILENO|STDERR_FILENO),"#
    static let io = #"\b(?:FileManager|fopen|URLSession|ProcessInfo|getenv|DispatchQueue|Thread)\b|\b(?:Process|Date|FileHandle)\("#

    /// Whether the code of `line` (its one-line string literals left out: commands and patterns a language
    /// runs or looks for are text, not calls) matches `pattern`.
    static func matches(_ line: String, _ pattern: String) throws -> Bool {
        let code = line.replacing(try Regex(#""(\\.|[^"\\])*""#), with: "\"\"")
        return code.contains(try Regex(pattern).wordBoundaryKind(.simple))
    }

    static func violations(in targets: [String], matching pattern: String) throws -> [String] {
        try targets.flatMap { target in
            try lines(of: target).filter { try matches($0.text, pattern) }.map { "\($0.place): \($0.text)" }
        }
    }

    @Test func theRulesCatchWhatTheyForbid() throws {
        #expect(try Self.matches(#"    try db.execute(sql: "SELECT id FROM problem")"#, Self.sql) == false)  // inside a literal
        #expect(try Self.matches(#"    SELECT id FROM problem WHERE slug = ?"#, Self.sql))
        #expect(try Self.matches(#"        print("done")"#, Self.terminal))
        #expect(try Self.matches(#"    FileHandle.standardError.write(data)"#, Self.terminal))
        #expect(try Self.matches(#"    ["python3", "-c", "print(1)"]"#, Self.terminal) == false)
        #expect(try Self.matches(#"    let data = FileManager.default.contents(atPath: path)"#, Self.io))
        #expect(try Self.matches(#"    let now = Date()"#, Self.io))
    }

    @Test func theSourcesAreFound() throws {
        let targets = try Self.targets()
        #expect(targets.contains("PracticeCLI") && targets.contains("PracticeStorage") && targets.contains("PracticeCatalog"))
        #expect(try Self.lines(of: "PracticeCatalog").count > 1_000)
    }

    @Test func sqlStaysInStorage() throws {
        let others = try Self.targets().filter { $0 != "PracticeStorage" }
        let found = try Self.violations(in: others, matching: Self.sql)
        #expect(found.isEmpty, "SQL outside PracticeStorage:\n\(found.joined(separator: "\n"))")
    }

    @Test func onlyTheCLIWritesToTheTerminal() throws {
        let others = try Self.targets().filter { $0 != "PracticeCLI" && $0 != "practice" }
        let found = try Self.violations(in: others, matching: Self.terminal)
        #expect(found.isEmpty, "terminal output outside PracticeCLI:\n\(found.joined(separator: "\n"))")
    }

    @Test func theCatalogModelAndLanguagesDoNoIO() throws {
        let pure = ["PracticeModel", "PracticeCatalog", "PracticeLanguages"]
        let found = try Self.violations(in: pure, matching: Self.io)
        #expect(found.isEmpty, "I/O, clocks or processes in a pure target:\n\(found.joined(separator: "\n"))")
    }
}
