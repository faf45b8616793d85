import Foundation
import GRDB
import PracticeModel
import PracticeStorage
import Testing

/// Statistics, review evidence and problem summaries read summary tables that triggers maintain. Here
/// every figure is recomputed from the raw attempt rows, in Swift, after inserts in any order (ties
/// included), rejudges, judge errors, a deleted problem (cascading to its attempts), deleted attempts
/// and updated attempts, for many windows and time zones.
@Suite("Summaries agree with the attempts")
struct SummaryTests {
    static let zones = ["UTC", "America/New_York", "Asia/Kathmandu", "Australia/Lord_Howe", "Pacific/Chatham"]
        .map { TimeZone(identifier: $0)! }
    static let languages = ["python", "c", "swift"]
    static let verdicts = ["AC", "AC", "AC", "WA", "WA", "TLE", "MLE", "OLE", "RE", "CE", "IE"]
    /// 2023-01-01 00:00:00 UTC, and three years after.
    static let start = 1_672_531_200.0, span = 3 * 365 * 86_400.0

    @Test func everyFigureMatchesARecountAfterEveryKindOfChange() throws {
        try withTemporaryDirectory { directory in
            let path = directory + "/practice.sqlite"
            let database = try AppDatabase.open(path: path)
            let raw = try DatabaseQueue(path: path)
            var random = SplitMix(seed: 2024)
            var problems: [Int64] = []
            for (index, (difficulty, tags)) in [("easy", ["array", "greedy"]), ("medium", ["array"]), ("hard", ["graph"]),
                                                ("medium", []), ("easy", ["greedy", "math"])].enumerated() {
                problems.append(try #require(try database.addProblem(
                    Fixture.problem("p\(index)", difficulty: Difficulty(rawValue: difficulty)!), tags: tags, testCases: []).id))
            }

            // Inserted in random time order, with ties, rejudges and judge errors.
            var times: [Date] = []
            for _ in 0..<500 {
                let time = times.isEmpty || random.next(100) >= 8 ? Self.randomTime(&random) : times[random.next(times.count)]
                times.append(time)
                try insert(database, &random, problem: problems[random.next(problems.count)], at: time)
            }
            try check(database, raw, &random, "after inserts")

            #expect(try database.deleteProblem(id: problems[1]))
            try check(database, raw, &random, "after deleting a problem")

            try raw.write { db in
                let ids = try Int64.fetchAll(db, sql: "SELECT id FROM attempt ORDER BY random() LIMIT 40")
                try db.execute(sql: "DELETE FROM attempt WHERE id IN (\(ids.map(String.init).joined(separator: ",")))")
            }
            try check(database, raw, &random, "after deleting attempts")

            try raw.write { db in
                for _ in 0..<60 {
                    let id = try #require(try Int64.fetchOne(db, sql: "SELECT id FROM attempt ORDER BY random() LIMIT 1"))
                    switch random.next(5) {
                    case 0: try db.execute(sql: "UPDATE attempt SET verdict = ? WHERE id = ?", arguments: [Self.verdicts[random.next(Self.verdicts.count)], id])
                    case 1: try db.execute(sql: "UPDATE attempt SET createdAt = ? WHERE id = ?", arguments: [Self.randomTime(&random), id])
                    case 2: try db.execute(sql: "UPDATE attempt SET problemId = ? WHERE id = ?",
                                           arguments: [[problems[0], problems[2], problems[3], problems[4]][random.next(4)], id])
                    case 3: try db.execute(sql: "UPDATE attempt SET kind = CASE kind WHEN 'submit' THEN 'rejudge' ELSE 'submit' END WHERE id = ?", arguments: [id])
                    default: try db.execute(sql: "UPDATE attempt SET language = ? WHERE id = ?", arguments: [Self.languages[random.next(3)], id])
                    }
                }
            }
            try check(database, raw, &random, "after updating attempts")

