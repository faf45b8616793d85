import Foundation
import GRDB
import PracticeStorage
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
                testCases: [Fixture.testCase(origin: "example", input: "[1]\n")])
            let problemId = try #require(problem.id)
            let testCase = try #require(try database.testCases(problemId: problemId).first)
            var outcome = Fixture.outcome(ordinal: 0)
            outcome.testCaseId = testCase.id
            let attempt = try database.recordAttempt(
                Fixture.attempt(problemId: problemId, verdict: "AC"), outcomes: [outcome])
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
        #expect(throws: StorageError.self) {
            try database.recordAttempt(Fixture.attempt(problemId: problemId, verdict: "OK"), outcomes: [])
        }
        #expect(throws: StorageError.self) {
            try database.recordAttempt(
                Fixture.attempt(problemId: problemId, verdict: "AC"),
                outcomes: [Fixture.outcome(ordinal: 0, verdict: "PASS")])
        }
        #expect(try database.attemptSummaries().isEmpty)
    }

    @Test func attemptsNeedAnExistingProblem() throws {
        let database = try AppDatabase.inMemory()
        #expect(throws: StorageError.self) {
            try database.recordAttempt(Fixture.attempt(problemId: 404, verdict: "AC"), outcomes: [])
        }
    }
}
