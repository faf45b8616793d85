import Foundation
import GRDB
import PracticeModel

/// One judged submission: what ran, under which limits, and its overall result.
public struct AttemptRecord: Codable, Sendable, Hashable {
    /// The row id; nil until the attempt is recorded.
    public var id: Int64?
    /// The problem attempted.
    public var problemId: Int64
    /// When the attempt was judged.
    public var createdAt: Date
    /// What kind of run this was; `submit` for a judged submission.
    public var kind: AttemptKind
    /// The language recipe used, e.g. `swift`, or `cmd` for a custom command.
    public var language: String
    /// The name of the submitted file.
    public var fileName: String
    /// The submitted source text.
    public var source: String
    /// The SHA-256 of `source`, in lowercase hexadecimal.
    public var sourceSHA256: String
    /// The command that ran the solution.
    public var command: String
    /// The worst outcome.
    public var verdict: Verdict
    /// Tests passed, out of `total` run.
    public var passed: Int
    /// Tests run.
    public var total: Int
    /// The largest CPU time of a test, in milliseconds.
    public var maxCpuMs: Double?
    /// The largest wall-clock time of a test, in milliseconds.
    public var maxWallMs: Double?
    /// The largest peak RSS of a test, in kilobytes.
    public var maxMemoryKB: Int?
    /// The seed of the random tests.
    public var seed: Int64
    /// How many random tests were planned.
    public var randomCount: Int
    /// The reference solver version that produced the expected answers.
    public var referenceVersion: String
    /// The CPU time limit applied, in milliseconds.
    public var timeLimitMs: Int
    /// The memory limit applied, in megabytes.
    public var memoryLimitMB: Int
    /// The user's note.
    public var note: String?
    /// Compiler output for CE, the judge error for IE, or a summary of the first failure.
    public var message: String?
    /// For a rejudge: the attempt whose saved source was judged again.
    public var rejudgeOf: Int64?
    /// The scaling check's result as JSON (`practice attempt --scaling`), if one ran.
    public var scaling: String?
    /// How the solution was run: `program` (once per test, reading stdin) or `function` (its
    /// function called through a driver, many tests per process).
    public var mode: SolutionMode

    /// Creates a record; leave `id` nil for one that is not stored yet.
    public init(
        id: Int64? = nil,
        problemId: Int64,
        createdAt: Date,
        kind: AttemptKind = .submit,
        language: String,
        fileName: String,
        source: String,
        sourceSHA256: String,
        command: String,
        verdict: Verdict,
        passed: Int,
        total: Int,
        maxCpuMs: Double? = nil,
        maxWallMs: Double? = nil,
        maxMemoryKB: Int? = nil,
        seed: Int64,
        randomCount: Int,
        referenceVersion: String,
        timeLimitMs: Int,
        memoryLimitMB: Int,
        note: String? = nil,
        message: String? = nil,
        rejudgeOf: Int64? = nil,
        scaling: String? = nil,
        mode: SolutionMode = .program
    ) {
        self.id = id
        self.problemId = problemId
        self.createdAt = createdAt
        self.kind = kind
        self.language = language
        self.fileName = fileName
        self.source = source
        self.sourceSHA256 = sourceSHA256
        self.command = command
        self.verdict = verdict
        self.passed = passed
        self.total = total
        self.maxCpuMs = maxCpuMs
        self.maxWallMs = maxWallMs
        self.maxMemoryKB = maxMemoryKB
        self.seed = seed
        self.randomCount = randomCount
        self.referenceVersion = referenceVersion
        self.timeLimitMs = timeLimitMs
        self.memoryLimitMB = memoryLimitMB
        self.note = note
        self.message = message
        self.rejudgeOf = rejudgeOf
        self.scaling = scaling
        self.mode = mode
    }
}

extension AttemptRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "attempt"

    /// The columns of the table, for GRDB's query interface.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let problemId = Column(CodingKeys.problemId)
        public static let createdAt = Column(CodingKeys.createdAt)
        public static let kind = Column(CodingKeys.kind)
        public static let language = Column(CodingKeys.language)
        public static let fileName = Column(CodingKeys.fileName)
        public static let source = Column(CodingKeys.source)
        public static let sourceSHA256 = Column(CodingKeys.sourceSHA256)
        public static let command = Column(CodingKeys.command)
        public static let verdict = Column(CodingKeys.verdict)
        public static let passed = Column(CodingKeys.passed)
        public static let total = Column(CodingKeys.total)
        public static let maxCpuMs = Column(CodingKeys.maxCpuMs)
        public static let maxWallMs = Column(CodingKeys.maxWallMs)
        public static let maxMemoryKB = Column(CodingKeys.maxMemoryKB)
        public static let seed = Column(CodingKeys.seed)
        public static let randomCount = Column(CodingKeys.randomCount)
        public static let referenceVersion = Column(CodingKeys.referenceVersion)
        public static let timeLimitMs = Column(CodingKeys.timeLimitMs)
        public static let memoryLimitMB = Column(CodingKeys.memoryLimitMB)
        public static let note = Column(CodingKeys.note)
        public static let message = Column(CodingKeys.message)
        public static let rejudgeOf = Column(CodingKeys.rejudgeOf)
        public static let scaling = Column(CodingKeys.scaling)
        public static let mode = Column(CodingKeys.mode)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
