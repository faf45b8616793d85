import Foundation
import PracticeModel

/// The span of time whose attempts statistics count: `since` included, `until` excluded;
/// a nil end is open.
public struct StatsWindow: Codable, Sendable, Hashable {
    /// The first instant counted, or nil for the beginning of the history.
    public var since: Date?
    /// The first instant no longer counted, or nil for no end.
    public var until: Date?

    /// The whole history.
    public static let all = StatsWindow(since: nil, until: nil)

    /// Creates a window from its ends.
    public init(since: Date?, until: Date?) {
        self.since = since
        self.until = until
    }

    /// Whether `date` falls inside the window.
    public func contains(_ date: Date) -> Bool {
        (since.map { date >= $0 } ?? true) && (until.map { date < $0 } ?? true)
    }
}

/// Raw progress aggregates over the attempts of a window, computed in SQL from one consistent
/// snapshot. Judge errors (IE) never count against the user: they are left out of every figure
/// except `judgeErrors` and `verdicts`. The service derives days, streaks, rates and medians.
public struct StatsSnapshot: Codable, Sendable, Hashable {
    /// Problems per difficulty: easy, medium and hard, always present, in that order.
    public var difficulties: [DifficultyCount]
    /// Judged attempts, judge errors (IE) excluded.
    public var attempts: Int
    /// Accepted (AC) attempts.
    public var accepted: Int
    /// Judge error (IE) attempts.
    public var judgeErrors: Int
    /// Attempts per verdict, IE included.
    public var verdicts: [String: Int]
    /// Every tag of a problem in the set, sorted by name.
    public var tags: [TagCount]
    /// Every language with a judged attempt, most attempts first (then by name).
    public var languages: [LanguageCount]
    /// Judged attempts per UTC quarter hour, ascending: fine enough to assign each to a local day
    /// in any time zone (every zone's offset is a whole number of quarter hours).
    public var activity: [ActivityBucket]
    /// The first accepted attempt of each problem first solved in the window, oldest first.
    public var firstSolves: [FirstSolve]
    /// The newest attempts of the window, newest first, judge errors included.
    public var recent: [AttemptSummary]

    /// Creates a value from its fields.
    public init(
        difficulties: [DifficultyCount],
        attempts: Int,
        accepted: Int,
        judgeErrors: Int,
        verdicts: [String: Int],
        tags: [TagCount],
        languages: [LanguageCount],
        activity: [ActivityBucket],
        firstSolves: [FirstSolve],
        recent: [AttemptSummary]
    ) {
        self.difficulties = difficulties
        self.attempts = attempts
        self.accepted = accepted
        self.judgeErrors = judgeErrors
        self.verdicts = verdicts
        self.tags = tags
        self.languages = languages
        self.activity = activity
        self.firstSolves = firstSolves
        self.recent = recent
    }
}

/// Problems of one difficulty: added, attempted (solved ones included) and solved.
public struct DifficultyCount: Codable, Sendable, Hashable {
    /// `easy`, `medium` or `hard`.
    public var difficulty: Difficulty
    /// Problems in the set.
    public var added: Int
    /// Problems with a judged attempt (judge errors excluded), solved ones included.
    public var attempted: Int
    /// Problems with an accepted attempt.
    public var solved: Int

    /// Creates a value from its fields.
    public init(difficulty: Difficulty, added: Int, attempted: Int, solved: Int) {
        self.difficulty = difficulty
        self.added = added
        self.attempted = attempted
        self.solved = solved
    }
}

/// Problems of one tag (added, attempted with solved ones included, solved) and the verdicts of
/// their judged attempts.
public struct TagCount: Codable, Sendable, Hashable {
    /// The tag name.
    public var tag: String
    /// Problems in the set.
    public var added: Int
    /// Problems with a judged attempt (judge errors excluded), solved ones included.
    public var attempted: Int
    /// Problems with an accepted attempt.
    public var solved: Int
    /// Judged attempts of the tag's problems per verdict (IE excluded).
    public var verdicts: [String: Int]

    /// Creates a value from its fields.
    public init(tag: String, added: Int, attempted: Int, solved: Int, verdicts: [String: Int] = [:]) {
        self.tag = tag
        self.added = added
        self.attempted = attempted
        self.solved = solved
        self.verdicts = verdicts
    }
}

/// Judged attempts in one language.
public struct LanguageCount: Codable, Sendable, Hashable {
    /// The language recipe's name, e.g. `python`.
    public var language: String
    /// Judged attempts, judge errors excluded.
    public var attempts: Int
    /// Accepted attempts.
    public var accepted: Int
    /// Problems with an accepted attempt in this language.
    public var solved: Int

    /// Creates a value from its fields.
    public init(language: String, attempts: Int, accepted: Int, solved: Int) {
        self.language = language
        self.attempts = attempts
        self.accepted = accepted
        self.solved = solved
    }
}

/// Judged attempts within one UTC quarter hour.
public struct ActivityBucket: Codable, Sendable, Hashable {
    /// The start of the quarter hour.
    public var start: Date
    /// Judged attempts, judge errors excluded.
    public var attempts: Int
    /// Accepted attempts.
    public var accepted: Int

    /// Creates a value from its fields.
    public init(start: Date, attempts: Int, accepted: Int) {
        self.start = start
        self.attempts = attempts
        self.accepted = accepted
    }
}

/// How a problem was first solved.
public struct FirstSolve: Codable, Sendable, Hashable {
    /// The problem.
    public var problemId: Int64
    /// Its first judged attempt.
    public var firstAttemptAt: Date
    /// Its first accepted attempt.
    public var solvedAt: Date
    /// Judged attempts up to and including the first accepted one.
    public var attempts: Int

    /// Creates a value from its fields.
    public init(problemId: Int64, firstAttemptAt: Date, solvedAt: Date, attempts: Int) {
        self.problemId = problemId
        self.firstAttemptAt = firstAttemptAt
        self.solvedAt = solvedAt
        self.attempts = attempts
    }
}
