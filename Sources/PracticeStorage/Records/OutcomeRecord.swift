import Foundation
import GRDB
import PracticeModel

/// The result of one test inside an attempt. Excerpts of input, outputs and stderr are kept
/// for failures only.
public struct OutcomeRecord: Codable, Sendable, Hashable {
    /// The row id; nil until the outcome is recorded.
    public var id: Int64?
    /// The attempt; set by `AppDatabase.recordAttempt(_:outcomes:)`.
    public var attemptId: Int64?
    /// The stored test case, if the test was one; nil for an unstored random test.
    public var testCaseId: Int64?
    /// The position of the test in the attempt, unique within it.
    public var ordinal: Int
    /// `example`, `random`, `user` or `counterexample`.
    public var origin: TestOrigin
    /// The generator seed of a random test.
    public var seed: Int64?
    /// The generator size of a random test.
    public var size: Int?
    /// This test's verdict: `AC`, `WA`, `TLE`, `MLE`, `OLE`, `RE`, `CE` or `IE`.
    public var verdict: Verdict
    /// CPU time, in milliseconds.
    public var cpuMs: Double?
    /// Wall-clock time, in milliseconds.
    public var wallMs: Double?
    /// Peak RSS, in kilobytes.
    public var memoryKB: Int?
    /// The exit status, if the process exited.
    public var exitCode: Int?
    /// The signal that killed the process, if any.
    public var signal: Int?
    /// Excerpt of the input (failures only).
    public var input: String?
    /// Excerpt of the expected output (failures only).
    public var expected: String?
    /// Excerpt of the actual output (failures only).
    public var actual: String?
    /// Excerpt of the standard error (failures only).
    public var stderr: String?
    /// What went wrong, e.g. the checker's explanation.
    public var message: String?

    /// Creates a record; leave `id` nil for one that is not stored yet.
    public init(
        id: Int64? = nil,
        attemptId: Int64? = nil,
        testCaseId: Int64? = nil,
        ordinal: Int,
        origin: TestOrigin,
        seed: Int64? = nil,
        size: Int? = nil,
        verdict: Verdict,
        cpuMs: Double? = nil,
        wallMs: Double? = nil,
        memoryKB: Int? = nil,
        exitCode: Int? = nil,
        signal: Int? = nil,
        input: String? = nil,
        expected: String? = nil,
        actual: String? = nil,
        stderr: String? = nil,
        message: String? = nil
    ) {
        self.id = id
        self.attemptId = attemptId
        self.testCaseId = testCaseId
        self.ordinal = ordinal
        self.origin = origin
        self.seed = seed
        self.size = size
        self.verdict = verdict
        self.cpuMs = cpuMs
        self.wallMs = wallMs
        self.memoryKB = memoryKB
        self.exitCode = exitCode
        self.signal = signal
        self.input = input
        self.expected = expected
        self.actual = actual
        self.stderr = stderr
        self.message = message
    }
}

extension OutcomeRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "outcome"

    /// The columns of the table, for GRDB's query interface.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let attemptId = Column(CodingKeys.attemptId)
        public static let testCaseId = Column(CodingKeys.testCaseId)
        public static let ordinal = Column(CodingKeys.ordinal)
        public static let origin = Column(CodingKeys.origin)
        public static let seed = Column(CodingKeys.seed)
        public static let size = Column(CodingKeys.size)
        public static let verdict = Column(CodingKeys.verdict)
        public static let cpuMs = Column(CodingKeys.cpuMs)
        public static let wallMs = Column(CodingKeys.wallMs)
        public static let memoryKB = Column(CodingKeys.memoryKB)
        public static let exitCode = Column(CodingKeys.exitCode)
        public static let signal = Column(CodingKeys.signal)
        public static let input = Column(CodingKeys.input)
        public static let expected = Column(CodingKeys.expected)
        public static let actual = Column(CodingKeys.actual)
        public static let stderr = Column(CodingKeys.stderr)
        public static let message = Column(CodingKeys.message)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
