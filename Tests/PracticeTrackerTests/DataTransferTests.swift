import Foundation
@testable import PracticeTracker
import PracticeStorage
import PracticeTestSupport
import Testing

/// `practice export --json/--csv` and `practice import --json` on in-memory databases.
@Suite struct DataTransferTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    private func practice() throws -> Practice {
        Practice(database: try AppDatabase.inMemory(), runner: NoteFixtures.acceptingRunner())
    }

    /// A database with problems, tags, tests, cached answers, attempts with outcomes (one with a tricky
    /// note, one failing), notes and links.
    private func history() throws -> Practice {
        let practice = try practice()
        _ = try practice.importNotes([try folder.write("581.md", NoteFixtures.problemNote), try folder.write("s.md", NoteFixtures.stackNote)],
                                     options: NoteImportOptions(randomCount: 5, jobs: 1))
        let solution = try folder.write("sol.py", "print(1)\n")
        var request = AttemptRequest(problem: "two-sum", solutionPath: solution, randomCount: 3, jobs: 1,
                                     note: "tricky, \"quoted\"\nsecond line")
        _ = try practice.attempt(request)
        request.problem = "581"
        request.note = nil
        request.command = "false"
        _ = try Practice(database: practice.database, runner: FakeRunner { _ in .init(termination: .exited(0)) }).attempt(request)
        return practice
    }

    @Test func aJSONExportRestoresAnIdenticalDatabase() throws {
        defer { folder.remove() }
        let original = try history()
        let path = folder.path + "/all.json"
        let export = try original.exportJSON(to: .file(path))
        #expect(export.rows["attempt"] == 3 && export.rows["note"] == 2 && export.rows["problemProgram"] == 0)

        let copy = try practice()
        let report = try copy.importJSON(from: path)
        #expect(report.keptIds)
        #expect(try NoteFixtures.dump(copy.database) == NoteFixtures.dump(original.database))
        #expect(report.tables.first?.name == "problem")

        // Importing it again (now merging) adds nothing.
        let again = try copy.importJSON(from: path)
        #expect(!again.keptIds)
        #expect(again.tables.allSatisfy { $0.added == 0 })
        #expect(again.tables.first { $0.name == "attempt" }?.existing == 3)
        #expect(try NoteFixtures.dump(copy.database) == NoteFixtures.dump(original.database))
    }

    @Test func importingIntoADatabaseWithDataMergesAndRemapsIds() throws {
        defer { folder.remove() }
        let original = try history()
        let path = folder.path + "/all.json"
        _ = try original.exportJSON(to: .file(path))

        let other = try practice()
        _ = try other.add("coin-change")  // takes problem id 1
        try other.database.deleteProblem(id: 1)
        _ = try other.add("two-sum")  // exists in the file too: merged by slug
        _ = try other.importJSON(from: path)

        #expect(Set(try other.database.problems().map(\.slug)) == ["two-sum", "shortest-unsorted-subarray"])
        #expect(try other.database.problem(slug: "two-sum")?.id == 2)
        // Id 1 is 581's in the file, but ids are never reused here: it gets a new one.
        let moved = try #require(try other.database.problem(slug: "shortest-unsorted-subarray")?.id)
        #expect(moved == 3)
        let attempts = try other.history("581")
        #expect(attempts.count == 2 && attempts.allSatisfy { $0.problemId == moved })
        #expect(try other.history("two-sum").first?.note == "tricky, \"quoted\"\nsecond line")
        let note = try #require(try other.database.note(title: "581. 最短无序连续子数组"))
        #expect(note.problemId == moved)
        #expect(try other.database.noteLinks(noteId: try #require(note.id)).count == 2)
        #expect(try other.show("581").concepts.map(\.title) == ["单调栈"])
        for attempt in attempts {
            let detail = try #require(try other.attemptDetail(id: attempt.id))
            #expect(!detail.outcomes.isEmpty)
        }
        let before = try NoteFixtures.dump(other.database)
        _ = try other.importJSON(from: path)
        #expect(try NoteFixtures.dump(other.database) == before)
    }

    /// The export of `history()` as a mutable JSON object.
    private func exportObject() throws -> [String: Any] {
        let path = folder.path + "/base.json"
        _ = try history().exportJSON(to: .file(path))
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
    }

    /// Writes `object` one member per line (like the export), imports it into an empty database and
    /// returns the error; the database must stay empty.
    private func failure(_ object: [String: Any], name: String) throws -> (line: Int?, message: String)? {
        let path = folder.path + "/" + name
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]).write(to: URL(fileURLWithPath: path))
        let practice = try practice()
        defer { #expect((try? NoteFixtures.dump(practice.database))?.isEmpty == true, "\(name) wrote rows") }
        do {
            _ = try practice.importJSON(from: path)
            return nil
        } catch {
            guard case .badImportFile(let file, let line, let message) = error else { return (nil, "\(error)") }
            #expect(file == path)
            #expect(error.exitStatus == 65)
            return (line, message)
        }
    }

    private func lineOf(_ needle: String, in name: String) throws -> Int? {
        let text = try folder.read(name)
        return text.components(separatedBy: "\n").firstIndex { $0.contains(needle) }.map { $0 + 1 }
    }

    @Test func malformedExportsAreOneErrorWithFileLineAndPath() throws {
        defer { folder.remove() }
        var object = try exportObject()
        var tables = try #require(object["tables"] as? [String: Any])

        var changed = object
        changed["version"] = 2
        let version = try #require(try failure(changed, name: "version.json"))
        #expect(version.message.hasPrefix("$.version: unknown format version 2"))
        #expect(version.line == (try lineOf("\"version\" : 2", in: "version.json")))

        changed = object
        changed["format"] = "something else"
        #expect(try failure(changed, name: "format.json")?.message.hasPrefix("$.format: not a practice export") == true)

        var attempts = try #require(tables["attempt"] as? [[String: Any]])
        attempts[1]["verdict"] = 5
        tables["attempt"] = attempts
        object["tables"] = tables
        let type = try #require(try failure(object, name: "type.json"))
        #expect(type.message.hasPrefix("$.tables.attempt[1].verdict: expected a string, found an integer"))
        #expect(type.line == (try lineOf("\"verdict\" : 5", in: "type.json")))

        attempts[1]["verdict"] = "AC"
        attempts[1]["bogus"] = 1
        tables["attempt"] = attempts
        object["tables"] = tables
        #expect(try failure(object, name: "column.json")?.message.hasPrefix("$.tables.attempt[1].bogus: unknown column 'bogus'") == true)

        attempts[1]["bogus"] = nil
        attempts[1]["source"] = nil
        tables["attempt"] = attempts
        object["tables"] = tables
        #expect(try failure(object, name: "missing.json")?.message == "$.tables.attempt[1]: missing required field 'source'")

        attempts[1]["source"] = "print(1)\n"
        attempts[1]["problemId"] = 77
        tables["attempt"] = attempts
        object["tables"] = tables
        let reference = try #require(try failure(object, name: "reference.json"))
        #expect(reference.message.contains("$.tables.attempt[1]: the database refuses this row: problemId 77 is not the id of a problem row"))
        #expect(reference.line != nil)

        attempts[1]["problemId"] = 1
        attempts[1]["verdict"] = "OK"
        tables["attempt"] = attempts
        object["tables"] = tables
        #expect(try failure(object, name: "check.json")?.message.contains("CHECK constraint failed") == true)

        attempts[1]["verdict"] = "AC"
        tables["attempt"] = attempts
        tables["review"] = []
        object["tables"] = tables
        #expect(try failure(object, name: "table.json")?.message.hasPrefix("$.tables.review: unknown table 'review'") == true)

        tables["review"] = nil
        tables["note"] = ["not": "rows"]
        object["tables"] = tables
        #expect(try failure(object, name: "rows.json")?.message == "$.tables.note: expected an array of rows, found an object")

        try folder.write("syntax.json", "{\"format\": \"practice-export\",\n\"version\": 1,\n\"tables\": {\"problem\": [}}")
        let practice = try practice()
        #expect {
            try practice.importJSON(from: folder.path + "/syntax.json")
        } throws: { error in
            guard case .badImportFile(_, 3, let message) = error as? ServiceError else { return false }
            return message.hasPrefix("invalid JSON: unexpected character '}'")
        }
    }

    @Test func csvHasAHeaderAndOneRowPerAttempt() throws {
        defer { folder.remove() }
        let practice = try history()
        let path = folder.path + "/attempts.csv"
        let report = try practice.exportCSV(to: .file(path))
        #expect(report.rows["attempt"] == 3)
        let text = try folder.read("attempts.csv")
        let rows = try CSVReader.parse(text)
        #expect(rows.first == Practice.csvColumns)
        #expect(rows.count == 4)
        #expect(rows.dropFirst().allSatisfy { $0.count == Practice.csvColumns.count })
        let column = { (name: String) in Practice.csvColumns.firstIndex(of: name)! }
        let twoSum = try #require(rows.first { $0[column("problem")] == "two-sum" })
        #expect(twoSum[column("note")] == "tricky, \"quoted\"\nsecond line")
        #expect(twoSum[column("title")] == "Two Sum")
        #expect(twoSum[column("createdAt")].range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$"#, options: .regularExpression) != nil)
        #expect(rows.dropFirst().map { $0[column("verdict")] }.sorted() == ["AC", "AC", "WA"])
        #expect(!text.contains("print(1)"))

        _ = try practice.exportCSV(to: .file(path), includeSource: true)
        let withSource = try CSVReader.parse(try folder.read("attempts.csv"))
        #expect(withSource.first?.last == "source")
        #expect(withSource.dropFirst().contains { $0.last == "print(1)\n" })
    }

    @Test func anExportToAnUnwritablePlaceFailsWithoutLeavingAFile() throws {
        defer { folder.remove() }
        let practice = try practice()
        #expect {
            try practice.exportJSON(to: .file(folder.path + "/no/such/folder/x.json"))
        } throws: { error in
            guard case .cannotWrite(_, let reason) = error as? ServiceError else { return false }
            return reason.hasPrefix("no folder")
        }
        #expect(throws: ServiceError.self) { try practice.exportCSV(to: .file(folder.path)) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}

/// A strict RFC 4180 reader, to check what the CSV export writes.
enum CSVReader {
    struct Malformed: Error {}

    static func parse(_ text: String) throws -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var characters = text.makeIterator()
        var quoted = false
        var atFieldStart = true
        while let character = characters.next() {
            if quoted {
                if character == "\"" {
                    guard let next = characters.next() else { quoted = false; break }
                    if next == "\"" { field.append("\"") } else {
                        quoted = false
                        if next == "," { row.append(field); field = ""; atFieldStart = true }
                        else if next == "\r\n" { row.append(field); rows.append(row); row = []; field = ""; atFieldStart = true }
                        else { throw Malformed() }
                    }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where atFieldStart: quoted = true; atFieldStart = false
            case "\"": throw Malformed()
            case ",": row.append(field); field = ""; atFieldStart = true
            case "\r\n": row.append(field); rows.append(row); row = []; field = ""; atFieldStart = true
            case "\n", "\r": throw Malformed()  // bare line breaks only inside quotes
            default: field.append(character); atFieldStart = false
            }
        }
        guard !quoted, row.isEmpty, field.isEmpty else { throw Malformed() }
        return rows
    }
}
