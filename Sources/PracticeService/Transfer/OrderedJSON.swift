import Foundation

/// A JSON value whose object members keep their order: front matter (stored as JSON, written back
/// as YAML in the note's key order) and export files.
public indirect enum OrderedJSON: Sendable, Hashable {
    case null
    case bool(Bool)
    /// A number written without fraction or exponent that fits `Int64`.
    case integer(Int64)
    /// Any other number; always finite.
    case number(Double)
    case string(String)
    case array([OrderedJSON])
    case object([Member])

    /// One member of an object.
    public struct Member: Sendable, Hashable {
        public var key: String
        public var value: OrderedJSON

        public init(_ key: String, _ value: OrderedJSON) {
            self.key = key
            self.value = value
        }
    }

    /// The value of the first member named `key` of an object; nil for a missing key or a non-object.
    public subscript(key: String) -> OrderedJSON? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The text of a string, or of a number or boolean (a YAML `title: 581` is the title "581").
    public var text: String? {
        switch self {
        case .string(let value): value
        case .integer(let value): String(value)
        case .number(let value): String(value)
        case .bool(let value): String(value)
        default: nil
        }
    }

    /// Compact JSON, members in order, strings escaped per RFC 8259 (non-ASCII kept as is).
    public var json: String {
        var output = ""
        write(to: &output)
        return output
    }

    func write(to output: inout String) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .integer(let value): output += String(value)
        case .number(let value): output += JSONText.number(value)
        case .string(let value): JSONText.writeString(value, to: &output)
        case .array(let elements):
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += ", " }
                element.write(to: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { output += ", " }
                JSONText.writeString(member.key, to: &output)
                output += ": "
                member.value.write(to: &output)
            }
            output += "}"
        }
    }
}

/// JSON text helpers shared by the writers.
enum JSONText {
    /// A finite double in its shortest round-trip form (`5.0`, `1e-07`); JSON has no NaN or infinity: `null`.
    static func number(_ value: Double) -> String {
        value.isFinite ? value.description : "null"
    }

    static func writeString(_ string: String, to output: inout String) {
        output += "\""
        // Most strings need no escape: copy them whole.
        if !string.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xE2 }) {
            output += string
            output += "\""
            return
        }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{00}"..."\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}":
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }

    static func string(_ string: String) -> String {
        var output = ""
        writeString(string, to: &output)
        return output
    }
}

/// A parsed JSON value with the line it starts on, so that a validation error can name the line.
struct LocatedJSON {
    indirect enum Kind {
        case null
        case bool(Bool)
        case integer(Int64)
        case number(Double)
        case string(String)
        case array([LocatedJSON])
        case object([(key: String, value: LocatedJSON)])
    }

    var kind: Kind
    /// The line (from 1) where the value starts.
    var line: Int

    /// The value without lines.
    var plain: OrderedJSON {
        switch kind {
        case .null: .null
        case .bool(let value): .bool(value)
        case .integer(let value): .integer(value)
        case .number(let value): .number(value)
        case .string(let value): .string(value)
        case .array(let elements): .array(elements.map(\.plain))
        case .object(let members): .object(members.map { OrderedJSON.Member($0.key, $0.value.plain) })
        }
    }

