/// Why a text is not one valid JSON value, and where.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A short reason, e.g. "unexpected character 'x'".
    public let message: String
    /// The UTF-8 byte offset in the parsed text where the problem was found.
    public let offset: Int
    /// The line (from 1) where the problem was found, for files of many lines.
    public let line: Int

    public init(message: String, offset: Int, line: Int = 1) {
        self.message = message
        self.offset = offset
        self.line = line
    }

    /// "reason at offset N", e.g. "unexpected character 'x' at offset 0".
    public var description: String { "\(message) at offset \(offset)" }
}

extension JSONValue {
    /// Parses exactly one JSON value (surrounding whitespace allowed). Numbers without
    /// fraction/exponent that fit Int are .int, others .double. Strict JSON (RFC 8259) otherwise;
    /// errors carry a short reason + offset.
    ///
    /// Beyond RFC 8259 this refuses numbers too large for a finite `Double`, duplicate object keys,
    /// and arrays/objects nested more than 512 levels deep.
    public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        var reader = JSONReader(text)
        return try reader.parseDocument()
    }
}

/// The one JSON reader: a strict recursive-descent parser over UTF-8 bytes that counts lines, keeps
/// object members in order, and can also walk a large document piece by piece (an export file read
/// one row at a time: `beginObject`, `nextMember`, `beginArray`, `hasNextElement`, `skipValue`,
/// `seek`) so that it is never held as one value.
public struct JSONReader {
    /// The deepest array/object nesting accepted, so hostile input cannot exhaust the stack.
    public static let maximumDepth = 512

    private let bytes: [UInt8]
    private var position = 0
    private var depth = 0
    /// The current line (from 1).
    public private(set) var line = 1

    public init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// A reader at the start of `bytes`; a leading UTF-8 byte order mark is skipped when asked (files).
    public init(bytes: [UInt8], skippingByteOrderMark: Bool = false) {
        self.bytes = bytes
        if skippingByteOrderMark, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// Exactly one value, then only whitespace.
    public mutating func parseDocument() throws(JSONParseError) -> JSONValue {
        let value = try parseValue()
        try finish()
        return value
    }

    /// Whitespace, then the end of the text.
    public mutating func finish() throws(JSONParseError) {
        skipWhitespace()
        if position < bytes.count {
            throw error("\(describeCurrent()) after the JSON value")
        }
    }

    // MARK: Reading piece by piece

    /// Reads the `{` that opens an object.
    public mutating func beginObject() throws(JSONParseError) {
        skipWhitespace()
        guard current == UInt8(ascii: "{") else { throw error("expected an object ('{'), found \(describeCurrentShort())") }
        try enterContainer()
        position += 1
    }

    /// Reads the `[` that opens an array.
    public mutating func beginArray() throws(JSONParseError) {
        skipWhitespace()
        guard current == UInt8(ascii: "[") else { throw error("expected an array ('['), found \(describeCurrentShort())") }
        try enterContainer()
        position += 1
    }

    /// The next member name of an object opened with `beginObject` (its `:` read, and the whitespace
    /// after it, so `line` is the value's), or nil after its `}`. `first` is true for the first call on an object.
    public mutating func nextMember(first: Bool) throws(JSONParseError) -> String? {
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return nil
        }
        if !first {
            guard current == UInt8(ascii: ",") else { throw error(describeCurrent() + " (expected ',' or '}' in an object)") }
            position += 1
            skipWhitespace()
        }
        guard current == UInt8(ascii: "\"") else { throw error(describeCurrent() + " (expected a quoted member name)") }
        let key = try parseString()
        skipWhitespace()
        guard current == UInt8(ascii: ":") else { throw error(describeCurrent() + " (expected ':' after the member name)") }
        position += 1
        skipWhitespace()
        return key
    }

