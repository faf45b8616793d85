import Foundation
import GRDB
import PracticeModel
import PracticeStorage
import Testing

/// The aggregates statistics read, checked against counts taken from the raw attempt table.
@Suite("Statistics aggregates")
struct StatisticsAggregateTests {
    let database: AppDatabase
    let arrays: Int64
    let graph: Int64

    /// arrays: WA (python) 10:07, AC (python) 10:14:59.999, AC (swift) next day;
    /// graph: IE, then TLE (swift) and WA (python) on the third day.
    init() throws {
        database = try AppDatabase.inMemory()
        arrays = try #require(try database.addProblem(Fixture.problem("arrays", difficulty: .easy), tags: ["array"], testCases: []).id)
        graph = try #require(try database.addProblem(Fixture.problem("graph", difficulty: .hard), tags: ["array", "graph"], testCases: []).id)
        for (problem, verdict, language, time) in [
            (arrays, Verdict.WA, "python", "2024-05-01 10:07:00"), (arrays, Verdict.AC, "python", "2024-05-01 10:14:59"),
            (arrays, Verdict.AC, "swift", "2024-05-02 23:59:59"), (graph, Verdict.IE, "swift", "2024-05-03 00:00:00"),
            (graph, Verdict.TLE, "swift", "2024-05-03 00:15:00"), (graph, Verdict.WA, "python", "2024-05-03 08:00:00"),
        ] {
            var attempt = Fixture.attempt(problemId: problem, verdict: verdict, at: try #require(Fixture.utc(time)))
            attempt.language = language
            _ = try database.recordAttempt(attempt, outcomes: [])
        }
    }

    @Test func quarterHourBucketsFirstSolvesLanguagesAndTagVerdicts() throws {
        let stats = try database.statistics()

        #expect(stats.activity == [
            ActivityBucket(start: try #require(Fixture.utc("2024-05-01 10:00:00")), attempts: 2, accepted: 1),
            ActivityBucket(start: try #require(Fixture.utc("2024-05-02 23:45:00")), attempts: 1, accepted: 1),
            ActivityBucket(start: try #require(Fixture.utc("2024-05-03 00:15:00")), attempts: 1, accepted: 0),
            ActivityBucket(start: try #require(Fixture.utc("2024-05-03 08:00:00")), attempts: 1, accepted: 0),
        ])
        #expect(stats.firstSolves == [FirstSolve(problemId: arrays, firstAttemptAt: try #require(Fixture.utc("2024-05-01 10:07:00")),
                                                 solvedAt: try #require(Fixture.utc("2024-05-01 10:14:59")), attempts: 2)])
        #expect(stats.languages == [
            LanguageCount(language: "python", attempts: 3, accepted: 1, solved: 1),
            LanguageCount(language: "swift", attempts: 2, accepted: 1, solved: 1),
        ])
        #expect(stats.tags == [
            TagCount(tag: "array", added: 2, attempted: 2, solved: 1, verdicts: ["WA": 2, "AC": 2, "TLE": 1]),
            TagCount(tag: "graph", added: 1, attempted: 1, solved: 0, verdicts: ["TLE": 1, "WA": 1]),
        ])
    }

    /// Every figure agrees with a direct count over the attempt table, whatever the window.
    @Test(arguments: [
        (nil, nil), ("2024-05-01 10:14:59", nil), (nil, "2024-05-03 00:15:00"), ("2024-05-02 00:00:00", "2024-05-03 00:00:01"),
    ] as [(String?, String?)])
    func figuresAgreeWithTheRawTable(since: String?, until: String?) throws {
        let window = StatsWindow(since: since.flatMap(Fixture.utc), until: until.flatMap(Fixture.utc))
        let stats = try database.statistics(window: window)
        let attempts = try database.attemptSummaries().filter { window.contains($0.createdAt) }
        #expect(stats.attempts == attempts.filter { $0.verdict != .IE }.count)
        #expect(stats.accepted == attempts.filter { $0.verdict == .AC }.count)
        #expect(stats.judgeErrors == attempts.filter { $0.verdict == .IE }.count)
        #expect(stats.activity.map(\.attempts).reduce(0, +) == stats.attempts)
        #expect(stats.activity.map(\.accepted).reduce(0, +) == stats.accepted)
        #expect(stats.languages.map(\.attempts).reduce(0, +) == stats.attempts)
        let judged = attempts.filter { $0.verdict != .IE }
        #expect(stats.difficulties.map(\.attempted).reduce(0, +) == Set(judged.map(\.problemId)).count)
        #expect(stats.difficulties.map(\.solved).reduce(0, +) == Set(judged.filter { $0.verdict == .AC }.map(\.problemId)).count)
        #expect(stats.difficulties.map(\.added) == [1, 0, 1])
    }

    @Test func reviewEvidenceOfEachProblem() throws {
        let evidence = try database.reviewEvidence()
        #expect(evidence.map(\.slug) == ["arrays", "graph"])
        let solved = evidence[0], unsolved = evidence[1]
        #expect(solved.attempts == 3 && solved.solveDays == 2 && solved.failuresBeforeSolve == 1)
        #expect(solved.limitFailuresBeforeSolve == 0 && solved.failuresSinceSolve == 0)
        #expect(solved.firstSolvedAt == Fixture.utc("2024-05-01 10:14:59") && solved.lastSolvedAt == Fixture.utc("2024-05-02 23:59:59"))
        #expect(solved.lastFailedAt == Fixture.utc("2024-05-01 10:07:00"))
        #expect(unsolved.attempts == 2 && unsolved.solveDays == 0 && unsolved.failuresBeforeSolve == 2)
        #expect(unsolved.limitFailuresBeforeSolve == 1 && unsolved.firstSolvedAt == nil)
        #expect(unsolved.lastAttemptAt == Fixture.utc("2024-05-03 08:00:00"))
    }
}
