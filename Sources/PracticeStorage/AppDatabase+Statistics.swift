import Foundation
import GRDB
import PracticeModel

// MARK: - Statistics

extension AppDatabase {
    /// Progress aggregates of the attempts in `window`, computed from one consistent snapshot.
    ///
    /// They come from the summary tables that triggers keep up to date (`0007_statistics_summaries.sql`):
    /// the whole history reads only summaries, whose size grows with problems, languages and calendar
    /// time (quarter hours, days), never with the number of attempts; a window reads the summaries of
    /// its whole UTC days and quarter hours, and the attempt table only for the partial ones at its ends.
    /// - Parameters:
    ///   - window: the attempts counted; problems are counted as added whatever the window.
    ///   - recentLimit: how many of the newest attempts of the window to include in `recent`.
    ///   - timeZone: when given, `activity` has one bucket per local day of this zone instead of one
    ///     per quarter hour (see `StatsSnapshot.activity`).
    public func statistics(window: StatsWindow = .all, recentLimit: Int = 10,
                           localDaysIn timeZone: TimeZone? = nil) throws(StorageError) -> StatsSnapshot {
        try read { db in
            let counts = try Self.attemptCounts(db, window)
            let problems = try Row.fetchAll(db, sql: "SELECT id, difficulty FROM problem").map { row in
                (id: row[0] as Int64, difficulty: row[1] as Difficulty)
            }
            let tagged = try Row.fetchAll(db, sql: """
                SELECT tag.name, problemTag.problemId FROM tag JOIN problemTag ON problemTag.tagId = tag.id
                ORDER BY tag.name, problemTag.problemId
                """).map { row in (tag: row[0] as String, problemId: row[1] as Int64) }
            let aggregates = WindowCounts(counts)
            return StatsSnapshot(
                difficulties: aggregates.difficulties(problems, order: Self.difficulties),
                attempts: aggregates.total.judged,
                accepted: aggregates.total[.accepted],
                judgeErrors: aggregates.total[.judgeError],
                verdicts: aggregates.total.dictionary(includingJudgeErrors: true),
                tags: aggregates.tags(tagged),
                languages: aggregates.languages(),
                activity: try Self.activity(db, window, localDaysIn: timeZone),
                firstSolves: try Self.firstSolves(db, window),
                recent: try Self.attemptSummaries(db, problemId: nil, limit: recentLimit, window: window))
        }
    }

    /// The difficulties, in the order statistics list them.
    private static let difficulties = Difficulty.allCases

    /// `column` inside `[since, until)`, to AND into a WHERE clause (`1` when both ends are open).
    static func within(since: (some SQLExpressible)?, until: (some SQLExpressible)?, column: String = "createdAt") -> SQL {
        var conditions: [SQL] = []
        if let since { conditions.append("\(sql: column) >= \(since)") }
        if let until { conditions.append("\(sql: column) < \(until)") }
        return conditions.isEmpty ? "1" : conditions.joined(separator: " AND ")
    }

    /// The verdict-count columns of the summary tables, in `VerdictCounts` order.
    private static let countColumns = VerdictCounts.verdicts.map { $0.rawValue.lowercased() }.joined(separator: ", ")

    /// The same counts for one attempt row of the attempt table (each 0 or 1).
    private static let attemptCountColumns = VerdictCounts.verdicts
        .map { "verdict = '\($0.rawValue)' AS \($0.rawValue.lowercased())" }.joined(separator: ", ")

    /// Judged-submission counts per problem and language in the window.
    private static func attemptCounts(_ db: Database, _ window: StatsWindow) throws -> [ProblemLanguageCounts] {
        let request: SQL
        if window.since == nil && window.until == nil {
            request = "SELECT problemId, language, \(sql: countColumns) FROM attemptCount"
        } else {
            // Whole UTC days from the day summary, the partial days at either end from the attempts.
            let split = window.split(unit: 86_400)
            var parts: [SQL] = []
            if let inner = split.inner {
                parts.append("""
                    SELECT problemId, language, \(sql: countColumns) FROM attemptDayCount
                    WHERE \(within(since: inner.lower, until: inner.upper, column: "day"))
                    """)
            }
            for edge in split.edges {
                parts.append("""
                    SELECT problemId, language, \(sql: attemptCountColumns) FROM attempt
                    WHERE kind = 'submit' AND \(within(since: edge.since, until: edge.until))
                    """)
            }
            let sums = countColumns.split(separator: ",").map { "SUM(\($0.trimmingCharacters(in: .whitespaces)))" }
                .joined(separator: ", ")
            request = """
                SELECT problemId, language, \(sql: sums)
                FROM (\(parts.joined(separator: " UNION ALL ")))
                GROUP BY problemId, language
                """
        }
        return try SQLRequest<Row>(literal: request).fetchAll(db).map { row in
            ProblemLanguageCounts(problemId: row[0], language: row[1],
                                  counts: VerdictCounts((2..<10).map { row[$0] as Int }))
        }
    }

