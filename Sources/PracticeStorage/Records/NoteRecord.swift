import Foundation
import GRDB
import PracticeModel

/// A Markdown note (Obsidian style), stored as the service parsed it: the front matter as a JSON
/// object, the body verbatim. Notes are named by their unique title.
public struct NoteRecord: Codable, Sendable, Hashable {
    /// The row id; nil until the note is inserted.
    public var id: Int64?
    /// The note's title (front matter `title`, else its file name without `.md`); unique.
    public var title: String
    /// `problem`, `concept` or `note` (see `NoteType`).
    public var type: String
    /// The problem the note is about, if it names one that is in the set.
    public var problemId: Int64?
    /// The name of the file the note was first imported from.
    public var fileName: String
    /// When the note was first imported.
    public var createdAt: Date
    /// When an import last changed it.
    public var updatedAt: Date
    /// The front matter as a JSON object, keys in the note's order.
    public var frontMatter: String
    /// The Markdown after the front matter, verbatim.
    public var body: String

    /// Creates a record; leave `id` nil for one that is not stored yet.
    public init(id: Int64? = nil, title: String, type: String, problemId: Int64?, fileName: String, createdAt: Date,
                updatedAt: Date, frontMatter: String, body: String) {
        self.id = id
        self.title = title
        self.type = type
        self.problemId = problemId
        self.fileName = fileName
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.frontMatter = frontMatter
        self.body = body
    }
}

extension NoteRecord: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "note"

    /// The columns of the table, for GRDB's query interface.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let title = Column(CodingKeys.title)
        public static let type = Column(CodingKeys.type)
        public static let problemId = Column(CodingKeys.problemId)
        public static let fileName = Column(CodingKeys.fileName)
        public static let createdAt = Column(CodingKeys.createdAt)
        public static let updatedAt = Column(CodingKeys.updatedAt)
        public static let frontMatter = Column(CodingKeys.frontMatter)
        public static let body = Column(CodingKeys.body)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// A link from a note to a title.
public struct NoteLinkRecord: Codable, Sendable, Hashable {
    /// The note the link is written in.
    public var noteId: Int64
    /// `isPartOf`, `solvedBy`, `hasPart` or `link`.
    public var relation: String
    /// The linked title (`[[Target|alias]]` and `[[Target#heading]]` keep `Target`).
    public var target: String

    public init(noteId: Int64, relation: String, target: String) {
        self.noteId = noteId
        self.relation = relation
        self.target = target
    }
}

extension NoteLinkRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "noteLink"

    /// The columns of the table, for GRDB's query interface.
    public enum Columns {
        public static let noteId = Column(CodingKeys.noteId)
        public static let relation = Column(CodingKeys.relation)
        public static let target = Column(CodingKeys.target)
    }
}
