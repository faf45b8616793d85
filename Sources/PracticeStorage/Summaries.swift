import Foundation
import GRDB

/// Where the user stands on a problem. Judge errors (IE) never count as attempts.
public enum ProblemStatus: String, Sendable, Codable, CaseIterable {
    /// No judged attempt yet.
    case todo
    /// Judged attempts, none accepted.
    case attempted
    /// At least one accepted attempt.
    case solved
}

extension ProblemStatus: DatabaseValueConvertible {}

/// A problem of the set with its tags and the user's progress on it.
public struct ProblemSummary: Codable, Sendable, Hashable {
    /// The problem record.
    public var problem: ProblemRecord
    /// Tag names, sorted.
    public var tags: [String]
    /// Solved (an AC attempt), attempted (judged attempts, no AC) or todo.
    public var status: ProblemStatus
    /// Judged attempts, judge errors (IE) excluded.
    public var attempts: Int
    /// Time of the newest judged attempt, judge errors excluded.
    public var lastAttemptAt: Date?
    /// Verdict of the newest judged attempt, judge errors excluded.
    public var lastVerdict: String?

    /// Creates a value from its fields.
    public init(
        problem: ProblemRecord,
        tags: [String],
        status: ProblemStatus,
        attempts: Int,
        lastAttemptAt: Date?,
        lastVerdict: String?
    ) {
        self.problem = problem
        self.tags = tags
        self.status = status
        self.attempts = attempts
        self.lastAttemptAt = lastAttemptAt
        self.lastVerdict = lastVerdict
    }
}

/// One line of the attempt history: the attempt without its source, with its problem's names.
public struct AttemptSummary: Codable, Sendable, Hashable, FetchableRecord {
    /// The attempt id.
    public var id: Int64
    /// The problem attempted.
    public var problemId: Int64
    /// The problem's slug.
    public var slug: String
    /// The problem's title.
    public var title: String
    /// When the attempt was judged.
    public var createdAt: Date
    /// What kind of run this was; `submit` for a judged submission.
    public var kind: String
    /// The language recipe used.
    public var language: String
    /// The attempt's verdict.
    public var verdict: String
    /// Tests passed, out of `total` run.
    public var passed: Int
    /// Tests run.
    public var total: Int
    /// The largest CPU time of a test, in milliseconds.
    public var maxCpuMs: Double?
    /// The largest peak RSS of a test, in kilobytes.
    public var maxMemoryKB: Int?
    /// The user's note.
    public var note: String?

    /// Creates a value from its fields.
    public init(
        id: Int64,
        problemId: Int64,
        slug: String,
        title: String,
        createdAt: Date,
        kind: String,
        language: String,
        verdict: String,
        passed: Int,
        total: Int,
        maxCpuMs: Double?,
        maxMemoryKB: Int?,
        note: String?
    ) {
        self.id = id
        self.problemId = problemId
        self.slug = slug
        self.title = title
        self.createdAt = createdAt
        self.kind = kind
        self.language = language
        self.verdict = verdict
        self.passed = passed
        self.total = total
        self.maxCpuMs = maxCpuMs
        self.maxMemoryKB = maxMemoryKB
        self.note = note
    }
}

/// The identity of a random test: the generator regenerates its input from the seed and size.
public struct RandomTestKey: Hashable, Sendable {
    /// The generator seed.
    public var seed: Int64
    /// The generator size.
    public var size: Int

    /// Creates a value from its fields.
    public init(seed: Int64, size: Int) {
        self.seed = seed
        self.size = size
    }
}

/// Raw progress aggregates over the whole database; the service derives streaks and rates.
public struct StatsSnapshot: Codable, Sendable, Hashable {
    /// Problems per difficulty: easy, medium and hard, always present, in that order.
    public var difficulties: [DifficultyCount]
    /// Judged attempts, judge errors (IE) excluded: they never count against the user.
    public var attempts: Int
    /// Accepted (AC) attempts.
    public var accepted: Int
    /// Judge error (IE) attempts.
    public var judgeErrors: Int
    /// Attempts per verdict, IE included.
    public var verdicts: [String: Int]
    /// Distinct local days ("YYYY-MM-DD") with a judged attempt (IE excluded), ascending.
    /// The local time zone is the process's (the TZ environment variable, DST included).
    public var activeDays: [String]
    /// Every tag of a problem in the set, sorted by name.
    public var tags: [TagCount]
    /// The newest attempts, newest first.
    public var recent: [AttemptSummary]

    /// Creates a value from its fields.
    public init(
        difficulties: [DifficultyCount],
        attempts: Int,
        accepted: Int,
        judgeErrors: Int,
        verdicts: [String: Int],
        activeDays: [String],
        tags: [TagCount],
        recent: [AttemptSummary]
    ) {
        self.difficulties = difficulties
        self.attempts = attempts
        self.accepted = accepted
        self.judgeErrors = judgeErrors
        self.verdicts = verdicts
        self.activeDays = activeDays
        self.tags = tags
        self.recent = recent
    }
}

/// Problems of one difficulty: added, attempted (solved ones included) and solved.
public struct DifficultyCount: Codable, Sendable, Hashable {
    /// `easy`, `medium` or `hard`.
    public var difficulty: String
    /// Problems in the set.
    public var added: Int
    /// Problems with a judged attempt (judge errors excluded), solved ones included.
    public var attempted: Int
    /// Problems with an accepted attempt.
    public var solved: Int

    /// Creates a value from its fields.
    public init(difficulty: String, added: Int, attempted: Int, solved: Int) {
        self.difficulty = difficulty
        self.added = added
        self.attempted = attempted
        self.solved = solved
    }
}

/// Problems of one tag: added, attempted (solved ones included) and solved.
public struct TagCount: Codable, Sendable, Hashable {
    /// The tag name.
    public var tag: String
    /// Problems in the set.
    public var added: Int
    /// Problems with a judged attempt (judge errors excluded), solved ones included.
    public var attempted: Int
    /// Problems with an accepted attempt.
    public var solved: Int

    /// Creates a value from its fields.
    public init(tag: String, added: Int, attempted: Int, solved: Int) {
        self.tag = tag
        self.added = added
        self.attempted = attempted
        self.solved = solved
    }
}
