import Foundation
import PracticeModel
import Yams

/// A note's YAML front matter: its fields in order, read with Yams and written back by hand so
/// that what `practice export` writes reads back to the same fields.
public struct FrontMatter: Sendable, Hashable {
    /// The fields, in the note's order.
    public var fields: [JSONObject.Member]
    /// The line of the file where each field's key stands (for messages).
    public var lines: [String: Int] = [:]

    public init(fields: [JSONObject.Member], lines: [String: Int] = [:]) {
        self.fields = fields
        self.lines = lines
    }

    /// The first field named `key`.
    public subscript(key: String) -> JSONValue? { fields.first { $0.key == key }?.value }

    /// The front matter as one JSON object, fields in order (what `note.frontMatter` stores).
    public var json: String { JSONValue.object(JSONObject(fields)).spacedJSON }

    /// Equal fields, lines ignored.
    public static func == (lhs: FrontMatter, rhs: FrontMatter) -> Bool { lhs.fields == rhs.fields }
    public func hash(into hasher: inout Hasher) { hasher.combine(fields) }

    /// Adds `key` at the end (or at the front) unless the front matter has it.
    package mutating func addIfMissing(_ key: String, _ value: JSONValue, atFront: Bool = false) {
        guard self[key] == nil else { return }
        if atFront { fields.insert(.init(key, value), at: 0) } else { fields.append(.init(key, value)) }
    }

    // MARK: Reading

    /// A problem in the YAML: the line of the file (when known) and what is wrong.
    struct ParseError: Error, Equatable {
        let line: Int?
        let message: String
    }

    /// Parses the YAML text between the `---` lines; `firstLine` is the file line of its first line.
    static func parse(_ yaml: String, firstLine: Int) throws(ParseError) -> FrontMatter {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml, .default, .default, .utf8)
        } catch let error as YamlError {
            throw Self.describe(error, firstLine: firstLine)
        } catch {
            throw ParseError(line: firstLine, message: "the front matter is not valid YAML: \(error)")
        }
        guard let root else { return FrontMatter(fields: []) }
        guard case .mapping(let mapping) = root else {
            throw ParseError(line: firstLine + (root.mark?.line ?? 1) - 1,
                             message: "the front matter must be fields such as 'title: ...', one per line")
        }
        var fields: [JSONObject.Member] = []
        var lines: [String: Int] = [:]
        for (key, value) in mapping {
            let line = firstLine + (key.mark?.line ?? 1) - 1
            guard case .scalar(let scalar) = key else {
                throw ParseError(line: line, message: "a front matter field name must be plain text")
            }
            fields.append(.init(scalar.string, try Self.value(of: value, firstLine: firstLine)))
            lines[scalar.string] = line
        }
        return FrontMatter(fields: fields, lines: lines)
    }

    private static func value(of node: Node, firstLine: Int) throws(ParseError) -> JSONValue {
        switch node {
        case .scalar(let scalar):
            switch Resolver.default.resolveTag(of: node) {
            case .null: return .null
            case .bool: return node.bool.map(JSONValue.bool) ?? .string(scalar.string)
            case .int: return node.int.map { .int($0) } ?? .string(scalar.string)
            case .float:
                guard let value = node.float, value.isFinite else { return .string(scalar.string) }
                return .double(value)
            default: return .string(scalar.string)
            }
        case .sequence(let sequence):
            var elements: [JSONValue] = []
            for element in sequence { elements.append(try value(of: element, firstLine: firstLine)) }
            return .array(elements)
        case .mapping(let mapping):
            var members: [JSONObject.Member] = []
            for (key, value) in mapping {
                guard case .scalar(let scalar) = key else {
                    throw ParseError(line: firstLine + (key.mark?.line ?? 1) - 1, message: "a front matter field name must be plain text")
                }
                members.append(.init(scalar.string, try self.value(of: value, firstLine: firstLine)))
            }
            return .object(JSONObject(members))
        case .alias:
            throw ParseError(line: firstLine + (node.mark?.line ?? 1) - 1,
                             message: "YAML aliases (*name) are not supported in front matter: write the value out")
        }
    }

    private static func describe(_ error: YamlError, firstLine: Int) -> ParseError {
        func line(_ mark: Mark) -> Int { firstLine + mark.line - 1 }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let where_ = context.map { " (\($0.text)" + ($0.mark.line == mark.line ? ")" : " started on line \(line($0.mark)))") } ?? ""
            return ParseError(line: line(mark), message: "invalid YAML in the front matter: \(problem)\(where_)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return ParseError(line: line(context.mark),
                              message: "the front matter repeats the field \(duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")): keep one")
        case let .reader(problem, _, _, _):
            return ParseError(line: firstLine, message: "unreadable front matter: \(problem)")
        default:
            return ParseError(line: firstLine, message: "invalid YAML in the front matter")
        }
    }

    // MARK: Writing

    /// The fields as YAML lines (without the `---` lines), each ending in a line break. Scalars are
    /// plain when that reads back as the same value, else quoted; lists of scalars are block lists;
    /// anything nested is written as JSON (which YAML reads). The result is checked by reading it
    /// back; should that ever differ, every value is written as JSON instead.
    public var yaml: String {
        let friendly = Self.emit(fields, plain: true)
        if let back = try? Self.parse(friendly, firstLine: 1), back.fields == fields { return friendly }
        return Self.emit(fields, plain: false)
    }

    private static func emit(_ fields: [JSONObject.Member], plain: Bool) -> String {
        var output = ""
        for field in fields {
            output += (plain ? scalarText(field.key) : JSONValue.quoted(field.key)) + ":"
            switch field.value {
            case .null:
                output += "\n"
            case .array(let elements) where plain && !elements.isEmpty && elements.allSatisfy(\.isScalar):
                output += "\n" + elements.map { "- " + scalar($0, plain: plain) + "\n" }.joined()
            case .array, .object:
                output += " " + field.value.spacedJSON + "\n"
            default:
                output += " " + scalar(field.value, plain: plain) + "\n"
            }
        }
        return output
    }

    private static func scalar(_ value: JSONValue, plain: Bool) -> String {
        switch value {
        case .string(let text): plain ? scalarText(text) : JSONValue.quoted(text)
        case .double(let number): yamlNumber(number)
        default: value.json
        }
    }

    /// A double that YAML 1.1 reads as a float: `1e-07` needs a dot (`1.0e-07`).
    private static func yamlNumber(_ value: Double) -> String {
        let text = JSONValue.number(value)
        guard !text.contains("."), let exponent = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return text }
        return text[..<exponent] + ".0" + text[exponent...]
    }

    /// Text as a YAML scalar: plain when safe, else single-quoted, else (line breaks) double-quoted.
    static func scalarText(_ text: String) -> String {
        if isPlainSafe(text) { return text }
        if text.unicodeScalars.allSatisfy({ !isBreakOrControl($0) }) {
            return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
        }
        return JSONValue.quoted(text)
    }

    private static func isBreakOrControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x85 || scalar == "\u{2028}" || scalar == "\u{2029}"
            || scalar == "\u{FEFF}"
    }

    private static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
              !first.properties.isWhitespace, !last.properties.isWhitespace,
              !"-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains(first),
              text.unicodeScalars.allSatisfy({ !isBreakOrControl($0) }),
              !text.contains(": "), !text.contains(" #"), !text.hasSuffix(":") else { return false }
        return Resolver.default.resolveTag(of: Node(text)) == .str
    }
}

extension JSONValue {
    /// Not an array or object.
    var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }
}
