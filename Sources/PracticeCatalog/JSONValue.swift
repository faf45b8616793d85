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
    /// Members by key; serialized with keys sorted.
    case object([String: JSONValue])

    /// Numeric view: `.int` and `.double` as `Double`, else nil.
    public var number: Double? {
        switch self {
        case .int(let value): Double(value)
        case .double(let value): value
        default: nil
        }
    }

    /// Compact serialization, deterministic (object keys sorted), doubles in shortest round-trip
    /// form (Swift's `description`, e.g. 0.1, 1e-07, 5.0 -> "5.0"), strings escaped per JSON.
    ///
    /// JSON has no NaN or infinity: a non-finite double is written as `null`.
    public var json: String {
        var output = ""
        write(to: &output)
        return output
    }

    private func write(to output: inout String) {
        switch self {
        case .null:
            output += "null"
        case .bool(let value):
            output += value ? "true" : "false"
        case .int(let value):
            output += String(value)
        case .double(let value):
            output += value.isFinite ? value.description : "null"
        case .string(let value):
            Self.writeString(value, to: &output)
        case .array(let elements):
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += "," }
                element.write(to: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (index, member) in members.sorted(by: { $0.key < $1.key }).enumerated() {
                if index > 0 { output += "," }
                Self.writeString(member.key, to: &output)
                output += ":"
                member.value.write(to: &output)
            }
            output += "}"
        }
    }

    private static func writeString(_ string: String, to output: inout String) {
        output += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case "\u{00}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
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
    /// Builds an object; with a repeated key the last value wins.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}

extension JSONValue {
    /// The compact JSON, cut to `maximumLength` characters (ending in "...") for one-line messages.
    func brief(maximumLength: Int = 40) -> String {
        let text = json
        return text.count <= maximumLength ? text : text.prefix(maximumLength - 3) + "..."
    }
}
