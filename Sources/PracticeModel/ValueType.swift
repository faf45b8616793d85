/// The type of one argument or result of a problem's function, with the constraints its values obey.
///
/// A problem declares its parameters with these, e.g. `nums: .array(.int(-100_000...100_000), count: 1...10_000)`
/// or `root: .tree(.int(-1000...1000), nodes: 0...10_000)`; the catalog derives validation, the statement's
/// Input and Constraints sections, generators and shrinking from them, and the languages derive their driver
/// types from ``swiftNotation``. Ranges are inclusive. A result type's constraints are informative only.
///
/// Room for what comes next (issue 13): `.list` (singly linked lists, `ListNode?`) reads like `.tree`; design
/// problems called method by method, in-place results and answers in any order are properties of the function
/// (its checker and calling convention), not of a value type, so they extend ``Signature``, not this enum.
public indirect enum ValueType: Sendable, Hashable {
    /// A 64-bit integer (Swift's `Int`, 32 bits in most LeetCode statements) within `range`, whose upper
    /// bound is further capped by `atMost` when given (`1 <= k <= nums.length`).
    case int(ClosedRange<Int>, atMost: Bound? = nil)
    /// LeetCode's `long`: a 64-bit integer, written `Int64` (drivers use 64-bit types in every language).
    case long(ClosedRange<Int>)
    /// A finite double within `range`.
    case double(ClosedRange<Double>)
    case bool
    /// One character from `alphabet`, written as a one-character JSON string.
    case character(Alphabet)
    /// A string of `length` characters (Unicode scalars) from `alphabet`.
    case string(length: ClosedRange<Int>, alphabet: Alphabet)
    /// An array of `count` elements; `countName` replaces "the length of NAME" in messages and prose
    /// (e.g. "the number of coins").
    case array(ValueType, count: ClosedRange<Int>, countName: String? = nil)
    /// An array of exactly `fields.count` elements with a name each, e.g. an interval `[start, end]`.
    case tuple(ValueType, fields: [String])
    /// A matrix: `rows` rows of equally many `columns` cells (messages call them m and n).
    case grid(ValueType, rows: ClosedRange<Int>, columns: ClosedRange<Int>)
    /// A binary tree in LeetCode's level-order form (`[1,null,2]`), `nodes` nodes holding `value`s.
    case tree(ValueType, nodes: ClosedRange<Int>)
    /// A singly-linked list, LeetCode's `ListNode`, written as the JSON array of its values in order (`[1,2,3]`;
    /// `[]` is the empty list, `null` in the function), `nodes` nodes holding `value`s.
    case list(ValueType, nodes: ClosedRange<Int>)

    /// A bound that refers to another argument.
    public enum Bound: Sendable, Hashable {
        /// The length (element count, string length or node count) of the argument named so.
        case length(of: String)
    }

    /// The type in Swift notation, exactly as drivers and signatures spell it: "Int", "[Int]", "[[Character]]",
    /// "TreeNode?", "Int64".
    public var swiftNotation: String {
        switch self {
        case .int: "Int"
        case .long: "Int64"
        case .double: "Double"
        case .bool: "Bool"
        case .character: "Character"
        case .string: "String"
        case .array(let element, _, _), .tuple(let element, _): "[\(element.swiftNotation)]"
        case .grid(let cell, _, _): "[[\(cell.swiftNotation)]]"
        case .tree: "TreeNode?"
        case .list: "ListNode?"
        }
    }
}

/// The characters a string or character may hold, with the words messages and statements use for them.
public struct Alphabet: Sendable, Hashable {
    /// The allowed Unicode scalars, in a fixed order (generators draw from them).
    public let scalars: [Unicode.Scalar]
    /// For messages: `s[2] = "x" is not NAME`, e.g. "one of ()[]{}".
    public let name: String
    /// For statements: "`s` holds PROSE", e.g. "only the characters `()[]{}`".
    public let prose: String

    public init(_ scalars: [Unicode.Scalar], name: String, prose: String) {
        self.scalars = scalars
        self.name = name
        self.prose = prose
    }

    /// Exactly the characters of `characters`, e.g. `.oneOf("()[]{}")`.
    public static func oneOf(_ characters: String) -> Alphabet {
        Alphabet(Array(characters.unicodeScalars), name: "one of \(characters)",
                 prose: "only the characters `\(characters)`")
    }

    /// Printable ASCII, codes 32 (space) to 126 (`~`).
    public static let printableASCII = Alphabet(
        (32...126).compactMap(Unicode.Scalar.init), name: "printable ASCII (codes 32 to 126)",
        prose: "printable ASCII characters only: letters, digits, symbols and spaces (codes 32 to 126)")

    /// The 26 lowercase English letters.
    public static let lowercase = Alphabet(
        (97...122).compactMap(Unicode.Scalar.init), name: "a lowercase English letter",
        prose: "only lowercase English letters")

    public func contains(_ scalar: Unicode.Scalar) -> Bool { scalars.contains(scalar) }

    /// `"0" or "1"`: the characters as JSON strings, for "must be ..." messages.
    public var either: String { listed(joinedBy: "or") }

    /// `"0" and "1" strings`: what an array of these characters holds.
    public var plural: String { listed(joinedBy: "and") + " strings" }

    /// The characters as JSON strings, the last two joined by `word`: `"0", "1" or "2"`.
    private func listed(joinedBy word: String) -> String {
        let quoted = scalars.map { "\"\($0)\"" }
        return quoted.count <= 1 ? quoted.joined() : quoted.dropLast().joined(separator: ", ") + " \(word) " + quoted.last!
    }
}