    /// Judged attempts per UTC quarter hour, or per local day of `timeZone`, from the quarter-hour
    /// summary (and the attempts of the partial quarter hours at the window's ends).
    private static func activity(_ db: Database, _ window: StatsWindow, localDaysIn timeZone: TimeZone?) throws -> [ActivityBucket] {
        let split = window.split(unit: 900)
        var edges: [QuarterCount] = []
        for edge in split.edges {
            edges += try SQLRequest<Row>(literal: """
                SELECT \(sql: quarterStartSQL) AS start, COUNT(*), SUM(verdict = 'AC') FROM attempt
                WHERE kind = 'submit' AND verdict <> 'IE' AND \(within(since: edge.since, until: edge.until))
                GROUP BY start
                """).fetchAll(db).map { row in QuarterCount(start: row[0], attempts: row[1], accepted: row[2]) }
        }
        let inner = split.inner.map { QuarterRange(lower: $0.lower, upper: $0.upper) }
        guard let timeZone else {
            var quarters = edges
            if let inner {
                quarters += try SQLRequest<Row>(literal: """
                    SELECT day * 86400 + quarter * 900, attempts, accepted FROM attemptQuarterCount
                    WHERE \(inner.condition) ORDER BY day, quarter
                    """).fetchAll(db).map { row in QuarterCount(start: row[0], attempts: row[1], accepted: row[2]) }
            }
            return quarters.sorted { $0.start < $1.start }.map(\.bucket)
        }

        // Local days: the quarter hours of each span of constant UTC offset split each UTC day in two at
        // the local midnight, so one streaming GROUP BY day per span does it (no sort, one comparison a row).
        var starts = edges.map(\.start)
        if let inner {
            for order: SQL in ["ASC", "DESC"] {
                if let start = try SQLRequest<Int64>(literal: """
                    SELECT day * 86400 + quarter * 900 FROM attemptQuarterCount WHERE \(inner.condition)
                    ORDER BY day \(order), quarter \(order) LIMIT 1
                    """).fetchOne(db) { starts.append(start) }
            }
        }
        guard let first = starts.min(), let last = starts.max() else { return [] }
        let offsets = UTCOffsets(timeZone, from: first, through: last)
        var days = LocalDayBuckets()
        for quarter in edges {
            days.add(key: floorDivide(quarter.start + Int64(offsets.offset(at: quarter.start)), 86_400), quarter)
        }
        if let inner {
            var parts: [SQL] = []
            for segment in offsets.segments() {
                guard let range = inner.intersection(lower: segment.from, upper: segment.until) else { continue }
                let split = LocalMidnight(offset: segment.offset)
                parts.append("""
                    SELECT day, \(split.lowCarry), MIN(quarter), SUM(attempts), SUM(accepted),
                           MIN(CASE WHEN quarter >= \(split.quarter) THEN quarter END),
                           SUM(CASE WHEN quarter >= \(split.quarter) THEN attempts ELSE 0 END),
                           SUM(CASE WHEN quarter >= \(split.quarter) THEN accepted ELSE 0 END)
                    FROM attemptQuarterCount WHERE \(range.condition) GROUP BY day
                    """)
            }
            if !parts.isEmpty {
                for row in try SQLRequest<Row>(literal: parts.joined(separator: " UNION ALL ")).fetchAll(db) {
                    let day: Int64 = row[0], lowCarry: Int64 = row[1]
                    let attempts: Int = row[3], accepted: Int = row[4]
                    let highAttempts: Int = row[6], highAccepted: Int = row[7]
                    if attempts > highAttempts {
                        days.add(key: day + lowCarry, QuarterCount(start: day * 86_400 + (row[2] as Int64) * 900,
                                                                   attempts: attempts - highAttempts, accepted: accepted - highAccepted))
                    }
                    if highAttempts > 0 {
                        days.add(key: day + lowCarry + 1, QuarterCount(start: day * 86_400 + (row[5] as Int64) * 900,
                                                                       attempts: highAttempts, accepted: highAccepted))
                    }
                }
            }
        }
        return days.buckets
    }

