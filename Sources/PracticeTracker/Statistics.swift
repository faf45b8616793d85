import Foundation
import PracticeModel
import PracticeStorage

/// What `practice stats` displays: the stored aggregates of a window of time plus the figures
/// derived from them in the user's time zone (days, weeks, streaks, medians, the calendar).
public struct Statistics: Sendable, Encodable {
    /// Problems of the whole set, or of one difficulty.
    public struct Progress: Sendable, Encodable, Hashable {
        /// `easy`, `medium` or `hard`; nil for the totals.
        public let difficulty: Difficulty?
        /// Problems in the set.
        public let added: Int
        /// Problems with a judged attempt in the window, solved ones included.
        public let attempted: Int
        /// Problems with an accepted attempt in the window.
        public let solved: Int
        /// Problems with no judged attempt in the window.
        public var todo: Int { added - attempted }

        init(_ count: DifficultyCount) {
            self.init(difficulty: count.difficulty, added: count.added, attempted: count.attempted, solved: count.solved)
        }

        init(difficulty: Difficulty?, added: Int, attempted: Int, solved: Int) {
            self.difficulty = difficulty
            self.added = added
            self.attempted = attempted
            self.solved = solved
        }

        private enum CodingKeys: String, CodingKey { case difficulty, added, attempted, solved, todo }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeIfPresent(difficulty, forKey: .difficulty)
            try container.encode(added, forKey: .added)
            try container.encode(attempted, forKey: .attempted)
            try container.encode(solved, forKey: .solved)
            try container.encode(todo, forKey: .todo)
        }
    }

    /// Judged and accepted attempts of one ISO week (Monday to Sunday, local time).
    public struct Week: Sendable, Encodable, Hashable {
        /// The Monday, "YYYY-MM-DD".
        public let start: String
        /// Judged attempts.
        public let attempts: Int
        /// Accepted attempts.
        public let accepted: Int
        /// accepted / attempts.
        public let acceptanceRate: Double
    }

    /// One local day with activity.
    public struct Day: Sendable, Encodable, Hashable {
        /// "YYYY-MM-DD".
        public let day: String
        /// Judged attempts.
        public let attempts: Int
        /// Accepted attempts.
        public let accepted: Int
    }

    /// The calendar of the last 52 weeks: whole ISO weeks from `firstDay` (a Monday) to `lastDay`.
    public struct ActivityCalendar: Sendable, Encodable, Hashable {
        /// The Monday 52 weeks before the week of `lastDay`.
        public let firstDay: String
        /// Today, or the window's last day when it ends earlier.
        public let lastDay: String
        /// The days with a judged attempt in between, ascending.
        public let days: [Day]
    }

    /// Progress and verdict mix on one tag's problems.
    public struct Tag: Sendable, Encodable, Hashable {
        /// The tag.
        public let tag: String
        /// Problems with the tag in the set.
        public let added: Int
        /// Of them, problems with a judged attempt in the window.
        public let attempted: Int
        /// Of them, problems solved in the window.
        public let solved: Int
        /// Judged attempts on them.
        public let attempts: Int
        /// Judged attempts per verdict.
        public let verdicts: [String: Int]
        /// The share of the judged attempts that were wrong answers (nil without attempts).
        public let wrongAnswerShare: Double?
        /// The share that exceeded the time limit (nil without attempts).
        public let timeLimitShare: Double?
        /// The share that were runtime errors (nil without attempts).
        public let runtimeErrorShare: Double?

        init(_ count: TagCount) {
            tag = count.tag
            added = count.added
            attempted = count.attempted
            solved = count.solved
            verdicts = count.verdicts
            attempts = count.verdicts.values.reduce(0, +)
            let attempts = attempts
            func share(_ verdict: Verdict) -> Double? {
                attempts > 0 ? Double(count.verdicts[verdict.rawValue, default: 0]) / Double(attempts) : nil
            }
            wrongAnswerShare = share(.WA)
            timeLimitShare = share(.TLE)
            runtimeErrorShare = share(.RE)
        }

        /// Weakest first: attempted tags by the share of their attempted problems solved, then by
        /// the share of accepted attempts, then by name; tags never attempted last, by name.
        static func weakerFirst(_ a: Tag, _ b: Tag) -> Bool {
            func key(_ tag: Tag) -> (Int, Double, Double) {
                guard tag.attempted > 0 else { return (1, 0, 0) }
                return (0, Double(tag.solved) / Double(tag.attempted),
                        Double(tag.verdicts[Verdict.AC.rawValue, default: 0]) / Double(max(tag.attempts, 1)))
            }
            let (ka, kb) = (key(a), key(b))
            return ka != kb ? ka < kb : a.tag < b.tag
        }
    }

    /// Cumulative problems first solved by the end of a local day.
    public struct SolvedPoint: Sendable, Encodable, Hashable {
        /// "YYYY-MM-DD".
        public let day: String
        /// Problems first solved in the window up to and including `day`.
        public let solved: Int
    }

    /// The time zone the days are counted in (an IANA identifier).
    public let timeZone: String
    /// Today, "YYYY-MM-DD", in `timeZone`.
    public let today: String
    /// The window's first day, inclusive, if any.
    public let since: String?
    /// The window's last day, inclusive, if any.
    public let until: String?
    /// Problems of the set: added, attempted, solved and todo.
    public let totals: Progress
    /// The same per difficulty: easy, medium and hard.
    public let difficulties: [Progress]
    /// Judged attempts, judge errors (IE) excluded: they are never counted against the user.
    public let attempts: Int
    /// Accepted attempts.
    public let accepted: Int
    /// accepted / attempts, nil before the first attempt.
    public let acceptanceRate: Double?
    /// Judge error attempts (not counted).
    public let judgeErrors: Int
    /// Attempts per verdict, IE included.
    public let verdicts: [String: Int]
    /// Acceptance per ISO week with an attempt, oldest first.
    public let weeks: [Week]
    /// Consecutive days with a judged attempt, ending today or yesterday (else 0).
    public let currentStreak: Int
    /// The longest run of consecutive days with a judged attempt.
    public let longestStreak: Int
    /// Local days with a judged attempt.
    public let activeDays: Int
    /// Consecutive days with a first solve of a problem, ending today or yesterday (else 0).
    public let currentSolveStreak: Int
    /// The longest run of consecutive days with a first solve.
    public let longestSolveStreak: Int
    /// The activity calendar of the last 52 weeks.
    public let calendar: ActivityCalendar
    /// Tags, weakest first.
    public let tags: [Tag]
    /// Languages, most attempts first.
    public let languages: [LanguageCount]
    /// Problems first solved in the window.
    public let firstSolves: Int
    /// Their median number of judged attempts up to and including the first AC.
    public let medianAttemptsToFirstAC: Double?
    /// Their median time from the first judged attempt to the first AC, in seconds.
    public let medianSecondsToFirstAC: Double?
    /// Problems first solved in the window, cumulated per day of a first solve.
    public let solvedOverTime: [SolvedPoint]
    /// The newest attempts, newest first.
    public let recent: [AttemptSummary]

    init(snapshot: StatsSnapshot, period: StatsPeriod, now: Date) {
        let zone = period.timeZone
        let todayNumber = Streaks.localDay(of: now, in: zone)
        timeZone = zone.identifier
        today = Streaks.day(todayNumber)
        since = period.since
        until = period.until
        difficulties = snapshot.difficulties.map(Progress.init)
        totals = Progress(difficulty: nil, added: difficulties.map(\.added).reduce(0, +),
                          attempted: difficulties.map(\.attempted).reduce(0, +),
                          solved: difficulties.map(\.solved).reduce(0, +))
        attempts = snapshot.attempts
        accepted = snapshot.accepted
        acceptanceRate = snapshot.attempts > 0 ? Double(snapshot.accepted) / Double(snapshot.attempts) : nil
        judgeErrors = snapshot.judgeErrors
        verdicts = snapshot.verdicts

        var localDays = LocalDays(timeZone: zone)
        var byDay: [Int: (attempts: Int, accepted: Int)] = [:]
        for bucket in snapshot.activity {
            let day = localDays.day(of: bucket.start)
            byDay[day, default: (0, 0)].attempts += bucket.attempts
            byDay[day, default: (0, 0)].accepted += bucket.accepted
        }
        var byWeek: [Int: (attempts: Int, accepted: Int)] = [:]
        for (day, counts) in byDay {
            byWeek[Streaks.weekStart(day), default: (0, 0)].attempts += counts.attempts
            byWeek[Streaks.weekStart(day), default: (0, 0)].accepted += counts.accepted
        }
        weeks = byWeek.sorted { $0.key < $1.key }.map { start, counts in
            Week(start: Streaks.day(start), attempts: counts.attempts, accepted: counts.accepted,
                 acceptanceRate: Double(counts.accepted) / Double(counts.attempts))
        }
        (currentStreak, longestStreak) = Streaks.compute(dayNumbers: Set(byDay.keys), today: todayNumber)
        activeDays = byDay.count

        let solveDays = snapshot.firstSolves.map { localDays.day(of: $0.solvedAt) }
        (currentSolveStreak, longestSolveStreak) = Streaks.compute(dayNumbers: Set(solveDays), today: todayNumber)
        var solvedPerDay: [Int: Int] = [:]
        for day in solveDays { solvedPerDay[day, default: 0] += 1 }
        var cumulative = 0
        solvedOverTime = solvedPerDay.sorted { $0.key < $1.key }.map { day, count in
            cumulative += count
            return SolvedPoint(day: Streaks.day(day), solved: cumulative)
        }

        let lastDay = period.lastDay.map { min($0, todayNumber) } ?? todayNumber
        let firstDay = Streaks.weekStart(lastDay) - 52 * 7
        calendar = ActivityCalendar(
            firstDay: Streaks.day(firstDay), lastDay: Streaks.day(lastDay),
            days: byDay.filter { (firstDay...lastDay).contains($0.key) }.sorted { $0.key < $1.key }.map { day, counts in
                Day(day: Streaks.day(day), attempts: counts.attempts, accepted: counts.accepted)
            })

        tags = snapshot.tags.map(Tag.init).sorted(by: Tag.weakerFirst)
        languages = snapshot.languages
        firstSolves = snapshot.firstSolves.count
        medianAttemptsToFirstAC = Self.median(snapshot.firstSolves.map { Double($0.attempts) })
        medianSecondsToFirstAC = Self.median(snapshot.firstSolves.map { $0.solvedAt.timeIntervalSince($0.firstAttemptAt) })
        recent = snapshot.recent
    }

    /// The middle value, or the mean of the two middle values; nil for no values.
    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}

