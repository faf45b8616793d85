import Foundation
import GRDB
import PracticeModel

/// A problem of the user's set: statement, limits, checker and how its expected answers are produced.
public struct ProblemRecord: Codable, Sendable, Hashable {
    /// The row id; nil until the problem is inserted.
    public var id: Int64?
    /// The unique name, e.g. `shortest-unsorted-subarray`.
    public var slug: String
    /// The LeetCode number, if any.
    public var number: Int?
    /// The display title, e.g. "Shortest Unsorted Continuous Subarray".
    public var title: String
    /// `easy`, `medium` or `hard`.
    public var difficulty: Difficulty
    /// The statement, in Markdown.
    public var statement: String
    /// Where the problem comes from, e.g. its LeetCode page.
    public var sourceURL: String?
    /// `catalog` for a built-in problem, `user` for a problem the user defined.
    public var origin: ProblemOrigin
    /// CPU time limit per test, in milliseconds.
    public var timeLimitMs: Int
    /// Memory limit (peak RSS) per test, in megabytes.
    public var memoryLimitMB: Int
    /// How outputs are compared to expected answers (interpreted by the service).
    public var checker: String
    /// The version of the reference solver; cached expected answers are valid for this version only.
    public var referenceVersion: String
    /// When the problem was added to the set.
    public var addedAt: Date
    /// The largest size a user problem's generator is given (nil: catalog problem or no generator).
    public var maxSize: Int?

    /// Creates a record; leave `id` nil for one that is not stored yet.
    public init(
        id: Int64? = nil,
        slug: String,
        number: Int?,
        title: String,
        difficulty: Difficulty,
        statement: String,
        sourceURL: String?,
        origin: ProblemOrigin,
        timeLimitMs: Int,
        memoryLimitMB: Int,
        checker: String,
        referenceVersion: String,
        addedAt: Date,
        maxSize: Int? = nil
    ) {
        self.id = id
        self.slug = slug
        self.number = number
        self.title = title
        self.difficulty = difficulty
        self.statement = statement
        self.sourceURL = sourceURL
        self.origin = origin
        self.timeLimitMs = timeLimitMs
        self.memoryLimitMB = memoryLimitMB
        self.checker = checker
        self.referenceVersion = referenceVersion
        self.addedAt = addedAt
        self.maxSize = maxSize
    }
}

extension ProblemRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "problem"

    /// The columns of the table, for GRDB's query interface.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let slug = Column(CodingKeys.slug)
        public static let number = Column(CodingKeys.number)
        public static let title = Column(CodingKeys.title)
        public static let difficulty = Column(CodingKeys.difficulty)
        public static let statement = Column(CodingKeys.statement)
        public static let sourceURL = Column(CodingKeys.sourceURL)
        public static let origin = Column(CodingKeys.origin)
        public static let timeLimitMs = Column(CodingKeys.timeLimitMs)
        public static let memoryLimitMB = Column(CodingKeys.memoryLimitMB)
        public static let checker = Column(CodingKeys.checker)
        public static let referenceVersion = Column(CodingKeys.referenceVersion)
        public static let addedAt = Column(CodingKeys.addedAt)
        public static let maxSize = Column(CodingKeys.maxSize)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