            // Newer than everything (the in-place path), some at the same instant.
            let newest = Date(timeIntervalSince1970: Self.start + Self.span + 3600)
            for index in 0..<30 {
                try insert(database, &random, problem: [problems[0], problems[2], problems[3], problems[4]][index % 4],
                           at: newest.addingTimeInterval(Double(index / 3) * 7200))
            }
            try check(database, raw, &random, "after appending attempts")
        }
    }

    private static func randomTime(_ random: inout SplitMix) -> Date {
        // Millisecond precision, as stored; a fifth exactly on a quarter hour (UTC and local midnights among them).
        let seconds = Self.start + Double(random.next(Int(Self.span * 1000))) / 1000
        return Date(timeIntervalSince1970: random.next(5) == 0 ? (seconds / 900).rounded(.down) * 900 : seconds)
    }

    private func insert(_ database: AppDatabase, _ random: inout SplitMix, problem: Int64, at time: Date) throws {
        var attempt = Fixture.attempt(problemId: problem, verdict: Verdict(rawValue: Self.verdicts[random.next(Self.verdicts.count)])!, at: time)
        attempt.language = Self.languages[random.next(Self.languages.count)]
        if random.next(10) == 0 { attempt.kind = .rejudge }
        _ = try database.recordAttempt(attempt, outcomes: [])
    }

    /// Compares every figure with a recount from the raw rows.
    private func check(_ database: AppDatabase, _ raw: DatabaseQueue, _ random: inout SplitMix, _ phase: String) throws {
        let history = try raw.read { db in try History(db) }
        #expect(try database.checkHealth().summaryMismatches.isEmpty, "\(phase)")

        var windows = [StatsWindow.all, StatsWindow(since: nil, until: Date(timeIntervalSince1970: Self.start + Self.span / 2))]
        for _ in 0..<4 {  // arbitrary instants, and a window inside one quarter hour
            let a = Self.randomTime(&random), b = Self.randomTime(&random)
            windows.append(StatsWindow(since: min(a, b), until: max(a, b)))
            windows.append(StatsWindow(since: a, until: a.addingTimeInterval(300)))
        }
        for zone in Self.zones {  // local days, as `stats --since/--until` asks
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            let day = calendar.startOfDay(for: Self.randomTime(&random))
            windows.append(StatsWindow(since: day, until: calendar.date(byAdding: .day, value: 100, to: day)))
            windows.append(StatsWindow(since: day, until: nil))
        }

        for window in windows {
            let zone = Self.zones[random.next(Self.zones.count)]
            let stats = try database.statistics(window: window, recentLimit: 7, localDaysIn: zone)
            let expected = history.snapshot(window, recentLimit: 7)
            let context = "\(phase), \(window), \(zone.identifier)"
            #expect(stats.verdicts == expected.verdicts, "\(context)")
            #expect(stats.attempts == expected.attempts && stats.accepted == expected.accepted
                    && stats.judgeErrors == expected.judgeErrors, "\(context)")
            #expect(stats.difficulties == expected.difficulties, "\(context)")
            #expect(stats.tags == expected.tags, "\(context)")
            #expect(stats.languages == expected.languages, "\(context)")
            #expect(stats.firstSolves == expected.firstSolves, "\(context)")
            #expect(stats.recent.map(\.id) == expected.recent.map(\.id), "\(context)")
            // One bucket per local day, with that day's judged and accepted attempts.
            let days = stats.activity.map { History.localDay($0.start, zone) }
            #expect(Set(days).count == days.count, "\(context)")
            let byDay = Dictionary(zip(days, stats.activity.map { [$0.attempts, $0.accepted] }), uniquingKeysWith: { a, _ in a })
            #expect(byDay == history.localDays(window, zone), "\(context)")
            // Without a zone: UTC quarter hours.
            #expect(try database.statistics(window: window).activity == history.quarters(window), "\(context)")
        }

        #expect(try database.reviewEvidence() == history.reviewEvidence(), "\(phase)")
        let summaries = try database.problemSummaries()
        #expect(summaries.map { [$0.attempts] } == summaries.map { [history.judged(problem: $0.problem.id!).count] }, "\(phase)")
        for summary in summaries {
            let judged = history.judged(problem: summary.problem.id!)
            #expect(summary.lastAttemptAt == judged.map(\.createdAt).max(), "\(phase)")
            #expect(summary.lastVerdict?.rawValue == judged.max { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }?.verdict, "\(phase)")
            #expect(summary.status == (judged.contains { $0.verdict == "AC" } ? .solved : judged.isEmpty ? .todo : .attempted), "\(phase)")
        }
    }
}