/// A window of local days in a time zone: what `--since`, `--until` and `--tz` select.
public struct StatsPeriod: Sendable, Hashable {
    /// The zone days are counted in.
    public let timeZone: TimeZone
    /// The first day, "YYYY-MM-DD", inclusive.
    public let since: String?
    /// The last day, "YYYY-MM-DD", inclusive.
    public let until: String?
    /// The attempts counted: from the start of `since` to the end of `until` in `timeZone`.
    public let window: StatsWindow
    /// The day number of `until`.
    let lastDay: Int?

    /// Checks the days (YYYY-MM-DD, `since` not after `until`) and finds their bounds in `timeZone`.
    public init(since: String? = nil, until: String? = nil, timeZone: TimeZone = .current) throws(ServiceError) {
        func dayNumber(_ text: String?, option: String) throws(ServiceError) -> Int? {
            guard let text else { return nil }
            guard let number = Streaks.dayNumber(text), Streaks.day(number) == text else {
                throw .invalidOption("\(option) '\(text)' is not a date: write it as YYYY-MM-DD, e.g. 2026-01-31")
            }
            return number
        }
        let first = try dayNumber(since, option: "--since")
        let last = try dayNumber(until, option: "--until")
        if let first, let last, first > last {
            throw .invalidOption("--since \(since ?? "") is after --until \(until ?? ""): swap them")
        }
        self.timeZone = timeZone
        self.since = since
        self.until = until
        lastDay = last
        window = StatsWindow(since: first.map { Self.start(ofDay: $0, in: timeZone) },
                             until: last.map { Self.start(ofDay: $0 + 1, in: timeZone) })
    }

