import Foundation
import GRDB
import PracticeModel

// MARK: - Notes and their links

/// A problem an import adds to the set (a catalog problem a note names), with its tags and examples.
public struct NewProblem: Sendable, Hashable {
    public var record: ProblemRecord
    public var tags: [String]
    public var testCases: [TestCaseRecord]

    public init(record: ProblemRecord, tags: [String], testCases: [TestCaseRecord]) {
        self.record = record
        self.tags = tags
        self.testCases = testCases
    }
}

/// What an import stores for one note; `AppDatabase.importNotes` inserts or updates it by title.
public struct NoteDraft: Sendable, Hashable {
    /// The unique title.
    public var title: String
    public var type: NoteType
    /// The slug of the problem the note is about (in the set, or added by the same import).
    public var problemSlug: String?
    /// The file name, kept from the first import.
    public var fileName: String
    /// The front matter as a JSON object.
    public var frontMatter: String
    /// The body, verbatim.
    public var body: String
    /// The links, each `(relation, target)` once.
    public var links: [Link]

    /// A link of the note: how it links, and the linked title.
    public typealias Link = NoteLink

    public init(title: String, type: NoteType, problemSlug: String?, fileName: String, frontMatter: String, body: String,
                links: [Link]) {
        self.title = title
        self.type = type
        self.problemSlug = problemSlug
        self.fileName = fileName
        self.frontMatter = frontMatter
        self.body = body
        self.links = links
    }
}

/// What an import did to one note.
public enum NoteChange: String, Sendable, Codable {
    /// The title was new: the note was inserted.
    case added
    /// A note with that title existed and differed: its type, problem, front matter, body and links were replaced.
    case updated
    /// A note with that title existed and was identical: nothing was written.
    case unchanged
}

extension AppDatabase {
    /// Adds the problems that are not in the set yet (by slug) and inserts or updates the notes (by
    /// title), in one transaction: either everything is stored or nothing is. A note identical to the
    /// stored one is not written at all (its `updatedAt` stays), so importing the same notes twice
    /// changes nothing. Returns each note's id and what happened to it, in the order of `notes`.
    public func importNotes(
        _ notes: [NoteDraft],
        adding problems: [NewProblem],
        at date: Date
    ) throws(StorageError) -> [(id: Int64, change: NoteChange)] {
        try write { db in
            for problem in problems where try ProblemRecord.filter({ $0.slug == problem.record.slug }).fetchCount(db) == 0 {
                _ = try Self.insertProblem(db, problem.record, tags: problem.tags, testCases: problem.testCases)
            }
            return try notes.map { draft in try Self.store(draft, db, at: date) }
        }
    }

