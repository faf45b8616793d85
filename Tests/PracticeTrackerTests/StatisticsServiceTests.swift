import Foundation
import PracticeTracker
import PracticeStorage
import Testing
import PracticeModel

/// A history with known answers in New York, across the 2024 spring daylight-saving switch
/// (10 March, 02:00 EST -> 03:00 EDT) and around local midnight; every figure is checked.
@Suite("Statistics in a time zone")
struct StatisticsServiceTests {
    static let newYork = TimeZone(identifier: "America/New_York")!
    /// 2024-03-12 11:00 EDT.
    static let now = utc("2024-03-12 15:00:00")

    let practice: Practice

    init() throws {
        practice = Practice(database: try AppDatabase.inMemory())
        let database = practice.database
        let arrays = try StatsFixture.add(database, "arrays", .easy, tags: ["array", "greedy"])
        let graph = try StatsFixture.add(database, "graph", .medium, tags: ["array", "graph"])
        let dp = try StatsFixture.add(database, "dp", .hard, tags: ["dp"])
        _ = try StatsFixture.add(database, "untouched", .easy, tags: ["math"])
        let history: [(Int64, String, String, String)] = [
            (arrays, "WA", "python", "2024-03-08 04:30:00"),  // 7 March 23:30 EST
            (arrays, "AC", "python", "2024-03-08 05:30:00"),  // 8 March 00:30 EST: first solve, 2 attempts, 1 h
            (graph, "TLE", "c", "2024-03-09 12:00:00"),       // 9 March 07:00 EST
            (graph, "IE", "c", "2024-03-09 13:00:00"),        // a judge error: never counted
            (graph, "WA", "c", "2024-03-10 06:30:00"),        // 10 March 01:30 EST, before the switch
            (graph, "AC", "cpp", "2024-03-10 07:30:00"),      // 10 March 03:30 EDT: first solve, 3 attempts, 19.5 h
            (dp, "RE", "python", "2024-03-11 03:59:00"),      // 10 March 23:59 EDT
            (dp, "WA", "python", "2024-03-11 04:00:00"),      // 11 March 00:00 EDT
            (arrays, "AC", "python", "2024-03-12 14:00:00"),  // 12 March 10:00 EDT, today
        ]
        for (problemId, verdict, language, time) in history {
            _ = try database.recordAttempt(StatsFixture.attempt(problemId, Verdict(rawValue: verdict)!, language: language, at: Self.utc(time)), outcomes: [])
        }
    }

