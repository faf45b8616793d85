import Foundation
import GRDB

/// A program a user problem brings: its reference solution, generator or checker, stored as source
/// text with the language recipe that builds and runs it.
public struct ProblemProgramRecord: Codable, Sendable, Hashable {
    /// The problem; `AppDatabase.addProblem` sets it for the programs it inserts.
    public var problemId: Int64
    /// `reference`, `generator` or `checker`.
    public var role: String
    /// The language recipe's name, e.g. `python`, `cpp`.
    public var language: String
    /// The file name the program had when it was added, e.g. `ref.py`.
    public var fileName: String
    public var source: String

    public init(problemId: Int64 = 0, role: String, language: String, fileName: String, source: String) {
        self.problemId = problemId
        self.role = role
        self.language = language
        self.fileName = fileName
        self.source = source
    }
}

extension ProblemProgramRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "problemProgram"

    public enum Columns {
        public static let problemId = Column(CodingKeys.problemId)
        public static let role = Column(CodingKeys.role)
    }
}