/// The raw rows, and every figure recounted from them the plain way.
private struct History {
    struct Attempt {
        var id: Int64, problemId: Int64, createdAt: Date, kind: String, language: String, verdict: String
    }

    let attempts: [Attempt]
    let problems: [(id: Int64, slug: String, title: String, difficulty: String)]
    /// (tag, problem id), by tag name.
    let tagged: [(String, Int64)]

    init(_ db: Database) throws {
        attempts = try Row.fetchAll(db, sql: "SELECT id, problemId, createdAt, kind, language, verdict FROM attempt").map { row in
            Attempt(id: row[0], problemId: row[1], createdAt: row[2], kind: row[3], language: row[4], verdict: row[5])
        }
        problems = try Row.fetchAll(db, sql: "SELECT id, slug, title, difficulty FROM problem ORDER BY id").map { row in
            (row[0], row[1], row[2], row[3])
        }
        tagged = try Row.fetchAll(db, sql: """
            SELECT tag.name, problemTag.problemId FROM tag JOIN problemTag ON problemTag.tagId = tag.id ORDER BY tag.name
            """).map { ($0[0], $0[1]) }
    }

    static func localDay(_ date: Date, _ zone: TimeZone) -> Int {
        Int(((date.timeIntervalSince1970 + Double(zone.secondsFromGMT(for: date))) / 86_400).rounded(.down))
    }

    func submissions(_ window: StatsWindow) -> [Attempt] {
        attempts.filter { $0.kind == "submit" && window.contains($0.createdAt) }
    }

    func judged(problem: Int64, window: StatsWindow = .all) -> [Attempt] {
        submissions(window).filter { $0.problemId == problem && $0.verdict != "IE" }
    }

    func localDays(_ window: StatsWindow, _ zone: TimeZone) -> [Int: [Int]] {
        var days: [Int: [Int]] = [:]
        for attempt in submissions(window) where attempt.verdict != "IE" {
            let day = Self.localDay(attempt.createdAt, zone)
            days[day] = [(days[day]?[0] ?? 0) + 1, (days[day]?[1] ?? 0) + (attempt.verdict == "AC" ? 1 : 0)]
        }
        return days
    }

    func quarters(_ window: StatsWindow) -> [ActivityBucket] {
        var quarters: [Double: (Int, Int)] = [:]
        for attempt in submissions(window) where attempt.verdict != "IE" {
            let start = (attempt.createdAt.timeIntervalSince1970 / 900).rounded(.down) * 900
            quarters[start] = ((quarters[start]?.0 ?? 0) + 1, (quarters[start]?.1 ?? 0) + (attempt.verdict == "AC" ? 1 : 0))
        }
        return quarters.sorted { $0.key < $1.key }.map {
            ActivityBucket(start: Date(timeIntervalSince1970: $0.key), attempts: $0.value.0, accepted: $0.value.1)
        }
    }

