/// A JSON value with ints kept exact (LeetCode's test format: one JSON line per argument).
///
/// Integers that fit `Int` stay `.int`, so `[1,2,3]` round-trips as integers and never turns
/// into `1.0`. Equality is structural (`.int(5) != .double(5)`); checkers compare numbers
/// numerically instead.
///
/// Not declared `indirect`: arrays and dictionaries already store their elements out of line,
/// and unboxed numbers keep parsing 10^4-element inputs cheap.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// A number written without fraction or exponent that fits `Int`.
    case int(Int)
    /// Any other number; always finite when parsed.
    case double(Double)
    case string(String)
    case array([JSONValue])
    /// Members in the order written; equal objects have the same members in any order.
    case object(JSONObject)

    /// Numeric view: `.int` and `.double` as `Double`, else nil.
    public var number: Double? {
        switch self {
        case .int(let value): Double(value)
        case .double(let value): value
        default: nil
        }
    }

    /// Compact serialization, deterministic (object members in their order), doubles in shortest
    /// round-trip form (Swift's `description`, e.g. 0.1, 1e-07, 5.0 -> "5.0"), strings escaped per
    /// JSON.
    ///
    /// JSON has no NaN or infinity: a non-finite double is written as `null`.
    public var json: String {
        var output: [UInt8] = []
        write(to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// The same with a space after each `,` and `:`, for JSON people read (stored front matter), and
    /// U+007F, U+2028 and U+2029 escaped too, so that the text is safe in YAML and JavaScript.
    public var spacedJSON: String {
        var output: [UInt8] = []
        write(to: &output, spaced: true)
        return String(decoding: output, as: UTF8.self)
    }

    /// The value of the first member named `key` of an object; nil for a missing key or a non-object.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }

    /// The text of a string, or of a number or boolean (a YAML `title: 581` is the title "581").
    public var text: String? {
        switch self {
        case .string(let value): value
        case .int(let value): String(value)
        case .double(let value): String(value)
        case .bool(let value): String(value)
        default: nil
        }
    }

    /// What kind of value this is, in words, for messages ("a string", "an array").
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .int: "an integer"
        case .double: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// A string's JSON text, quoted and escaped as `spacedJSON` writes it (safe in YAML and JavaScript).
    public static func quoted(_ string: String) -> String {
        var output: [UInt8] = []
        writeString(string, to: &output, spaced: true)
        return String(decoding: output, as: UTF8.self)
    }

    /// A double's JSON text: shortest round-trip form, `null` when not finite.
    public static func number(_ value: Double) -> String {
        value.isFinite ? value.description : "null"
    }

    /// Appends the compact serialization (see `json`) as UTF-8. Bytes, not a `String`: a generated
    /// input holds up to 10^4 numbers and a judge writes a thousand inputs before its first test.
    public func write(to output: inout [UInt8], spaced: Bool = false) {
        switch self {
        case .null:
            output.append(contentsOf: "null".utf8)
        case .bool(let value):
            output.append(contentsOf: (value ? "true" : "false").utf8)
        case .int(let value):
            Self.writeInteger(value, to: &output)
        case .double(let value):
            output.append(contentsOf: (value.isFinite ? value.description : "null").utf8)
        case .string(let value):
            Self.writeString(value, to: &output, spaced: spaced)
        case .array(let elements):
            output.reserveCapacity(output.count + 2 + elements.count * 4)
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")); if spaced { output.append(UInt8(ascii: " ")) } }
                element.write(to: &output, spaced: spaced)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")); if spaced { output.append(UInt8(ascii: " ")) } }
                Self.writeString(member.key, to: &output, spaced: spaced)
                output.append(UInt8(ascii: ":"))
                if spaced { output.append(UInt8(ascii: " ")) }
                member.value.write(to: &output, spaced: spaced)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Decimal digits, as `String(value)` writes them.
    private static func writeInteger(_ value: Int, to output: inout [UInt8]) {
        if value < 0 { output.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var count = 1
        var bound: UInt = 10
        while count < 20 && magnitude >= bound {
            count += 1
            bound &*= 10
        }
        let start = output.count
        output.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: count))
        output.withUnsafeMutableBufferPointer { buffer in
            var index = start + count - 1
            while magnitude > 0 {
                buffer[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
                index -= 1
            }
        }
    }

    /// `spaced` also escapes U+007F, U+2028 and U+2029.
    private static func writeString(_ string: String, to output: inout [UInt8], spaced: Bool) {
        output.append(UInt8(ascii: "\""))
        // Most strings need no escape: copy them whole.
        if !string.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || (spaced && ($0 == 0x7F || $0 == 0xE2)) }) {
            output.append(contentsOf: string.utf8)
            output.append(UInt8(ascii: "\""))
            return
        }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output.append(contentsOf: "\\\"".utf8)
            case "\\": output.append(contentsOf: "\\\\".utf8)
            case "\n": output.append(contentsOf: "\\n".utf8)
            case "\r": output.append(contentsOf: "\\r".utf8)
            case "\t": output.append(contentsOf: "\\t".utf8)
            case "\u{08}": output.append(contentsOf: "\\b".utf8)
            case "\u{0C}": output.append(contentsOf: "\\f".utf8)
            case _ where scalar.value < 0x20 || (spaced && (scalar == "\u{7F}" || scalar == "\u{2028}" || scalar == "\u{2029}")):
                let hex = String(scalar.value, radix: 16)
                output.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default:
                output.append(contentsOf: scalar.utf8)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}

extension JSONValue: ExpressibleByNilLiteral {
    public init(nilLiteral: ()) { self = .null }
}

extension JSONValue: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension JSONValue: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self = .int(value) }
}

