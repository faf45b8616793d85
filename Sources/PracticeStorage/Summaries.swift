import Foundation
import GRDB
import PracticeModel

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
    public var lastVerdict: Verdict?

    /// Creates a value from its fields.
    public init(
        problem: ProblemRecord,
        tags: [String],
        status: ProblemStatus,
        attempts: Int,
        lastAttemptAt: Date?,
        lastVerdict: Verdict?
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
    public var kind: AttemptKind
    /// The language recipe used.
    public var language: String
    /// The attempt's verdict.
    public var verdict: Verdict
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
    /// For a rejudge: the attempt it re-ran, and that attempt's verdict.
    public var rejudgeOf: Int64?
    public var rejudgeOfVerdict: Verdict?

    /// Creates a value from its fields.
    public init(
        id: Int64,
        problemId: Int64,
        slug: String,
        title: String,
        createdAt: Date,
        kind: AttemptKind,
        language: String,
        verdict: Verdict,
        passed: Int,
        total: Int,
        maxCpuMs: Double?,
        maxMemoryKB: Int?,
        note: String?,
        rejudgeOf: Int64? = nil,
        rejudgeOfVerdict: Verdict? = nil
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
        self.rejudgeOf = rejudgeOf
        self.rejudgeOfVerdict = rejudgeOfVerdict
    }
}