    /// What kind of value this is, in words, for messages ("a string", "an array").
    var typeName: String {
        switch kind {
        case .null: "null"
        case .bool: "a boolean"
        case .integer: "an integer"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// The first member named `key` of an object.
    subscript(key: String) -> LocatedJSON? {
        guard case .object(let members) = kind else { return nil }
        return members.first { $0.key == key }?.value
    }
}

/// A JSON syntax error, with the line where it was found.
struct JSONSyntaxError: Error, Equatable {
    let message: String
    let line: Int
}

/// A strict RFC 8259 parser that records the line of every value (the standard library's parser
/// gives neither lines nor member order).
struct LocatedJSONParser {
    private let bytes: [UInt8]
    private var index = 0
    /// The current line (from 1).
    private(set) var line = 1
    private var depth = 0
    private static let maximumDepth = 512

    /// A parser at the start of `bytes` (a leading BOM skipped), for reading a document piece by piece.
    init(bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    /// Parses one JSON document (surrounding whitespace allowed, a leading BOM skipped).
    static func parse(_ text: String) throws(JSONSyntaxError) -> LocatedJSON {
        var parser = LocatedJSONParser(bytes: Array(text.utf8))
        parser.skipWhitespace()
        let value = try parser.parseValue()
        try parser.finish()
        return value
    }

    func error(_ message: String) -> JSONSyntaxError { JSONSyntaxError(message: message, line: line) }

    // MARK: Reading piece by piece

    /// Whitespace, then the end of the text.
    mutating func finish() throws(JSONSyntaxError) {
        skipWhitespace()
        guard index == bytes.count else { throw error("unexpected text after the JSON value") }
    }

    /// Reads the `{` that opens an object.
    mutating func beginObject() throws(JSONSyntaxError) {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { throw error("expected an object ('{')") }
        index += 1
    }

    /// Reads the `[` that opens an array.
    mutating func beginArray() throws(JSONSyntaxError) {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { throw error("expected an array ('[')") }
        index += 1
    }

    /// The next member name of an object opened with `beginObject` (its `:` read), or nil after its `}`.
    /// `first` is true for the first call on an object.
    mutating func nextMember(first: Bool) throws(JSONSyntaxError) -> String? {
        skipWhitespace()
        guard index < bytes.count else { throw error("the file ends inside an object (missing '}')") }
        if bytes[index] == UInt8(ascii: "}") { index += 1; return nil }
        if !first {
            guard bytes[index] == UInt8(ascii: ",") else { throw error("expected ',' or '}' in an object") }
            index += 1
            skipWhitespace()
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw error("expected a quoted member name in an object") }
        let key = try parseString()
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("expected ':' after the member name \"\(key)\"") }
        index += 1
        skipWhitespace()
        return key
    }

    /// Whether another element follows in an array opened with `beginArray` (false after its `]`).
    mutating func hasNextElement(first: Bool) throws(JSONSyntaxError) -> Bool {
        skipWhitespace()
        guard index < bytes.count else { throw error("the file ends inside an array (missing ']')") }
        if bytes[index] == UInt8(ascii: "]") { index += 1; return false }
        if !first {
            guard bytes[index] == UInt8(ascii: ",") else { throw error("expected ',' or ']' in an array") }
            index += 1
        }
        skipWhitespace()
        return true
    }

    /// Where the parser stands, to come back to it with `seek`.
    var position: (index: Int, line: Int) { (index, line) }

    mutating func seek(_ position: (index: Int, line: Int)) {
        index = position.index
        line = position.line
    }

    /// Moves past the next value without building it (strings and nesting followed, nothing checked:
    /// a value skipped is parsed properly later).
    mutating func skipValue() throws(JSONSyntaxError) {
        skipWhitespace()
        var depth = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                index += 1
                if depth == 0 { return }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                index += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if depth == 0 { return }  // the end of the enclosing value: a scalar ended here
                depth -= 1
                index += 1
                if depth == 0 { return }
            case UInt8(ascii: ","), 0x20, 0x09, 0x0D, 0x0A:
                if depth == 0 { return }
                if bytes[index] == 0x0A { line += 1 }
                index += 1
            default:
                index += 1
            }
        }
        if depth > 0 { throw error("the file ends inside a value") }
    }

    /// Whether only whitespace is left.
    mutating func atEnd() -> Bool {
        skipWhitespace()
        return index == bytes.count
    }

    /// Whether the next value is an object (without reading it).
    mutating func atObject() -> Bool {
        skipWhitespace()
        return index < bytes.count && bytes[index] == UInt8(ascii: "{")
    }

