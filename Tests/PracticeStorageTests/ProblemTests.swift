import Foundation
import PracticeModel
@testable import PracticeStorage
import Testing

@Suite("Problems")
struct ProblemTests {
    let database: AppDatabase

    init() throws {
        database = try AppDatabase.inMemory()
    }

    @Test func addProblemStoresTagsAndTestCases() throws {
        let saved = try database.addProblem(
            Fixture.problem("shortest-unsorted-subarray"),
            tags: ["stack", "array", "array"],
            testCases: [
                Fixture.testCase(origin: .user, input: "[1]\n"),
                Fixture.testCase(origin: .example, input: "[2,6,4,8,10,9,15]\n"),
            ])
        let id = try #require(saved.id)

        #expect(try database.problem(id: id) == saved)
        #expect(try database.problem(slug: "shortest-unsorted-subarray") == saved)
        #expect(try database.tags(problemId: id) == ["array", "stack"])
        let testCases = try database.testCases(problemId: id)
        #expect(testCases.map(\.input) == ["[2,6,4,8,10,9,15]\n", "[1]\n"])
        #expect(testCases.allSatisfy { $0.problemId == id && $0.id != nil })
    }

    @Test func unknownProblemIsNil() throws {
        #expect(try database.problem(slug: "missing") == nil)
        #expect(try database.problem(id: 42) == nil)
    }

    @Test func tagsAreSharedBetweenProblems() throws {
        let first = try database.addProblem(Fixture.problem("first"), tags: ["array"], testCases: [])
        let second = try database.addProblem(Fixture.problem("second"), tags: ["array", "greedy"], testCases: [])
        let firstId = try #require(first.id)
        let secondId = try #require(second.id)
        #expect(try database.tags(problemId: firstId) == ["array"])
        #expect(try database.tags(problemId: secondId) == ["array", "greedy"])
        #expect(try database.statistics().tags.map(\.tag) == ["array", "greedy"])
    }