    /// The quarter start of an attempt's `createdAt` ("YYYY-MM-DD HH:MM:SS.SSS" in UTC), in seconds
    /// since 1970.
    private static let quarterStartSQL = """
        CAST(strftime('%s', substr(createdAt, 1, 13) || ':00:00') AS INTEGER) + 900 * (CAST(substr(createdAt, 15, 2) AS INTEGER) / 15)
        """

    private static func firstSolves(_ db: Database, _ window: StatsWindow) throws -> [FirstSolve] {
        try SQLRequest<Row>(literal: """
            SELECT problemId, firstAttemptAt, firstSolvedAt, attemptsToFirstSolve FROM problemProgress
            WHERE firstSolvedAt IS NOT NULL AND \(within(since: window.since, until: window.until, column: "firstSolvedAt"))
            ORDER BY firstSolvedAt, problemId
            """).fetchAll(db).map { row in
            FirstSolve(problemId: row[0], firstAttemptAt: row[1], solvedAt: row[2], attempts: row[3])
        }
    }
}

// MARK: - Helpers

/// Attempt counts per verdict, in the order of the summary tables' columns.
struct VerdictCounts {
    /// The verdicts, in column order: the summary tables (migration 0007) have one column per verdict in
    /// `Verdict`'s case order.
    static let verdicts = Verdict.allCases

    enum Index {
        case accepted, judgeError

        var verdict: Verdict { self == .accepted ? .AC : .IE }
    }

    var values: [Int]

    init(_ values: [Int] = Array(repeating: 0, count: VerdictCounts.verdicts.count)) {
        self.values = values
    }

    subscript(index: Index) -> Int { values[Self.verdicts.firstIndex(of: index.verdict)!] }

    /// Judged attempts: every verdict but IE.
    var judged: Int { values.reduce(0, +) - self[.judgeError] }

    static func += (lhs: inout VerdictCounts, rhs: VerdictCounts) {
        for index in lhs.values.indices { lhs.values[index] += rhs.values[index] }
    }

    /// The non-zero counts by verdict name.
    func dictionary(includingJudgeErrors: Bool) -> [String: Int] {
        var result: [String: Int] = [:]
        for (verdict, count) in zip(Self.verdicts, values) where count > 0 && (includingJudgeErrors || verdict != .IE) {
            result[verdict.rawValue] = count
        }
        return result
    }
}

/// One row of judged-submission counts: a problem in a language.
struct ProblemLanguageCounts {
    var problemId: Int64
    var language: String
    var counts: VerdictCounts
}

/// The figures of `StatsSnapshot` that follow from the counts per problem and language of a window.
struct WindowCounts {
    let rows: [ProblemLanguageCounts]
    /// All rows added up.
    let total: VerdictCounts
    /// Per problem.
    let byProblem: [Int64: VerdictCounts]

    init(_ rows: [ProblemLanguageCounts]) {
        self.rows = rows
        var total = VerdictCounts()
        var byProblem: [Int64: VerdictCounts] = [:]
        for row in rows {
            total += row.counts
            byProblem[row.problemId, default: VerdictCounts()] += row.counts
        }
        self.total = total
        self.byProblem = byProblem
    }

    /// Whether the problem has a judged attempt, and an accepted one, in the window.
    private func progress(_ problemId: Int64) -> (attempted: Bool, solved: Bool) {
        guard let counts = byProblem[problemId] else { return (false, false) }
        return (counts.judged > 0, counts[.accepted] > 0)
    }