    /// Whether the next value is an array (without reading it).
    mutating func atArray() -> Bool {
        skipWhitespace()
        return index < bytes.count && bytes[index] == UInt8(ascii: "[")
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x0A: line += 1; index += 1
            case 0x20, 0x09, 0x0D: index += 1
            default: return
            }
        }
    }

    mutating func parseValue() throws(JSONSyntaxError) -> LocatedJSON {
        skipWhitespace()
        guard index < bytes.count else { throw error("the file ends where a value was expected") }
        let start = line
        switch bytes[index] {
        case UInt8(ascii: "{"): return LocatedJSON(kind: try parseObject(), line: start)
        case UInt8(ascii: "["): return LocatedJSON(kind: try parseArray(), line: start)
        case UInt8(ascii: "\""): return LocatedJSON(kind: .string(try parseString()), line: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return LocatedJSON(kind: try parseNumber(), line: start)
        case UInt8(ascii: "t"): try literal("true"); return LocatedJSON(kind: .bool(true), line: start)
        case UInt8(ascii: "f"): try literal("false"); return LocatedJSON(kind: .bool(false), line: start)
        case UInt8(ascii: "n"): try literal("null"); return LocatedJSON(kind: .null, line: start)
        default: throw error("unexpected character '\(String(decoding: [bytes[index]], as: UTF8.self))' where a value was expected")
        }
    }

    private mutating func literal(_ word: String) throws(JSONSyntaxError) {
        let utf8 = Array(word.utf8)
        guard bytes.count - index >= utf8.count, Array(bytes[index..<index + utf8.count]) == utf8 else {
            throw error("invalid literal (expected \(word))")
        }
        index += utf8.count
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > Self.maximumDepth { throw error("values nested more than \(Self.maximumDepth) deep") }
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> LocatedJSON.Kind {
        try enter()
        defer { depth -= 1 }
        index += 1
        var elements: [LocatedJSON] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw error("the file ends inside an array (missing ']')") }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"): index += 1; return .array(elements)
            default: throw error("expected ',' or ']' in an array")
            }
        }
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> LocatedJSON.Kind {
        try enter()
        defer { depth -= 1 }
        index += 1
        var members: [(key: String, value: LocatedJSON)] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw error("expected a quoted member name in an object") }
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("expected ':' after the member name \"\(key)\"") }
            index += 1
            skipWhitespace()
            members.append((key, try parseValue()))
            skipWhitespace()
            guard index < bytes.count else { throw error("the file ends inside an object (missing '}')") }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"): index += 1; return .object(members)
            default: throw error("expected ',' or '}' in an object")
            }
        }
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> LocatedJSON.Kind {
        let start = index
        var isInteger = true
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, Self.isDigit(bytes[index]) else { throw error("invalid number: a digit must follow '-'") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, Self.isDigit(bytes[index]) { throw error("invalid number: leading zero") }
        } else {
            while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard index < bytes.count, Self.isDigit(bytes[index]) else { throw error("invalid number: a digit must follow '.'") }
            while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, Self.isDigit(bytes[index]) else { throw error("invalid number: a digit must follow the exponent") }
            while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if isInteger, let value = Int64(text) { return .integer(value) }
        guard let value = Double(text), value.isFinite else { throw error("number out of range: \(text)") }
        return .number(value)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        index += 1
        var utf8: [UInt8] = []
        while true {
            guard index < bytes.count else { throw error("the file ends inside a string (missing '\"')") }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                // The text was a Swift string and escapes decode to whole scalars: the bytes are valid UTF-8.
                return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                index += 1
                try parseEscape(into: &utf8)
            case 0x00..<0x20:
                throw error("a control character (such as a line break) inside a string must be escaped")
            default:
                utf8.append(byte)
                index += 1
            }
        }
    }

    private mutating func parseEscape(into utf8: inout [UInt8]) throws(JSONSyntaxError) {
        guard index < bytes.count else { throw error("the file ends inside a string escape") }
        let byte = bytes[index]
        index += 1
        let simple: UInt8? = switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): byte
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
        if let simple { utf8.append(simple); return }
        guard byte == UInt8(ascii: "u") else { throw error("invalid escape '\\\(String(decoding: [byte], as: UTF8.self))' in a string") }
        var scalar = try hexQuad()
        if (0xD800..<0xDC00).contains(scalar) {
            guard bytes.count - index >= 6, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                throw error("a lone UTF-16 surrogate escape in a string")
            }
            index += 2
            let low = try hexQuad()
            guard (0xDC00..<0xE000).contains(low) else { throw error("a lone UTF-16 surrogate escape in a string") }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00..<0xE000).contains(scalar) {
            throw error("a lone UTF-16 surrogate escape in a string")
        }
        guard let unicode = Unicode.Scalar(scalar) else { throw error("an invalid \\u escape in a string") }
        utf8.append(contentsOf: Array(String(Character(unicode)).utf8))
    }

    private mutating func hexQuad() throws(JSONSyntaxError) -> UInt32 {
        guard bytes.count - index >= 4 else { throw error("a \\u escape needs four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error("a \\u escape needs four hex digits")
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }
}