    private static func store(_ draft: NoteDraft, _ db: Database, at date: Date) throws -> (id: Int64, change: NoteChange) {
        var problemId: Int64? = nil
        if let slug = draft.problemSlug {
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM problem WHERE slug = ?", arguments: [slug]) else {
                throw StorageError.database("the note '\(draft.title)' names the problem '\(slug)', which is not in the database")
            }
            problemId = id
        }
        let links = Set(draft.links.map { [$0.relation.rawValue, $0.target] })
        if var stored = try NoteRecord.filter({ $0.title == draft.title }).fetchOne(db), let id = stored.id {
            let storedLinks = Set(try NoteLinkRecord.filter { $0.noteId == id }.fetchAll(db).map { [$0.relation, $0.target] })
            if stored.type == draft.type.rawValue, stored.problemId == problemId, stored.frontMatter == draft.frontMatter,
               stored.body == draft.body, storedLinks == links {
                return (id, .unchanged)
            }
            stored.type = draft.type.rawValue
            stored.problemId = problemId
            stored.frontMatter = draft.frontMatter
            stored.body = draft.body
            stored.updatedAt = date
            try stored.update(db)
            try NoteLinkRecord.filter { $0.noteId == id }.deleteAll(db)
            try insertLinks(draft.links, noteId: id, db)
            return (id, .updated)
        }
        let note = try NoteRecord(title: draft.title, type: draft.type.rawValue, problemId: problemId, fileName: draft.fileName,
                                  createdAt: date, updatedAt: date, frontMatter: draft.frontMatter, body: draft.body)
            .inserted(db)
        guard let id = note.id else { throw StorageError.database("a note was inserted without an id") }
        try insertLinks(draft.links, noteId: id, db)
        return (id, .added)
    }

    private static func insertLinks(_ links: [NoteDraft.Link], noteId: Int64, _ db: Database) throws {
        for link in Set(links) {
            try NoteLinkRecord(noteId: noteId, relation: link.relation.rawValue, target: link.target).insert(db)
        }
    }

    /// Every note, by id.
    public func notes() throws(StorageError) -> [NoteRecord] {
        try read { db in try NoteRecord.order(NoteRecord.Columns.id).fetchAll(db) }
    }

    /// The notes about one problem, by id (the first is its main note).
    public func notes(problemId: Int64) throws(StorageError) -> [NoteRecord] {
        try read { db in
            try NoteRecord.filter { $0.problemId == problemId }.order(NoteRecord.Columns.id).fetchAll(db)
        }
    }

    /// The note with this title, if any.
    public func note(title: String) throws(StorageError) -> NoteRecord? {
        try read { db in try NoteRecord.filter { $0.title == title }.fetchOne(db) }
    }

    /// The links of a note, by relation then target.
    public func noteLinks(noteId: Int64) throws(StorageError) -> [NoteLinkRecord] {
        try read { db in
            try NoteLinkRecord.filter { $0.noteId == noteId }
                .order(NoteLinkRecord.Columns.relation, NoteLinkRecord.Columns.target).fetchAll(db)
        }
    }

    /// The concept notes related to a problem, by title: those linking to one of the problem's notes,
    /// to its title or to its slug, and those one of the problem's notes links to. Titles compare
    /// without regard to ASCII case, as Obsidian resolves links.
    public func relatedConcepts(problemId: Int64) throws(StorageError) -> [NoteRecord] {
        try read { db in
            try NoteRecord.fetchAll(db, sql: """
                SELECT concept.* FROM note AS concept
                WHERE concept.type = 'concept' AND (
                    EXISTS (
                        SELECT 1 FROM noteLink AS link
                        WHERE link.noteId = concept.id AND (
                            link.target COLLATE NOCASE IN (SELECT title FROM note WHERE problemId = :problem)
                            OR link.target COLLATE NOCASE IN (SELECT title FROM problem WHERE id = :problem
                                                               UNION SELECT slug FROM problem WHERE id = :problem)))
                    OR EXISTS (
                        SELECT 1 FROM noteLink AS link JOIN note AS own ON own.id = link.noteId
                        WHERE own.problemId = :problem AND link.target = concept.title COLLATE NOCASE))
                ORDER BY concept.title
                """, arguments: ["problem": problemId])
        }
    }

    /// The oldest attempt of a problem whose source has one of these SHA-256 digests, if any.
    public func attemptId(problemId: Int64, sourceSHA256 digests: [String]) throws(StorageError) -> Int64? {
        try read { db in
            try AttemptRecord.filter { $0.problemId == problemId && digests.contains($0.sourceSHA256) }
                .order(AttemptRecord.Columns.id).select(AttemptRecord.Columns.id, as: Int64.self).fetchOne(db)
        }
    }

    /// The newest accepted attempt of a problem (of any kind), with its source.
    public func latestAcceptedAttempt(problemId: Int64) throws(StorageError) -> AttemptRecord? {
        try read { db in
            try AttemptRecord.filter { $0.problemId == problemId && $0.verdict == Verdict.AC }
                .order(AttemptRecord.Columns.createdAt.desc, AttemptRecord.Columns.id.desc).fetchOne(db)
        }
    }
}