    @Test func duplicateSlugIsRefusedAndAddsNothing() throws {
        _ = try database.addProblem(Fixture.problem("two-sum"), tags: ["array"], testCases: [])

        #expect(throws: StorageError.problemExists("two-sum")) {
            try database.addProblem(
                Fixture.problem("two-sum"),
                tags: ["hash-table"],
                testCases: [Fixture.testCase(origin: .example, input: "[1]\n")])
        }
        let summaries = try database.problemSummaries()
        #expect(summaries.count == 1)
        #expect(summaries.first?.tags == ["array"])
        #expect(try database.statistics().tags.map(\.tag) == ["array"])
    }

    @Test func invalidDifficultyIsADatabaseError() throws {
        let error = #expect(throws: StorageError.self) {
            // A typed record cannot hold an unknown difficulty: write the row as a newer or broken program might.
            try database.addProblem(Fixture.problem("odd"), tags: [], testCases: [])
            try database.write { db in try db.execute(sql: "UPDATE problem SET difficulty = 'legendary' WHERE slug = 'odd'") }
        }
        guard case .database(let message)? = error else {
            Issue.record("unexpected error \(String(describing: error))")
            return
        }
        #expect(message.contains("CHECK constraint failed"))
    }

    @Test func summariesAreOrderedByAddedAtThenId() throws {
        let later = Fixture.addedAt.addingTimeInterval(60)
        _ = try database.addProblem(Fixture.problem("c", addedAt: later), tags: [], testCases: [])
        _ = try database.addProblem(Fixture.problem("a", addedAt: later), tags: [], testCases: [])
        _ = try database.addProblem(Fixture.problem("b"), tags: [], testCases: [])

        #expect(try database.problemSummaries().map(\.problem.slug) == ["b", "c", "a"])
    }

    @Test func summariesCarryStatusAndLastJudgedAttempt() throws {
        let solved = try database.addProblem(Fixture.problem("solved"), tags: ["array"], testCases: [])
        let attempted = try database.addProblem(Fixture.problem("attempted"), tags: ["array", "math"], testCases: [])
        let judgeErrorOnly = try database.addProblem(Fixture.problem("judge-error-only"), tags: ["math"], testCases: [])
        _ = try database.addProblem(Fixture.problem("untouched"), tags: [], testCases: [])
        let t0 = Fixture.addedAt.addingTimeInterval(1000)
        try record(solved, .WA, at: t0)
        try record(solved, .AC, at: t0.addingTimeInterval(10))
        try record(solved, .WA, at: t0.addingTimeInterval(20))
        try record(attempted, .TLE, at: t0)
        try record(attempted, .IE, at: t0.addingTimeInterval(30))
        try record(judgeErrorOnly, .IE, at: t0)

        let summaries = Dictionary(uniqueKeysWithValues: try database.problemSummaries().map { ($0.problem.slug, $0) })

        #expect(summaries["solved"]?.status == .solved)
        #expect(summaries["solved"]?.attempts == 3)
        #expect(summaries["solved"]?.lastVerdict == .WA)
        #expect(summaries["solved"]?.lastAttemptAt == t0.addingTimeInterval(20))
        #expect(summaries["attempted"]?.status == .attempted)
        #expect(summaries["attempted"]?.attempts == 1)
        #expect(summaries["attempted"]?.lastVerdict == .TLE)
        #expect(summaries["attempted"]?.tags == ["array", "math"])
        #expect(summaries["judge-error-only"]?.status == ProblemStatus.todo)
        #expect(summaries["judge-error-only"]?.attempts == 0)
        #expect(summaries["judge-error-only"]?.lastAttemptAt == nil)
        #expect(summaries["untouched"]?.status == ProblemStatus.todo)
        #expect(summaries["untouched"]?.lastVerdict == nil)

        // One problem's summary is the same as its row in the list; the plain list has every problem.
        for problem in [solved, attempted, judgeErrorOnly] {
            let id = try #require(problem.id)
            #expect(try database.problemSummary(id: id) == summaries[problem.slug])
        }
        #expect(try database.problemSummary(id: 9_999) == nil)
        #expect(try database.problems().map(\.slug) == ["solved", "attempted", "judge-error-only", "untouched"])
    }

    @Test func summariesFilterByTagAndStatus() throws {
        let solved = try database.addProblem(Fixture.problem("solved"), tags: ["array"], testCases: [])
        let attempted = try database.addProblem(Fixture.problem("attempted"), tags: ["array", "math"], testCases: [])
        _ = try database.addProblem(Fixture.problem("untouched"), tags: ["math"], testCases: [])
        try record(solved, .AC, at: Fixture.addedAt)
        try record(attempted, .WA, at: Fixture.addedAt)

        #expect(try database.problemSummaries(tag: "array").map(\.problem.slug) == ["solved", "attempted"])
        #expect(try database.problemSummaries(status: .todo).map(\.problem.slug) == ["untouched"])
        #expect(try database.problemSummaries(tag: "math", status: .attempted).map(\.problem.slug) == ["attempted"])
        #expect(try database.problemSummaries(tag: "graphs").isEmpty)
    }

    @Test func deletingAProblemDeletesEverythingItOwns() throws {
        let doomed = try database.addProblem(
            Fixture.problem("doomed"), tags: ["array"],
            testCases: [Fixture.testCase(origin: .example, input: "[1]\n")])
        let kept = try database.addProblem(
            Fixture.problem("kept"), tags: ["array"],
            testCases: [Fixture.testCase(origin: .example, input: "[2]\n")])
        let doomedId = try #require(doomed.id)
        let keptId = try #require(kept.id)
        let key = RandomTestKey(seed: 1, size: 10)
        try database.cacheExpected(problemId: doomedId, referenceVersion: "ref-1", [key: "0"])
        try database.cacheExpected(problemId: keptId, referenceVersion: "ref-1", [key: "1"])
        let doomedAttempt = try database.recordAttempt(
            Fixture.attempt(problemId: doomedId, verdict: .AC), outcomes: [Fixture.outcome(ordinal: 0)])
        let keptAttempt = try database.recordAttempt(
            Fixture.attempt(problemId: keptId, verdict: .AC), outcomes: [Fixture.outcome(ordinal: 0)])

        let doomedAttemptId = try #require(doomedAttempt.id)
        let keptAttemptId = try #require(keptAttempt.id)

        #expect(try database.deleteProblem(id: doomedId))
        #expect(try !database.deleteProblem(id: doomedId))

        #expect(try database.problem(id: doomedId) == nil)
        #expect(try database.tags(problemId: doomedId).isEmpty)
        #expect(try database.testCases(problemId: doomedId).isEmpty)
        #expect(try database.cachedExpected(problemId: doomedId, referenceVersion: "ref-1", keys: [key]).isEmpty)
        #expect(try database.attempt(id: doomedAttemptId) == nil)
        #expect(try database.outcomes(attemptId: doomedAttemptId).isEmpty)

        #expect(try database.tags(problemId: keptId) == ["array"])
        #expect(try database.testCases(problemId: keptId).count == 1)
        #expect(try database.cachedExpected(problemId: keptId, referenceVersion: "ref-1", keys: [key]) == [key: "1"])
        #expect(try database.outcomes(attemptId: keptAttemptId).count == 1)
    }

    private func record(_ problem: ProblemRecord, _ verdict: Verdict, at date: Date) throws {
        let problemId = try #require(problem.id)
        _ = try database.recordAttempt(Fixture.attempt(problemId: problemId, verdict: verdict, at: date), outcomes: [])
    }
}
