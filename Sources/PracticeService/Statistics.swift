import Foundation
import PracticeStorage

/// What `practice stats` displays: the stored aggregates plus derived figures.
public struct Statistics: Sendable, Encodable {
    public struct Totals: Sendable, Encodable {
        public let added: Int
        public let attempted: Int
        public let solved: Int
    }

    public let today: String
    public let totals: Totals
    public let difficulties: [DifficultyCount]
    /// Judged attempts, judge errors (IE) excluded: they are never counted against the user.
    public let attempts: Int
    public let accepted: Int
    /// accepted / attempts, nil before the first attempt.
    public let acceptanceRate: Double?
    public let judgeErrors: Int
    public let verdicts: [String: Int]
    public let currentStreak: Int
    public let longestStreak: Int
    public let activeDays: Int
    public let tags: [TagCount]
    public let recent: [AttemptSummary]

    init(snapshot: StatsSnapshot, streaks: (current: Int, longest: Int), today: String) {
        self.today = today
        difficulties = snapshot.difficulties
        totals = Totals(added: snapshot.difficulties.map(\.added).reduce(0, +),
                        attempted: snapshot.difficulties.map(\.attempted).reduce(0, +),
                        solved: snapshot.difficulties.map(\.solved).reduce(0, +))
        attempts = snapshot.attempts
        accepted = snapshot.accepted
        acceptanceRate = snapshot.attempts > 0 ? Double(snapshot.accepted) / Double(snapshot.attempts) : nil
        judgeErrors = snapshot.judgeErrors
        verdicts = snapshot.verdicts
        currentStreak = streaks.current
        longestStreak = streaks.longest
        activeDays = snapshot.activeDays.count
        tags = snapshot.tags
        recent = snapshot.recent
    }
}

extension Practice {
    /// Progress statistics. `now` and `timeZone` decide which day is "today" for streaks; the stored
    /// days are local per the process's time zone (TZ), so pass the same zone.
    public func stats(now: Date = Date(), timeZone: TimeZone = .current) throws(ServiceError) -> Statistics {
        let snapshot = try storage { () throws(StorageError) in try database.statistics(recentLimit: 10) }
        let formatter = DateFormatter()
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd"
        let today = formatter.string(from: now)
        return Statistics(snapshot: snapshot, streaks: Streaks.compute(days: snapshot.activeDays, today: today), today: today)
    }
}