    @Test func everyFigureOfTheWholeHistory() throws {
        let stats = try practice.stats(period: StatsPeriod(timeZone: Self.newYork), now: Self.now)

        #expect(stats.today == "2024-03-12")
        #expect(stats.timeZone == "America/New_York")
        let totals: [Int] = [stats.totals.added, stats.totals.attempted, stats.totals.solved, stats.totals.todo]
        #expect(totals == [4, 3, 2, 1])
        let difficulties: [[Int]] = stats.difficulties.map { [$0.added, $0.attempted, $0.solved, $0.todo] }
        #expect(difficulties == [[2, 1, 1, 1], [1, 1, 1, 0], [1, 1, 0, 0]])
        #expect(stats.attempts == 8 && stats.accepted == 3 && stats.judgeErrors == 1)
        #expect(stats.acceptanceRate == 3.0 / 8.0)
        #expect(stats.verdicts == ["WA": 3, "AC": 3, "TLE": 1, "RE": 1, "IE": 1])
        #expect(stats.weeks.map(\.start) == ["2024-03-04", "2024-03-11"])
        #expect(stats.weeks.map(\.attempts) == [6, 2])
        #expect(stats.weeks.map(\.accepted) == [2, 1])
        #expect(stats.weeks.map(\.acceptanceRate) == [2.0 / 6.0, 0.5])
        // Local days 7, 8, 9, 10, 11 and 12 March; in UTC there would be five, from the 8th.
        #expect(stats.activeDays == 6)
        #expect(stats.currentStreak == 6 && stats.longestStreak == 6)
        // First solves on 8 and 10 March: no current run two days later.
        #expect(stats.currentSolveStreak == 0 && stats.longestSolveStreak == 1)
        #expect(stats.solvedOverTime.map(\.day) == ["2024-03-08", "2024-03-10"])
        #expect(stats.solvedOverTime.map(\.solved) == [1, 2])
        #expect(stats.firstSolves == 2)
        #expect(stats.medianAttemptsToFirstAC == 2.5)
        #expect(abs(try #require(stats.medianSecondsToFirstAC) - (3600 + 70_200) / 2) < 0.01)
        #expect(stats.calendar.firstDay == "2023-03-13" && stats.calendar.lastDay == "2024-03-12")
        #expect(stats.calendar.days.map(\.day) == ["2024-03-07", "2024-03-08", "2024-03-09", "2024-03-10", "2024-03-11", "2024-03-12"])
        #expect(stats.calendar.days.map(\.attempts) == [1, 1, 1, 3, 1, 1])
        #expect(stats.calendar.days.map(\.accepted) == [0, 1, 0, 1, 0, 1])
        // Weakest first: dp (nothing solved), then by acceptance graph 1/3, array 3/6, greedy 2/3; math never tried.
        #expect(stats.tags.map(\.tag) == ["dp", "graph", "array", "greedy", "math"])
        let array = try #require(stats.tags.first { $0.tag == "array" })
        let arrayCounts: [Int] = [array.added, array.attempted, array.solved, array.attempts]
        #expect(arrayCounts == [2, 2, 2, 6])
        #expect(array.verdicts == ["AC": 3, "WA": 2, "TLE": 1])
        #expect(array.wrongAnswerShare == 2.0 / 6.0 && array.timeLimitShare == 1.0 / 6.0 && array.runtimeErrorShare == 0)
        #expect(stats.tags.last?.wrongAnswerShare == nil)
        #expect(stats.languages == [
            LanguageCount(language: "python", attempts: 5, accepted: 2, solved: 1),
            LanguageCount(language: "c", attempts: 2, accepted: 0, solved: 0),
            LanguageCount(language: "cpp", attempts: 1, accepted: 1, solved: 1),
        ])
        #expect(stats.recent.count == 9)
    }

    @Test func utcCountsOtherDays() throws {
        let stats = try practice.stats(period: StatsPeriod(timeZone: TimeZone(identifier: "UTC")!), now: Self.now)
        #expect(stats.calendar.days.map(\.day) == ["2024-03-08", "2024-03-09", "2024-03-10", "2024-03-11", "2024-03-12"])
        #expect(stats.activeDays == 5 && stats.currentStreak == 5)
        #expect(stats.weeks.map(\.attempts) == [5, 3])
    }

    /// The day of the switch has 23 hours: 05:00 UTC to 04:00 UTC the next day.
    @Test func aWindowOfTheDaylightSavingDay() throws {
        let period = try StatsPeriod(since: "2024-03-10", until: "2024-03-10", timeZone: Self.newYork)
        let stats = try practice.stats(period: period, now: Self.now)

        #expect(stats.attempts == 3 && stats.accepted == 1)
        #expect(stats.verdicts == ["WA": 1, "AC": 1, "RE": 1])
        let difficulties: [[Int]] = stats.difficulties.map { [$0.added, $0.attempted, $0.solved] }
        #expect(difficulties == [[2, 0, 0], [1, 1, 1], [1, 1, 0]])
        #expect(stats.firstSolves == 1 && stats.medianAttemptsToFirstAC == 3)
        #expect(stats.activeDays == 1 && stats.calendar.lastDay == "2024-03-10")
        #expect(stats.languages.map(\.language) == ["c", "cpp", "python"])  // one attempt each: by name
        #expect(stats.since == "2024-03-10" && stats.until == "2024-03-10")
    }

    /// Kathmandu is UTC+05:45: 18:14 UTC is 23:59 there, 18:15 UTC already the next day.
    @Test func quarterHourZonesSplitDaysExactly() throws {
        let practice = Practice(database: try AppDatabase.inMemory())
        let problem = try StatsFixture.add(practice.database, "p", .easy, tags: [])
        for time in ["2024-06-01 18:14:59", "2024-06-01 18:15:00"] {
            _ = try practice.database.recordAttempt(StatsFixture.attempt(problem, .WA, at: Self.utc(time)), outcomes: [])
        }
        let kathmandu = try StatsPeriod(timeZone: #require(TimeZone(identifier: "Asia/Kathmandu")))
        let stats = try practice.stats(period: kathmandu, now: Self.utc("2024-06-02 12:00:00"))
        #expect(stats.calendar.days.map(\.day) == ["2024-06-01", "2024-06-02"])
        #expect(stats.currentStreak == 2)
    }

    @Test func badWindowsAreRefused() {
        #expect(throws: ServiceError.self) { try StatsPeriod(since: "2024-02-30") }
        #expect(throws: ServiceError.self) { try StatsPeriod(until: "yesterday") }
        #expect(throws: ServiceError.self) { try StatsPeriod(since: "2024-03-02", until: "2024-03-01") }
    }

    @Test func dayArithmetic() {
        for number in [-719_468, -1, 0, 59, 11_016, 19_782, 2_932_896] {
            #expect(Streaks.dayNumber(Streaks.day(number)) == number)
        }
        #expect(Streaks.day(19_792) == "2024-03-10")
        #expect(Streaks.weekStart(19_792) == 19_786)  // Sunday 10 March -> Monday 4 March
        #expect(Streaks.weekStart(19_786) == 19_786)
    }

    static func utc(_ text: String) -> Date {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.date(from: text)!
    }
}

/// Records for the statistics and review tests.
enum StatsFixture {
    /// Adds a problem with tags and returns its id.
    static func add(_ database: AppDatabase, _ slug: String, _ difficulty: Difficulty, tags: [String]) throws -> Int64 {
        let record = ProblemRecord(
            slug: slug, number: nil, title: "Title of \(slug)", difficulty: difficulty, statement: "Solve it.",
            sourceURL: nil, origin: .catalog, timeLimitMs: 2000, memoryLimitMB: 256, checker: "json",
            referenceVersion: "1", addedAt: Date(timeIntervalSince1970: 1_700_000_000))
        return try #require(try database.addProblem(record, tags: tags, testCases: []).id)
    }

    /// A judged attempt with plausible figures.
    static func attempt(_ problemId: Int64, _ verdict: Verdict, language: String = "python", at date: Date) -> AttemptRecord {
        AttemptRecord(
            problemId: problemId, createdAt: date, language: language, fileName: "main.py", source: "print(0)",
            sourceSHA256: String(repeating: "a", count: 64), command: "python3 main.py", verdict: verdict,
            passed: verdict == .AC ? 3 : 1, total: 3, maxCpuMs: 10, maxWallMs: 12, maxMemoryKB: 1024, seed: 1,
            randomCount: 1, referenceVersion: "1", timeLimitMs: 2000, memoryLimitMB: 256, note: nil)
    }
}