    func difficulties(_ problems: [(id: Int64, difficulty: Difficulty)], order: [Difficulty]) -> [DifficultyCount] {
        order.map { difficulty in
            var count = DifficultyCount(difficulty: difficulty, added: 0, attempted: 0, solved: 0)
            for problem in problems where problem.difficulty == difficulty {
                let progress = progress(problem.id)
                count.added += 1
                count.attempted += progress.attempted ? 1 : 0
                count.solved += progress.solved ? 1 : 0
            }
            return count
        }
    }

    /// `tagged`: (tag, problem) pairs ordered by tag name.
    func tags(_ tagged: [(tag: String, problemId: Int64)]) -> [TagCount] {
        var result: [TagCount] = []
        var verdicts = VerdictCounts()
        for (tag, problemId) in tagged {
            if result.last?.tag != tag {
                if !result.isEmpty { result[result.count - 1].verdicts = verdicts.dictionary(includingJudgeErrors: false) }
                result.append(TagCount(tag: tag, added: 0, attempted: 0, solved: 0))
                verdicts = VerdictCounts()
            }
            let progress = progress(problemId)
            result[result.count - 1].added += 1
            result[result.count - 1].attempted += progress.attempted ? 1 : 0
            result[result.count - 1].solved += progress.solved ? 1 : 0
            if let counts = byProblem[problemId] { verdicts += counts }
        }
        if !result.isEmpty { result[result.count - 1].verdicts = verdicts.dictionary(includingJudgeErrors: false) }
        return result
    }

    /// Languages with a judged attempt, most attempts first, then by name (bytewise, as SQLite sorts).
    func languages() -> [LanguageCount] {
        var byLanguage: [String: LanguageCount] = [:]
        for row in rows {
            var count = byLanguage[row.language] ?? LanguageCount(language: row.language, attempts: 0, accepted: 0, solved: 0)
            count.attempts += row.counts.judged
            count.accepted += row.counts[.accepted]
            count.solved += row.counts[.accepted] > 0 ? 1 : 0
            byLanguage[row.language] = count
        }
        return byLanguage.values.filter { $0.attempts > 0 }.sorted { a, b in
            a.attempts != b.attempts ? a.attempts > b.attempts : Array(a.language.utf8).lexicographicallyPrecedes(b.language.utf8)
        }
    }
}

/// A window cut at multiples of a unit of seconds (a day, a quarter hour): the whole units inside,
/// read from a summary, and the partial ones at its ends, read from the attempts.
struct WindowSplit {
    var since: Date?
    var until: Date?
    /// The whole units inside, as a half-open range of summary keys (nil for an open end), or nil when
    /// the window holds no whole unit.
    var inner: (lower: Int64?, upper: Int64?)?
    /// The rest of the window, outside `inner`: at most two spans.
    var edges: [(since: Date?, until: Date?)]
}

extension StatsWindow {
    /// Splits the window at multiples of `unit` seconds. The keys of `inner` are days since 1970 for
    /// a day (the day summary's key), seconds since 1970 for a quarter hour (the quarter summary's key).
    func split(unit: Int64) -> WindowSplit {
        let first = since.map { Int64(($0.timeIntervalSince1970 / Double(unit)).rounded(.up)) }
        let last = until.map { Int64(($0.timeIntervalSince1970 / Double(unit)).rounded(.down)) }
        if let first, let last, first >= last {
            return WindowSplit(since: since, until: until, inner: nil, edges: [(since, until)])
        }
        var edges: [(since: Date?, until: Date?)] = []
        if let since, let first {
            let boundary = Date(timeIntervalSince1970: Double(first * unit))
            if since < boundary { edges.append((since, boundary)) }
        }
        if let until, let last {
            let boundary = Date(timeIntervalSince1970: Double(last * unit))
            if boundary < until { edges.append((boundary, until)) }
        }
        let scale: Int64 = unit == 86_400 ? 1 : unit
        return WindowSplit(since: since, until: until, inner: (first.map { $0 * scale }, last.map { $0 * scale }), edges: edges)
    }
}

/// Judged and accepted attempts in one UTC quarter hour.
struct QuarterCount {
    /// Seconds since 1970.
    var start: Int64
    var attempts: Int
    var accepted: Int

    var bucket: ActivityBucket {
        ActivityBucket(start: Date(timeIntervalSince1970: Double(start)), attempts: attempts, accepted: accepted)
    }
}

/// Quarter hours merged per local day (a day key): the bucket starts at the day's first active quarter hour.
struct LocalDayBuckets {
    private var days: [Int64: QuarterCount] = [:]