    /// The whole history, days counted in `timeZone`.
    public static func allTime(in timeZone: TimeZone = .current) -> StatsPeriod {
        StatsPeriod(timeZone: timeZone, since: nil, until: nil, window: .all, lastDay: nil)
    }

    private init(timeZone: TimeZone, since: String?, until: String?, window: StatsWindow, lastDay: Int?) {
        self.timeZone = timeZone
        self.since = since
        self.until = until
        self.window = window
        self.lastDay = lastDay
    }

    /// The first instant of a local day (its midnight, or the first instant after a skipped midnight).
    static func start(ofDay number: Int, in timeZone: TimeZone) -> Date {
        var calendar = Foundation.Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let (year, month, day) = Streaks.civil(number)
        let noon = calendar.date(from: DateComponents(year: year, month: month, day: day, hour: 12))
            ?? Date(timeIntervalSince1970: Double(number) * 86_400)
        return calendar.startOfDay(for: noon)
    }
}

extension Practice {
    /// Progress statistics of the attempts in `period`; `now` decides which day is today.
    public func stats(period: StatsPeriod? = nil, now: Date = Date(), recentLimit: Int = 10) throws(ServiceError) -> Statistics {
        let period = period ?? StatsPeriod.allTime()
        let snapshot = try storage { () throws(StorageError) in
            try database.statistics(window: period.window, recentLimit: recentLimit, localDaysIn: period.timeZone)
        }
        return Statistics(snapshot: snapshot, period: period, now: now)
    }
}