    func snapshot(_ window: StatsWindow, recentLimit: Int) -> StatsSnapshot {
        let submissions = submissions(window)
        let judged = submissions.filter { $0.verdict != "IE" }
        var verdicts: [String: Int] = [:]
        for attempt in submissions { verdicts[attempt.verdict, default: 0] += 1 }
        let attempted = Set(judged.map(\.problemId)), solved = Set(judged.filter { $0.verdict == "AC" }.map(\.problemId))
        let difficulties = ["easy", "medium", "hard"].map { difficulty in
            let ids = problems.filter { $0.difficulty == difficulty }.map(\.id)
            return DifficultyCount(difficulty: Difficulty(rawValue: difficulty)!, added: ids.count, attempted: ids.filter(attempted.contains).count,
                                   solved: ids.filter(solved.contains).count)
        }
        var tags: [TagCount] = []
        let names = tagged.map(\.0).reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }
        for name in names {
            let ids = Set(tagged.filter { $0.0 == name }.map(\.1))
            var tagVerdicts: [String: Int] = [:]
            for attempt in judged where ids.contains(attempt.problemId) { tagVerdicts[attempt.verdict, default: 0] += 1 }
            tags.append(TagCount(tag: name, added: ids.count, attempted: ids.filter(attempted.contains).count,
                                 solved: ids.filter(solved.contains).count, verdicts: tagVerdicts))
        }
        let languages = Dictionary(grouping: judged, by: \.language).map { language, attempts in
            LanguageCount(language: language, attempts: attempts.count, accepted: attempts.filter { $0.verdict == "AC" }.count,
                          solved: Set(attempts.filter { $0.verdict == "AC" }.map(\.problemId)).count)
        }.sorted { ($0.attempts, $1.language) > ($1.attempts, $0.language) }
        var firstSolves: [FirstSolve] = []
        for problem in problems {
            let all = self.judged(problem: problem.id)
            guard let solvedAt = all.filter({ $0.verdict == "AC" }).map(\.createdAt).min(), window.contains(solvedAt) else { continue }
            firstSolves.append(FirstSolve(problemId: problem.id, firstAttemptAt: all.map(\.createdAt).min()!, solvedAt: solvedAt,
                                          attempts: all.filter { $0.createdAt <= solvedAt }.count))
        }
        firstSolves.sort { ($0.solvedAt, $0.problemId) < ($1.solvedAt, $1.problemId) }
        let recent = attempts.filter { window.contains($0.createdAt) }
            .sorted { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) }.prefix(recentLimit).map { attempt in
                AttemptSummary(id: attempt.id, problemId: attempt.problemId, slug: "", title: "", createdAt: attempt.createdAt,
                               kind: AttemptKind(rawValue: attempt.kind)!, language: attempt.language, verdict: Verdict(rawValue: attempt.verdict)!, passed: 0, total: 0,
                               maxCpuMs: nil, maxMemoryKB: nil, note: nil)
            }
        return StatsSnapshot(difficulties: difficulties, attempts: judged.count, accepted: verdicts["AC", default: 0],
                             judgeErrors: verdicts["IE", default: 0], verdicts: verdicts, tags: tags, languages: languages,
                             activity: [], firstSolves: firstSolves, recent: Array(recent))
    }

    func reviewEvidence() -> [ReviewEvidence] {
        problems.compactMap { problem in
            let judged = self.judged(problem: problem.id)
            guard let last = judged.map(\.createdAt).max() else { return nil }
            let solves = judged.filter { $0.verdict == "AC" }.map(\.createdAt)
            let failures = judged.filter { $0.verdict != "AC" }
            let firstSolved = solves.min(), lastSolved = solves.max()
            let before = failures.filter { firstSolved == nil || $0.createdAt < firstSolved! }
            let formatter = DateFormatter()
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = "yyyy-MM-dd"
            return ReviewEvidence(
                problemId: problem.id, slug: problem.slug, title: problem.title, difficulty: Difficulty(rawValue: problem.difficulty)!,
                attempts: judged.count, lastAttemptAt: last, firstSolvedAt: firstSolved, lastSolvedAt: lastSolved,
                lastFailedAt: failures.map(\.createdAt).max(), solveDays: Set(solves.map(formatter.string)).count,
                failuresBeforeSolve: before.count,
                limitFailuresBeforeSolve: before.filter { ["TLE", "MLE", "OLE"].contains($0.verdict) }.count,
                failuresSinceSolve: lastSolved.map { solved in failures.filter { $0.createdAt > solved }.count } ?? 0)
        }
    }
}

/// A seeded generator, so that a failure replays.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A number in 0..<bound.
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
