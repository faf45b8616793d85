// The vocabulary of notes: what kind a note is and how it links to other titles. The parser
// (PracticeTransfer) produces it, storage keeps it.

/// The kinds of note (`note.type`).
public enum NoteType: String, Sendable, Codable, CaseIterable {
    /// About one problem: its description, solution and thoughts.
    case problem
    /// A concept (front matter `type: concept`), related to problems through links.
    case concept
    /// Any other note.
    case note
}

/// How a note links to a title (`noteLink.relation`).
public enum NoteRelation: String, Sendable, Codable, CaseIterable {
    /// Front matter `isPartOf`.
    case isPartOf
    /// Front matter `solvedBy`.
    case solvedBy
    /// Front matter `hasPart`.
    case hasPart
    /// A `[[wiki link]]` in the body or in another front matter field.
    case link
}

/// A link of a note: how it links, and the linked title.
public struct NoteLink: Sendable, Hashable {
    public var relation: NoteRelation
    public var target: String

    public init(relation: NoteRelation, target: String) {
        self.relation = relation
        self.target = target
    }
}