    /// Whether another element follows in an array opened with `beginArray` (false after its `]`).
    public mutating func hasNextElement(first: Bool) throws(JSONParseError) -> Bool {
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return false
        }
        if !first {
            guard current == UInt8(ascii: ",") else { throw error(describeCurrent() + " (expected ',' or ']' in an array)") }
            position += 1
        }
        skipWhitespace()
        return true
    }

    /// Where the reader stands, to come back to it with `seek`.
    public struct Mark: Sendable, Equatable {
        fileprivate let position: Int
        fileprivate let line: Int
        fileprivate let depth: Int
    }

    public var mark: Mark { Mark(position: position, line: line, depth: depth) }

    public mutating func seek(_ mark: Mark) {
        position = mark.position
        line = mark.line
        depth = mark.depth
    }

    /// Moves past the next value without building it (strings and nesting followed, nothing else
    /// checked: a value skipped is read properly later).
    public mutating func skipValue() throws(JSONParseError) {
        skipWhitespace()
        var nesting = 0
        while let byte = current {
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                while let inner = current, inner != UInt8(ascii: "\"") {
                    position += inner == UInt8(ascii: "\\") ? 2 : 1
                }
                position += 1
                if nesting == 0 { return }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                nesting += 1
                position += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if nesting == 0 { return }  // the end of the enclosing value: a scalar ended here
                nesting -= 1
                position += 1
                if nesting == 0 { return }
            case UInt8(ascii: ","), 0x20, 0x09, 0x0D, 0x0A:
                if nesting == 0 { return }
                if byte == 0x0A { line += 1 }
                position += 1
            default:
                position += 1
            }
        }
        if nesting > 0 { throw error("unexpected end of input inside a value") }
    }

    /// Whether only whitespace is left.
    public mutating func atEnd() -> Bool {
        skipWhitespace()
        return current == nil
    }

    /// Whether the next value is an object (without reading it).
    public mutating func atObject() -> Bool {
        skipWhitespace()
        return current == UInt8(ascii: "{")
    }

    /// Whether the next value is an array (without reading it).
    public mutating func atArray() -> Bool {
        skipWhitespace()
        return current == UInt8(ascii: "[")
    }

    // MARK: Values

    /// The next value, whole.
    public mutating func parseValue() throws(JSONParseError) -> JSONValue {
        skipWhitespace()
        guard let byte = current else { throw error("unexpected end of input") }
        switch byte {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        case UInt8(ascii: "t"): return try parseLiteral("true", as: .bool(true))
        case UInt8(ascii: "f"): return try parseLiteral("false", as: .bool(false))
        case UInt8(ascii: "n"): return try parseLiteral("null", as: .null)
        default: throw error(describeCurrent())
        }
    }

    private mutating func parseLiteral(_ word: String, as value: JSONValue) throws(JSONParseError) -> JSONValue {
        for expected in word.utf8 {
            guard current == expected else { throw error(describeCurrent()) }
            position += 1
        }
        return value
    }

    private mutating func parseArray() throws(JSONParseError) -> JSONValue {
        try enterContainer()
        position += 1  // "["
        var elements: [JSONValue] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            elements.append(try parseValue())
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","):
                position += 1
            case UInt8(ascii: "]"):
                position += 1
                depth -= 1
                return .array(elements)
            default:
                throw error(describeCurrent())
            }
        }
    }

    private mutating func parseObject() throws(JSONParseError) -> JSONValue {
        try enterContainer()
        position += 1  // "{"
        var members = JSONObject()
        // Keys seen, for the duplicate check: a lookup in the members would make an object of n keys cost
        // n^2 (a solution's output is parsed, and may hold a million keys).
        var keys = Set<String>()
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            let keyOffset = position
            guard current == UInt8(ascii: "\"") else { throw error(describeCurrent()) }
            let key = try parseString()
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw error(describeCurrent()) }
            position += 1
            let value = try parseValue()
            guard keys.insert(key).inserted else {
                throw JSONParseError(message: "duplicate key \(JSONValue.string(key).brief())", offset: keyOffset, line: line)
            }
            members.append(key, value)
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","):
                position += 1
            case UInt8(ascii: "}"):
                position += 1
                depth -= 1
                return .object(members)
            default:
                throw error(describeCurrent())
            }
        }
    }

    private mutating func enterContainer() throws(JSONParseError) {
        depth += 1
        if depth > Self.maximumDepth {
            throw error("nesting deeper than \(Self.maximumDepth) levels")
        }
    }

    // MARK: Numbers

    private mutating func parseNumber() throws(JSONParseError) -> JSONValue {
        let start = position
        let isNegative = current == UInt8(ascii: "-")
        if isNegative { position += 1 }
        // The integer part accumulates as a negative number, so Int.min fits.
        var negated = 0
        var overflowed = false
        if current == UInt8(ascii: "0") {
            position += 1
        } else {
            guard let first = current, Self.isDigit(first) else {
                throw error("expected a digit after a minus sign")
            }
            while let byte = current, Self.isDigit(byte) {
                let product = negated.multipliedReportingOverflow(by: 10)
                let sum = product.partialValue.subtractingReportingOverflow(Int(byte &- UInt8(ascii: "0")))
                negated = sum.partialValue
                overflowed = overflowed || product.overflow || sum.overflow
                position += 1
            }
        }
        var isInteger = true
        if current == UInt8(ascii: ".") {
            position += 1
            try skipDigits(after: "the decimal point")
            isInteger = false
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            position += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
            try skipDigits(after: "the exponent")
            isInteger = false
        }
        if isInteger, !overflowed, isNegative || negated != Int.min {
            return .int(isNegative ? negated : -negated)
        }
        let literal = String(decoding: bytes[start..<position], as: UTF8.self)
        guard let value = Double(literal), value.isFinite else {
            throw JSONParseError(message: "number \(literal) is out of range", offset: start, line: line)
        }
        return .double(value)
    }

    /// Skips one or more digits; `context` names what they follow, for the error.
    private mutating func skipDigits(after context: String) throws(JSONParseError) {
        guard let byte = current, Self.isDigit(byte) else {
            throw error("expected a digit after \(context)")
        }
        while let byte = current, Self.isDigit(byte) { position += 1 }
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    // MARK: Strings

    private mutating func parseString() throws(JSONParseError) -> String {
        position += 1  // opening quote
        var utf8: [UInt8] = []
        while true {
            guard let byte = current else { throw error("unterminated string") }
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                position += 1
                try parseEscape(into: &utf8)
            case 0x00..<0x20:
                throw error("unescaped control character \(Self.codePoint(UInt32(byte))) in a string")
            default:
                utf8.append(byte)
                position += 1
            }
        }
    }

    private mutating func parseEscape(into utf8: inout [UInt8]) throws(JSONParseError) {
        guard let byte = current else { throw error("unterminated string") }
        let simple: UInt8? = switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): byte
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
        if let simple {
            utf8.append(simple)
            position += 1
            return
        }
        guard byte == UInt8(ascii: "u") else { throw error("invalid escape character \(describeCurrentCharacter())") }
        let escapeStart = position - 1
        position += 1
        var value = try parseHexQuad()
        if (0xD800...0xDBFF).contains(value) {
            guard current == UInt8(ascii: "\\"), next == UInt8(ascii: "u") else {
                throw JSONParseError(message: "unpaired surrogate escape", offset: escapeStart, line: line)
            }
            position += 2
            let low = try parseHexQuad()
            guard (0xDC00...0xDFFF).contains(low) else {
                throw JSONParseError(message: "unpaired surrogate escape", offset: escapeStart, line: line)
            }
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw JSONParseError(message: "unpaired surrogate escape", offset: escapeStart, line: line)
        }
        utf8.append(contentsOf: String(scalar).utf8)
    }

    private mutating func parseHexQuad() throws(JSONParseError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current, let digit = Self.hexValue(byte) else {
                throw error("expected 4 hex digits after \\u")
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    // MARK: Helpers

    private var current: UInt8? { position < bytes.count ? bytes[position] : nil }
    private var next: UInt8? { position + 1 < bytes.count ? bytes[position + 1] : nil }

    /// Skips spaces, tabs, carriage returns and line feeds (counting lines).
    public mutating func skipWhitespace() {
        while let byte = current {
            switch byte {
            case UInt8(ascii: "\n"): line += 1; position += 1
            case UInt8(ascii: " "), UInt8(ascii: "\r"), UInt8(ascii: "\t"): position += 1
            default: return
            }
        }
    }

    private func error(_ message: String) -> JSONParseError {
        JSONParseError(message: message, offset: position, line: line)
    }

    /// What stands at the current position, briefly: "'x'", "U+00E9" or "the end of the input".
    private func describeCurrentShort() -> String {
        current == nil ? "the end of the input" : describeCurrentCharacter()
    }

    /// "unexpected character 'x'" or "unexpected end of input" for the current position.
    private func describeCurrent() -> String {
        current == nil ? "unexpected end of input" : "unexpected character \(describeCurrentCharacter())"
    }

    /// The character at the current position: 'x' when printable ASCII, else U+XXXX.
    /// Errors are only reported at character boundaries, so the bytes here start a whole scalar.
    private func describeCurrentCharacter() -> String {
        let text = String(decoding: bytes[position..<min(position + 4, bytes.count)], as: UTF8.self)
        guard let scalar = text.unicodeScalars.first else { return "end of input" }
        return (0x21..<0x7F).contains(scalar.value) ? "'\(Character(scalar))'" : Self.codePoint(scalar.value)
    }

    private static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
