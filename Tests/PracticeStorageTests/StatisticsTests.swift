import Foundation
import PracticeModel
import PracticeStorage
import Testing

@Suite("Statistics")
struct StatisticsTests {
    let database: AppDatabase

    init() throws {
        database = try AppDatabase.inMemory()
    }

    @Test func emptyDatabaseHasEveryDifficultyAndNoActivity() throws {
        let stats = try database.statistics()
        #expect(stats.difficulties == [Difficulty.easy, .medium, .hard].map {
            DifficultyCount(difficulty: $0, added: 0, attempted: 0, solved: 0)
        })
        #expect(stats.attempts == 0)
        #expect(stats.verdicts.isEmpty)
        #expect(stats.activity.isEmpty)
        #expect(stats.tags.isEmpty)
        #expect(stats.recent.isEmpty)
    }

    /// easy `arrays` solved after a WA; medium `graph` attempted (TLE) plus a judge error;
    /// medium `broken` judge errors only; hard `hard-one` untouched.
    @Test func aggregatesOfAKnownHistory() throws {
        let arrays = try add("arrays", .easy, tags: ["array", "greedy"])
        let graph = try add("graph", .medium, tags: ["array", "graph"])
        let broken = try add("broken", .medium, tags: ["greedy"])
        _ = try add("hard-one", .hard, tags: ["math"])
        let t0 = Fixture.addedAt
        try record(arrays, .WA, at: t0)
        try record(arrays, .AC, at: t0.addingTimeInterval(1))
        try record(arrays, .AC, at: t0.addingTimeInterval(2))
        try record(graph, .TLE, at: t0.addingTimeInterval(3))
        try record(graph, .IE, at: t0.addingTimeInterval(4))
        try record(broken, .IE, at: t0.addingTimeInterval(5))

        let stats = try database.statistics(recentLimit: 2)

        #expect(stats.difficulties == [
            DifficultyCount(difficulty: .easy, added: 1, attempted: 1, solved: 1),
            DifficultyCount(difficulty: .medium, added: 2, attempted: 1, solved: 0),
            DifficultyCount(difficulty: .hard, added: 1, attempted: 0, solved: 0),
        ])
        #expect(stats.attempts == 4)
        #expect(stats.accepted == 2)
        #expect(stats.judgeErrors == 2)
        #expect(stats.verdicts == ["WA": 1, "AC": 2, "TLE": 1, "IE": 2])
        #expect(stats.tags == [
            TagCount(tag: "array", added: 2, attempted: 2, solved: 1, verdicts: ["WA": 1, "AC": 2, "TLE": 1]),
            TagCount(tag: "graph", added: 1, attempted: 1, solved: 0, verdicts: ["TLE": 1]),
            TagCount(tag: "greedy", added: 2, attempted: 1, solved: 1, verdicts: ["WA": 1, "AC": 2]),
            TagCount(tag: "math", added: 1, attempted: 0, solved: 0),
        ])
        #expect(stats.recent.map(\.slug) == ["broken", "graph"])
        #expect(stats.recent.map(\.verdict) == [.IE, .IE])
    }

    private func add(_ slug: String, _ difficulty: Difficulty, tags: [String]) throws -> Int64 {
        try #require(try database.addProblem(Fixture.problem(slug, difficulty: difficulty), tags: tags, testCases: []).id)
    }

    private func record(_ problemId: Int64, _ verdict: Verdict, at date: Date) throws {
        _ = try database.recordAttempt(Fixture.attempt(problemId: problemId, verdict: verdict, at: date), outcomes: [])
    }
}
