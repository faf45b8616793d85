import Foundation
import GRDB
import PracticeModel
import PracticeStorage
import Testing

/// Notes, their links, and the table-by-table transfer, on fresh databases.
@Suite("Notes and transfer")
struct NoteTests {
    private func draft(_ title: String, type: NoteType = .problem, slug: String? = nil, body: String = "body\n",
                       links: [NoteDraft.Link] = []) -> NoteDraft {
        NoteDraft(title: title, type: type, problemSlug: slug, fileName: title + ".md", frontMatter: "{\"title\": \"\(title)\"}",
                  body: body, links: links)
    }

    @Test func notesAreInsertedOnceAndUpdatedOnlyWhenTheyChange() throws {
        let database = try AppDatabase.inMemory()
        let problem = NewProblem(record: Fixture.problem("two-sum"), tags: ["array"],
                                 testCases: [Fixture.testCase(origin: .example, input: "[1]\n")])
        let first = Date(timeIntervalSince1970: 1_700_000_000)
        let links = [NoteDraft.Link(relation: .solvedBy, target: "Hash map"), .init(relation: .link, target: "Arrays")]
        let stored = try database.importNotes([draft("Two Sum notes", slug: "two-sum", links: links)], adding: [problem], at: first)
        #expect(stored.map(\.change) == [.added])
        let problemId = try #require(try database.problem(slug: "two-sum")?.id)
        #expect(try database.testCases(problemId: problemId).count == 1)
        #expect(try database.tags(problemId: problemId) == ["array"])

        // The same draft, and the same problem again: nothing is written.
        let later = first.addingTimeInterval(60)
        #expect(try database.importNotes([draft("Two Sum notes", slug: "two-sum", links: links.reversed())], adding: [problem],
                                         at: later).map(\.change) == [.unchanged])
        let unchanged = try #require(try database.note(title: "Two Sum notes"))
        #expect(unchanged.updatedAt == first && unchanged.problemId == problemId)

        #expect(try database.importNotes([draft("Two Sum notes", slug: "two-sum", body: "new\n", links: [links[0]])], adding: [],
                                         at: later).map(\.change) == [.updated])
        let updated = try #require(try database.note(title: "Two Sum notes"))
        #expect(updated.body == "new\n" && updated.createdAt == first && updated.updatedAt == later)
        #expect(try database.noteLinks(noteId: try #require(updated.id)).map(\.target) == ["Hash map"])
    }

    @Test func aNoteNamingAMissingProblemRollsBackTheWholeImport() throws {
        let database = try AppDatabase.inMemory()
        #expect(throws: StorageError.self) {
            try database.importNotes([draft("fine"), draft("broken", slug: "nowhere")], adding: [], at: Date())
        }
        #expect(try database.notes().isEmpty)
    }

    @Test func frontMatterMustBeAJSONObject() throws {
        let database = try AppDatabase.inMemory()
        var bad = draft("bad")
        bad.frontMatter = "[1, 2]"
        #expect(throws: StorageError.self) { try database.importNotes([bad], adding: [], at: Date()) }
        bad.frontMatter = "{not json"
        #expect(throws: StorageError.self) { try database.importNotes([bad], adding: [], at: Date()) }
    }

    @Test func relatedConceptsLinkEitherWayIgnoringCase() throws {
        let database = try AppDatabase.inMemory()
        let problem = NewProblem(record: Fixture.problem("two-sum"), tags: [], testCases: [])
        _ = try database.importNotes([
            draft("Two Sum notes", slug: "two-sum", links: [.init(relation: .link, target: "hash MAP")]),
            draft("Hash map", type: .concept),
            draft("Complements", type: .concept, links: [.init(relation: .hasPart, target: "two sum notes")]),
            draft("By slug", type: .concept, links: [.init(relation: .link, target: "two-sum")]),
            draft("By title", type: .concept, links: [.init(relation: .link, target: "Title of two-sum")]),
            draft("Unrelated", type: .concept, links: [.init(relation: .link, target: "Graphs")]),
            draft("Not a concept", type: .note, links: [.init(relation: .link, target: "two-sum")]),
        ], adding: [problem], at: Date())
        let problemId = try #require(try database.problem(slug: "two-sum")?.id)
        #expect(try database.relatedConcepts(problemId: problemId).map(\.title) == ["By slug", "By title", "Complements", "Hash map"])
    }

    @Test func deletingAProblemKeepsItsNotesUnlinked() throws {
        let database = try AppDatabase.inMemory()
        _ = try database.importNotes([draft("Two Sum notes", slug: "two-sum")],
                                     adding: [NewProblem(record: Fixture.problem("two-sum"), tags: [], testCases: [])], at: Date())
        try database.deleteProblem(id: try #require(try database.problem(slug: "two-sum")?.id))
        let note = try #require(try database.note(title: "Two Sum notes"))
        #expect(note.problemId == nil)
    }

    @Test func everyTableIsCarriedByExports() throws {
        let database = try AppDatabase.inMemory()
        #expect(try database.tablesMissingFromTransfer().isEmpty)
        let tables = try database.transferTables()
        #expect(tables.map(\.name) == ["problem", "tag", "problemTag", "problemProgram", "testCase", "expectedCache", "attempt",
                                       "outcome", "note", "noteLink"])
        let attempt = try #require(tables.first { $0.name == "attempt" })
        #expect(attempt.idColumn == "id")
        #expect(attempt.columns.first { $0.name == "problemId" }?.references == "problem")
        #expect(attempt.columns.first { $0.name == "rejudgeOf" }?.references == "attempt")
        #expect(attempt.columns.first { $0.name == "kind" }.map { !$0.isRequired } == true)  // it has a default
        #expect(attempt.columns.first { $0.name == "source" }?.isRequired == true)
        #expect(tables.first { $0.name == "noteLink" }?.idColumn == nil)
    }

    @Test func aNewColumnIsCarriedWithoutAnyChange() throws {
        try withTemporaryDirectory { directory in
            let path = directory + "/practice.sqlite"
            let database = try AppDatabase.open(path: path)
            let problem = try database.addProblem(Fixture.problem("two-sum"), tags: ["array"], testCases: [])
            try DatabaseQueue(path: path).write { db in
                try db.execute(sql: "ALTER TABLE problem ADD COLUMN mood TEXT")
                try db.execute(sql: "UPDATE problem SET mood = 'curious'")
            }
            var rows: [[String: StoredValue]] = []
            try database.exportRows { table, values in
                if table.name == "problem" {
                    rows.append(Dictionary(uniqueKeysWithValues: zip(table.columns.map(\.name), values)))
                }
            }
            #expect(rows.first?["mood"] == .text("curious"))
            #expect(rows.first?["id"] == .integer(try #require(problem.id)))
        }
    }

    @Test func importedRowsRemapForeignKeysAndRefuseDanglingOnes() throws {
        let database = try AppDatabase.inMemory()
        _ = try database.addProblem(Fixture.problem("other"), tags: [], testCases: [])
        let problem: [String: StoredValue] = [
            "id": .integer(1), "slug": .text("two-sum"), "title": .text("Two Sum"), "difficulty": .text("easy"), "origin": .text("catalog"),
            "timeLimitMs": .integer(1000), "memoryLimitMB": .integer(64), "checker": .text("json"), "referenceVersion": .text("r"),
            "addedAt": .text("2026-01-01 00:00:00.000"), "statement": .text("s"),
        ]
        let testCase: [String: StoredValue] = ["id": .integer(5), "problemId": .integer(1), "origin": .text("user"),
                                               "createdAt": .text("2026-01-01 00:00:00.000"), "input": .text("[1]\n")]
        let counts = try database.importRows([("problem", [problem]), ("testCase", [testCase])], keepIds: false)
        #expect(counts["problem"]?.added == 1 && counts["testCase"]?.added == 1)
        let id = try #require(try database.problem(slug: "two-sum")?.id)
        #expect(id == 2)
        #expect(try database.testCases(problemId: id).map(\.input) == ["[1]\n"])

        var dangling = testCase
        dangling["problemId"] = .integer(9)
        #expect(throws: StorageError.importRejected(table: "testCase", row: 0,
                                                    reason: "problemId 9 is not the id of a problem row given before it in this file")) {
            try database.importRows([("problem", [problem]), ("testCase", [dangling])], keepIds: false)
        }
    }
}
