import Foundation
import PracticeModel
import PracticeStorage
import Testing

@Suite("Attempts and outcomes")
struct AttemptTests {
    let database: AppDatabase
    let problemId: Int64

    init() throws {
        database = try AppDatabase.inMemory()
        problemId = try #require(
            try database.addProblem(Fixture.problem("two-sum"), tags: [], testCases: []).id)
    }

    @Test func attemptAndOutcomesRoundTrip() throws {
        let testCase = try database.addTestCase(Fixture.testCase(problemId: problemId, origin: .example, input: "[1]\n"))
        var failing = OutcomeRecord(
            testCaseId: testCase.id, ordinal: 1, origin: .random, seed: 99, size: 8, verdict: .RE,
            cpuMs: 3.25, wallMs: 4.5, memoryKB: 2048, exitCode: 134, signal: 6,
            input: "[5,4]\n", expected: "2\n", actual: "", stderr: "Fatal error: Index out of range",
            message: "killed by SIGABRT")
        var attempt = Fixture.attempt(problemId: problemId, verdict: .RE)
        attempt.message = "test 2: runtime error"

        let saved = try database.recordAttempt(attempt, outcomes: [failing, Fixture.outcome(ordinal: 0)])
        let attemptId = try #require(saved.id)

        #expect(try database.attempt(id: attemptId) == saved)
        let outcomes = try database.outcomes(attemptId: attemptId)
        #expect(outcomes.map(\.ordinal) == [0, 1])
        #expect(outcomes.allSatisfy { $0.attemptId == attemptId && $0.id != nil })
        failing.id = outcomes[1].id
        failing.attemptId = attemptId
        #expect(outcomes[1] == failing)
    }

    @Test func failingOutcomeLeavesNoAttempt() throws {
        let error = #expect(throws: StorageError.self) {
            try database.recordAttempt(
                Fixture.attempt(problemId: problemId, verdict: .WA),
                outcomes: [Fixture.outcome(ordinal: 0), Fixture.outcome(ordinal: 0, verdict: .WA)])
        }
        guard case .database(let message)? = error else {
            Issue.record("unexpected error \(String(describing: error))")
            return
        }
        #expect(message.contains("UNIQUE constraint failed: outcome.attemptId, outcome.ordinal"))
        #expect(try database.attemptSummaries().isEmpty)
        #expect(try database.attempt(id: 1) == nil)
        #expect(try database.outcomes(attemptId: 1).isEmpty)
    }

    @Test func historyIsNewestFirstWithTiesByIdAndCanBeFilteredAndLimited() throws {
        let otherId = try #require(try database.addProblem(Fixture.problem("other"), tags: [], testCases: []).id)
        let t0 = Fixture.addedAt
        let oldest = try database.recordAttempt(Fixture.attempt(problemId: problemId, verdict: .WA, at: t0), outcomes: [])
        let newest = try database.recordAttempt(
            Fixture.attempt(problemId: otherId, verdict: .AC, at: t0.addingTimeInterval(120)), outcomes: [])
        let tiedFirst = try database.recordAttempt(
            Fixture.attempt(problemId: problemId, verdict: .TLE, at: t0.addingTimeInterval(60)), outcomes: [])
        let tiedSecond = try database.recordAttempt(
            Fixture.attempt(problemId: problemId, verdict: .AC, at: t0.addingTimeInterval(60)), outcomes: [])

        let all = try database.attemptSummaries()
        #expect(all.map(\.id) == [newest, tiedSecond, tiedFirst, oldest].map(\.id))
        #expect(try database.attemptSummaries(problemId: problemId).map(\.id) == [tiedSecond, tiedFirst, oldest].map(\.id))
        #expect(try database.attemptSummaries(limit: 2).map(\.id) == [newest, tiedSecond].map(\.id))
        #expect(try database.attemptSummaries(problemId: otherId, limit: 5).map(\.id) == [newest.id])

        let summary = try #require(all.last)
        let oldestId = try #require(oldest.id)
        #expect(summary == AttemptSummary(
            id: oldestId, problemId: problemId, slug: "two-sum", title: "Title of two-sum",
            createdAt: t0, kind: .submit, language: "swift", verdict: .WA, passed: 2, total: 3,
            maxCpuMs: 12.5, maxMemoryKB: 4096, note: "first try"))
    }
}