extension JSONValue: ExpressibleByFloatLiteral {
    public init(floatLiteral value: Double) { self = .double(value) }
}

extension JSONValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
}

extension JSONValue: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
}

extension JSONValue: ExpressibleByDictionaryLiteral {
    /// Builds an object, members in the literal's order; with a repeated key the last value wins.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        var object = JSONObject()
        for (key, value) in elements { object[key] = value }
        self = .object(object)
    }
}

/// A JSON object: its members in the order they were written or added (export files and front matter
/// keep their order). Equality and hashing ignore the order: `{"a":1,"b":2} == {"b":2,"a":1}`.
public struct JSONObject: Sendable, Hashable, RandomAccessCollection, ExpressibleByDictionaryLiteral,
    ExpressibleByArrayLiteral {
    /// One member of an object.
    public struct Member: Sendable, Hashable {
        public var key: String
        public var value: JSONValue

        public init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    public private(set) var members: [Member]

    public init(_ members: [Member] = []) {
        self.members = members
    }

    public init(arrayLiteral members: Member...) {
        self.members = members
    }

    /// Members in the literal's order; with a repeated key the last value wins.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        members = []
        for (key, value) in elements { self[key] = value }
    }

    public var startIndex: Int { members.startIndex }
    public var endIndex: Int { members.endIndex }
    public subscript(position: Int) -> (key: String, value: JSONValue) { (members[position].key, members[position].value) }

    /// The value of the first member named `key`; setting replaces it in place, or appends a new
    /// member (nil removes it).
    public subscript(key: String) -> JSONValue? {
        get { members.first { $0.key == key }?.value }
        set {
            if let index = members.firstIndex(where: { $0.key == key }) {
                if let newValue { members[index].value = newValue } else { members.remove(at: index) }
            } else if let newValue {
                members.append(Member(key, newValue))
            }
        }
    }

    /// Adds a member at the end (even when the key is already there: the reader refuses that itself).
    public mutating func append(_ key: String, _ value: JSONValue) {
        members.append(Member(key, value))
    }

    public mutating func insert(_ member: Member, at index: Int) {
        members.insert(member, at: index)
    }

    public var keys: [String] { members.map(\.key) }
    public var values: [JSONValue] { members.map(\.value) }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.members.count == rhs.members.count else { return false }
        if lhs.members == rhs.members { return true }
        // Same members in another order: by key, in linear time (the first member of a repeated key counts,
        // as `subscript(key:)` reads it).
        let right = Dictionary(rhs.members.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        let left = Dictionary(lhs.members.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        return left == right
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(members.count)
        for member in members.sorted(by: { $0.key < $1.key }) {
            hasher.combine(member.key)
            hasher.combine(member.value)
        }
    }
}

extension JSONValue {
    /// The compact JSON, cut to `maximumLength` characters (ending in "...") for one-line messages.
    public func brief(maximumLength: Int = 40) -> String {
        let text = json
        return text.count <= maximumLength ? text : text.prefix(maximumLength - 3) + "..."
    }
}
