import Foundation
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
        #expect(stats.difficulties == ["easy", "medium", "hard"].map {
            DifficultyCount(difficulty: $0, added: 0, attempted: 0, solved: 0)
        })
        #expect(stats.attempts == 0)
        #expect(stats.verdicts.isEmpty)
        #expect(stats.activeDays.isEmpty)
        #expect(stats.tags.isEmpty)
        #expect(stats.recent.isEmpty)
    }

    /// easy `arrays` solved after a WA; medium `graph` attempted (TLE) plus a judge error;
    /// medium `broken` judge errors only; hard `hard-one` untouched.
    @Test func aggregatesOfAKnownHistory() throws {
        let arrays = try add("arrays", "easy", tags: ["array", "greedy"])
        let graph = try add("graph", "medium", tags: ["array", "graph"])
        let broken = try add("broken", "medium", tags: ["greedy"])
        _ = try add("hard-one", "hard", tags: ["math"])
        let t0 = Fixture.addedAt
        try record(arrays, "WA", at: t0)
        try record(arrays, "AC", at: t0.addingTimeInterval(1))
        try record(arrays, "AC", at: t0.addingTimeInterval(2))
        try record(graph, "TLE", at: t0.addingTimeInterval(3))
        try record(graph, "IE", at: t0.addingTimeInterval(4))
        try record(broken, "IE", at: t0.addingTimeInterval(5))

        let stats = try database.statistics(recentLimit: 2)

        #expect(stats.difficulties == [
            DifficultyCount(difficulty: "easy", added: 1, attempted: 1, solved: 1),
            DifficultyCount(difficulty: "medium", added: 2, attempted: 1, solved: 0),
            DifficultyCount(difficulty: "hard", added: 1, attempted: 0, solved: 0),
        ])
        #expect(stats.attempts == 4)
        #expect(stats.accepted == 2)
        #expect(stats.judgeErrors == 2)
        #expect(stats.verdicts == ["WA": 1, "AC": 2, "TLE": 1, "IE": 2])
        #expect(stats.tags == [
            TagCount(tag: "array", added: 2, attempted: 2, solved: 1),
            TagCount(tag: "graph", added: 1, attempted: 1, solved: 0),
            TagCount(tag: "greedy", added: 2, attempted: 1, solved: 1),
            TagCount(tag: "math", added: 1, attempted: 0, solved: 0),
        ])
        #expect(stats.recent.map(\.slug) == ["broken", "graph"])
        #expect(stats.recent.map(\.verdict) == ["IE", "IE"])
    }

    private func add(_ slug: String, _ difficulty: String, tags: [String]) throws -> Int64 {
        try #require(try database.addProblem(Fixture.problem(slug, difficulty: difficulty), tags: tags, testCases: []).id)
    }

    private func record(_ problemId: Int64, _ verdict: String, at date: Date) throws {
        _ = try database.recordAttempt(Fixture.attempt(problemId: problemId, verdict: verdict, at: date), outcomes: [])
    }
}

/// Active days are local days: these tests set the process's TZ, so they run one at a time,
/// and no other test depends on the local time zone.
@Suite("Active days in the local time zone", .serialized)
struct ActiveDaysTests {
    /// UTC times around the 2024 US daylight-saving switches (10 March and 3 November),
    /// and a judge error, which never makes a day active.
    static let history: [(utc: String, verdict: String)] = [
        ("2024-03-10 07:30:00", "WA"),  // 23:30 PST on 9 March
        ("2024-03-10 12:00:00", "AC"),  // 05:00 PDT on 10 March
        ("2024-11-03 08:30:00", "RE"),  // 01:30 PDT on 3 November
        ("2024-11-04 07:30:00", "WA"),  // 23:30 PST on 3 November
        ("2024-06-01 12:00:00", "IE"),
    ]

    @Test(arguments: [
        ("UTC0", ["2024-03-10", "2024-11-03", "2024-11-04"]),
        ("PST8PDT,M3.2.0,M11.1.0", ["2024-03-09", "2024-03-10", "2024-11-03"]),
        ("LINT-14", ["2024-03-10", "2024-03-11", "2024-11-03", "2024-11-04"]),
    ])
    func activeDaysFollowTZ(timeZone: String, expectedDays: [String]) throws {
        let database = try AppDatabase.inMemory()
        let problemId = try #require(try database.addProblem(Fixture.problem("p"), tags: [], testCases: []).id)
        for (utc, verdict) in Self.history {
            let date = try #require(Fixture.utc(utc))
            _ = try database.recordAttempt(Fixture.attempt(problemId: problemId, verdict: verdict, at: date), outcomes: [])
        }

        let days = try withTimeZone(timeZone) { try database.statistics().activeDays }

        #expect(days == expectedDays)
    }

    /// Runs `body` with the TZ environment variable set to `timeZone`, then restores it.
    /// The previous value is restored with setenv (never unsetenv, which would rewrite the
    /// environment under other threads); an unset TZ is equivalent to ":/etc/localtime".
    private func withTimeZone<T>(_ timeZone: String, _ body: () throws -> T) rethrows -> T {
        let previous = ProcessInfo.processInfo.environment["TZ"] ?? ":/etc/localtime"
        setenv("TZ", timeZone, 1)
        tzset()
        defer {
            setenv("TZ", previous, 1)
            tzset()
        }
        return try body()
    }
}