    mutating func add(key: Int64, _ quarter: QuarterCount) {
        guard var day = days[key] else {
            days[key] = quarter
            return
        }
        day.start = min(day.start, quarter.start)
        day.attempts += quarter.attempts
        day.accepted += quarter.accepted
        days[key] = day
    }

    /// Ascending.
    var buckets: [ActivityBucket] { days.values.sorted { $0.start < $1.start }.map(\.bucket) }
}

/// A half-open range of quarter starts (seconds since 1970, multiples of 900; nil for an open end),
/// as a condition on the (day, quarter) key of `attemptQuarterCount`.
struct QuarterRange {
    var lower: Int64?
    var upper: Int64?

    /// The quarter hours of this range that start in `[lower, upper)` (quarter hours, not instants).
    func intersection(lower from: Int64?, upper until: Int64?) -> QuarterRange? {
        let roundedFrom = from.map { ceilDivide($0, 900) * 900 }, roundedUntil = until.map { ceilDivide($0, 900) * 900 }
        let low = [lower, roundedFrom].compactMap { $0 }.max(), high = [upper, roundedUntil].compactMap { $0 }.min()
        if let low, let high, low >= high { return nil }
        return QuarterRange(lower: low, upper: high)
    }

    var condition: SQL {
        var conditions: [SQL] = []
        if let lower {
            conditions.append("(day, quarter) >= (\(floorDivide(lower, 86_400)), \(floorModulo(lower, 86_400) / 900))")
        }
        if let upper {
            conditions.append("(day, quarter) < (\(floorDivide(upper, 86_400)), \(floorModulo(upper, 86_400) / 900))")
        }
        return conditions.isEmpty ? "1" : conditions.joined(separator: " AND ")
    }
}

/// Where local midnight falls in a UTC day for a UTC offset in (-24 h, 24 h): quarter hour `q` of UTC day
/// `d` lies in local day `d + lowCarry` when `q < quarter`, else in `d + lowCarry + 1`.
struct LocalMidnight {
    let lowCarry: Int64
    let quarter: Int64

    init(offset: Int) {
        let offset = Int64(offset)
        lowCarry = floorDivide(offset, 86_400)
        quarter = ceilDivide(86_400 * (lowCarry + 1) - offset, 900)
    }
}

func floorDivide(_ a: Int64, _ b: Int64) -> Int64 { (a - floorModulo(a, b)) / b }
func floorModulo(_ a: Int64, _ b: Int64) -> Int64 { ((a % b) + b) % b }
func ceilDivide(_ a: Int64, _ b: Int64) -> Int64 { -floorDivide(-a, b) }

/// The UTC offsets of a time zone over a span of time: the offset at its start and every change
/// within it, found with Foundation's transitions as `LocalDays` in the service finds them.
struct UTCOffsets {
    var initial: Int
    /// Changes in time order: from `from` (seconds since 1970) on, the offset is `seconds`.
    var changes: [(from: Int64, seconds: Int)] = []

    init(_ timeZone: TimeZone, from first: Int64, through last: Int64) {
        var date = Date(timeIntervalSince1970: Double(first))
        initial = timeZone.secondsFromGMT(for: date)
        let end = Date(timeIntervalSince1970: Double(last))
        // Bounded: a zone changes its offset a few times a year.
        while changes.count < 100_000, let next = timeZone.nextDaylightSavingTimeTransition(after: date), next <= end {
            changes.append((Int64(next.timeIntervalSince1970.rounded(.up)), timeZone.secondsFromGMT(for: next)))
            date = next
        }
    }

    /// The offset in force at `instant` (seconds since 1970).
    func offset(at instant: Int64) -> Int {
        changes.last { $0.from <= instant }?.seconds ?? initial
    }

    /// Spans of constant offset, in time order: `from` is nil for the first, `until` for the last.
    func segments() -> [(from: Int64?, until: Int64?, offset: Int)] {
        var result: [(from: Int64?, until: Int64?, offset: Int)] = []
        var from: Int64? = nil, offset = initial
        for change in changes {
            result.append((from, change.from, offset))
            (from, offset) = (change.from, change.seconds)
        }
        result.append((from, nil, offset))
        return result
    }
}
