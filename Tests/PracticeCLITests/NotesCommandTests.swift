import Foundation
import GRDB
import Testing

/// `practice import` and `practice export` end to end: the built binary on temporary databases, the
/// seed-like notes of `Fixtures/notes`, solutions judged for real (python3).
@Suite("practice import and export")
struct NotesCommandTests {
    static let fixtures = CLI.repositoryRoot.appendingPathComponent("Tests/PracticeCLITests/Fixtures/notes").path

    /// Every row of every table of a database file (SQLite's own bookkeeping aside), read directly.
    static func dump(_ path: String) throws -> [String] {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        return try queue.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            var lines: [String] = []
            for table in tables {
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"").map { table + " " + $0.description }
                lines.append(contentsOf: rows.sorted())
            }
            return lines
        }
    }

    private func importFixtures(_ cli: CLI) throws {
        let result = try cli.run(["import", Self.fixtures, "--random", "5", "--jobs", "2"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Imported 4 notes: 4 added."), "\(result.stdout)")
    }

    @Test func importingTheSeedNotesJudgesTheSolutionAndShowListsConcepts() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let result = try cli.run(["import", Self.fixtures, "--random", "5", "--jobs", "2"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Added to your set from the catalog: rnn-gradient-norms, shortest-unsorted-subarray."))
        #expect(result.stdout.contains("581. 最短无序连续子数组.md:26 (python): AC 10/10, attempt #1"), "\(result.stdout)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")

        let show = try cli.run(["show", "581"])
        #expect(show.stdout.contains("Note: 581. 最短无序连续子数组 (imported from 581. 最短无序连续子数组.md)"))
        #expect(show.stdout.contains("Related concepts: 单调栈"))
        #expect(show.stdout.contains("imported from 581. 最短无序连续子数组.md"))
        let rnn = try cli.json(["show", "rnn-gradient-norms"])
        let concepts = try #require(rnn["concepts"] as? [[String: Any]])
        #expect(concepts.compactMap { $0["title"] as? String } == ["Problème du gradient évanescent dans les réseaux récurrents"])

        let again = try cli.run(["import", Self.fixtures, "--random", "5"])
        #expect(again.stdout.contains("Imported 4 notes: 4 unchanged."))
        #expect(again.stdout.contains("already judged as attempt #1"))
    }

    @Test func reimportingAMarkdownExportChangesNothing() throws {
        let cli = try CLI()
        defer { cli.remove() }
        try importFixtures(cli)
        #expect(try cli.run(["add", "two-sum"]).status == 0)
        let out = cli.directory.appendingPathComponent("vault").path
        let export = try cli.run(["export", "--markdown", out])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.contains("Wrote 5 notes to \(out): 3 problems, 2 other notes."))
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(files.contains("shortest-unsorted-subarray.md") && files.contains("two-sum.md") && files.contains("单调栈.md"))

        let before = try Self.dump(cli.database)
        let result = try cli.run(["import", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Imported 5 notes: 4 unchanged, 1 skipped."), "\(result.stdout)")
        #expect(try Self.dump(cli.database) == before)
    }

    @Test func aJSONExportRestoresAnIdenticalDatabaseAndMergesOnce() throws {
        let cli = try CLI()
        defer { cli.remove() }
        try importFixtures(cli)
        #expect(try cli.run(["attempt", "581", try cli.write("wrong.py", "print(-1)\n"), "--random", "5",
                             "--note", "off by one, \"again\""]).status == 1)
        let file = cli.directory.appendingPathComponent("all.json").path
        let export = try cli.run(["export", "--json", file])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.contains("2 problems, 2 attempts, 4 notes"), "\(export.stdout)")

        let copy = cli.directory.appendingPathComponent("copy.sqlite").path
        let restored = try cli.run(["import", "--json", file, "--db", copy], useDatabaseFlag: false)
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(restored.stdout.contains("into an empty database (ids kept)"))
        let original = try Self.dump(cli.database)
        #expect(try Self.dump(copy) == original)
        #expect(original.contains { $0.hasPrefix("note ") } && original.contains { $0.hasPrefix("outcome ") })

        let merged = try cli.run(["import", "--json", file, "--db", copy], useDatabaseFlag: false)
        #expect(merged.status == 0)
        #expect(merged.stdout.contains("merged into your data"))
        #expect(try Self.dump(copy) == original)

        // To standard output, too.
        let piped = try cli.run(["export", "--json", "-"])
        #expect(piped.stdout.hasPrefix("{\n\"format\": \"practice-export\",\n\"version\": 1,"))
        #expect(piped.stderr.contains("Wrote the JSON export"))
    }

    @Test func theCSVExportHasAHeaderAndOneRowPerAttempt() throws {
        let cli = try CLI()
        defer { cli.remove() }
        try importFixtures(cli)
        #expect(try cli.run(["attempt", "581", try cli.write("wrong.py", "print(-1)\n"), "--random", "5",
                             "--note", "off by one, \"again\""]).status == 1)
        let file = cli.directory.appendingPathComponent("attempts.csv").path
        let result = try cli.run(["export", "--csv", file])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("2 attempts"))
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.first?.hasPrefix("id,problem,title,createdAt,kind,language,verdict,passed,total,maxCpuMs,maxWallMs,maxMemoryKB,seed") == true)
        #expect(lines.count == 4 && lines.last == "")
        #expect(lines[1].hasPrefix("1,shortest-unsorted-subarray,Shortest Unsorted Continuous Subarray,"))
        #expect(lines[1].contains(",submit,python,AC,10,10,"))
        #expect(lines[2].contains(",WA,") && lines[2].contains(",\"off by one, \"\"again\"\"\","))
        #expect(!text.contains("def find_unsorted_subarray"))
        let stdout = try cli.run(["export", "--csv", "-", "--with-source"])
        #expect(stdout.stdout.contains("def find_unsorted_subarray"))
    }

    @Test func malformedFilesNameTheFileAndLineAndWriteNothing() throws {
        let cli = try CLI()
        defer { cli.remove() }
        try importFixtures(cli)
        let before = try Self.dump(cli.database)

        let fence = try cli.write("unclosed.md", "---\ntitle: 1. Two Sum\n---\n## 我的题解\n```python\nprint(1)\n")
        let result = try cli.run(["import", fence, Self.fixtures])
        #expect(result.status == 65)
        #expect(result.stderr == "practice: error: \(fence):5: the code block opened here is never closed: add a line ``` after its code; nothing was imported\n")
        let yaml = try cli.write("yaml.md", "---\ntitle: x\ntags: [a, b\n---\n")
        let bad = try cli.run(["import", yaml])
        #expect(bad.status == 65)
        #expect(bad.stderr.hasPrefix("practice: error: \(yaml):4: invalid YAML in the front matter"))
        #expect(bad.stderr.split(separator: "\n").count == 1)

        let json = try cli.write("bad.json", "{\n\"format\": \"practice-export\",\n\"version\": 1,\n\"tables\": {\n\"problem\": [\n{\"id\": \"one\"}\n]\n}\n}\n")
        let data = try cli.run(["import", "--json", json])
        #expect(data.status == 65)
        #expect(data.stderr == "practice: error: \(json):6: $.tables.problem[0].id: expected an integer, found a string; nothing was imported\n")
        let missing = try cli.run(["import", "--json", cli.directory.appendingPathComponent("nope.json").path])
        #expect(missing.status == 65)
        #expect(missing.stderr.contains("nope.json: no such file"))
        #expect(try Self.dump(cli.database) == before)
    }

    @Test func usageErrorsExit64() throws {
        let cli = try CLI()
        defer { cli.remove() }
        #expect(try cli.run(["import"]).status == 64)
        #expect(try cli.run(["import", "a.md", "--json", "b.json"]).status == 64)
        #expect(try cli.run(["import", "a.md", "--random", "-1"]).status == 64)
        #expect(try cli.run(["export"]).status == 64)
        #expect(try cli.run(["export", "--json", "-", "--csv", "-"]).status == 64)
        let unwritable = try cli.run(["export", "--json", "/nonexistent-folder/x.json"])
        #expect(unwritable.status == 64)
        #expect(unwritable.stderr.contains("cannot write '/nonexistent-folder/x.json': no folder /nonexistent-folder"))
        let help = try cli.run(["--help"], useDatabaseFlag: false)
        #expect(help.stdout.contains("import") && help.stdout.contains("export"))
    }
}
