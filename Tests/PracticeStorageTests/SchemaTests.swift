import Foundation
import GRDB
import PracticeModel
@testable import PracticeStorage
import Testing

/// Rules of the schema that no public method exercises: they are checked on the file directly.
@Suite("Schema constraints")
struct SchemaTests {
    @Test func deletingATestCaseKeepsItsOutcomesWithoutTheLink() throws {
        try withTemporaryDirectory { directory in
            let path = directory + "/practice.sqlite"
            let database = try AppDatabase.open(path: path)
            let problem = try database.addProblem(
                Fixture.problem("two-sum"), tags: [],
                testCases: [Fixture.testCase(origin: .example, input: "[1]\n")])
            let problemId = try #require(problem.id)
            let testCase = try #require(try database.testCases(problemId: problemId).first)
            var outcome = Fixture.outcome(ordinal: 0)
            outcome.testCaseId = testCase.id
            let attempt = try database.recordAttempt(
                Fixture.attempt(problemId: problemId, verdict: .AC), outcomes: [outcome])
            let attemptId = try #require(attempt.id)

            try DatabaseQueue(path: path).write { db in
                try db.execute(sql: "DELETE FROM testCase WHERE id = ?", arguments: [testCase.id])
            }

            let outcomes = try database.outcomes(attemptId: attemptId)
            #expect(outcomes.count == 1)
            #expect(outcomes.first?.testCaseId == nil)
        }
    }

    @Test func verdictsAreChecked() throws {
        let database = try AppDatabase.inMemory()
        let problemId = try #require(try database.addProblem(Fixture.problem("p"), tags: [], testCases: []).id)
        // Typed records cannot hold an unknown verdict: write the rows as a newer or broken program might.
        let attempt = try database.recordAttempt(Fixture.attempt(problemId: problemId, verdict: .AC), outcomes: [])
        #expect(throws: StorageError.self) {
            try database.write { db in try db.execute(sql: "UPDATE attempt SET verdict = 'OK'") }
        }
        #expect(throws: StorageError.self) {
            try database.write { db in
                try db.execute(sql: """
                    INSERT INTO outcome (attemptId, ordinal, origin, verdict, cpuMs, wallMs, memoryKB, exitCode)
                    VALUES (?, 0, 'example', 'PASS', 1, 1, 1, 0)
                    """, arguments: [attempt.id])
            }
        }
        #expect(try database.attemptSummaries().map(\.verdict) == [.AC])
        #expect(try database.outcomes(attemptId: try #require(attempt.id)).isEmpty)
    }

    @Test func attemptsNeedAnExistingProblem() throws {
        let database = try AppDatabase.inMemory()
        #expect(throws: StorageError.self) {
            try database.recordAttempt(Fixture.attempt(problemId: 404, verdict: .AC), outcomes: [])
        }
    }
}
