import Foundation
import GRDB
import PracticeModel

/// A stored test of a problem: an example, a user test, a counterexample found by shrinking,
/// or a random test kept for later.
public struct TestCaseRecord: Codable, Sendable, Hashable {
    /// The row id; nil until the test case is inserted.
    public var id: Int64?
    /// The problem; `AppDatabase.addProblem` sets it for the test cases it inserts.
    public var problemId: Int64
    /// `example`, `random`, `user` or `counterexample`.
    public var origin: TestOrigin
    /// The input fed on stdin: one line of JSON per argument for catalog problems.
    public var input: String
    /// The reference output, once computed.
    public var expected: String?
    /// The reference version that produced `expected`.
    public var referenceVersion: String?
    /// The generator seed of a random test.
    public var seed: Int64?
    /// The generator size of a random test.
    public var size: Int?
    /// When the test case was stored.
    public var createdAt: Date

    /// Creates a record; leave `id` nil for one that is not stored yet.
    public init(
        id: Int64? = nil,
        problemId: Int64,
        origin: TestOrigin,
        input: String,
        expected: String? = nil,
        referenceVersion: String? = nil,
        seed: Int64? = nil,
        size: Int? = nil,
        createdAt: Date
    ) {
        self.id = id
        self.problemId = problemId
        self.origin = origin
        self.input = input
        self.expected = expected
        self.referenceVersion = referenceVersion
        self.seed = seed
        self.size = size
        self.createdAt = createdAt
    }
}

extension TestCaseRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "testCase"

    /// The columns of the table, for GRDB's query interface.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let problemId = Column(CodingKeys.problemId)
        public static let origin = Column(CodingKeys.origin)
        public static let input = Column(CodingKeys.input)
        public static let expected = Column(CodingKeys.expected)
        public static let referenceVersion = Column(CodingKeys.referenceVersion)
        public static let seed = Column(CodingKeys.seed)
        public static let size = Column(CodingKeys.size)
        public static let createdAt = Column(CodingKeys.createdAt)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
