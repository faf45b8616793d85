import Foundation
import PracticeModel

/// The JSON export format: `{"format": "practice-export", "version": 1, "exportedAt": ..., "tables":
/// {"problem": [{column: value, ...}, ...], ...}}`, one row per line. Rows are every column of every
/// table, keyed by column name, read generically from the schema: a new column is carried without
/// any change here.
package enum ExportFormat {
    package static let name = "practice-export"
    package static let version: Int64 = 1
}

/// Writes a whole-database export: the header, then each table's rows as they come (one per line), every
/// table named even when empty, so a reader sees every table.
package struct JSONExportWriter {
    private let file: OutputFile
    private let tables: [TransferTable]
    private var counts: [String: Int] = [:]
    private var current: String? = nil

    /// Writes the header.
    package init(_ file: OutputFile, tables: [TransferTable], exportedAt: Date) throws(TransferError) {
        self.file = file
        self.tables = tables
        let date = ISO8601DateFormatter().string(from: exportedAt)
        try file.write("{\n\"format\": \"\(ExportFormat.name)\",\n\"version\": \(ExportFormat.version),\n\"exportedAt\": \"\(date)\",\n\"tables\": {")
    }

    /// Writes one row of `table`; rows come table by table, in the order of `tables`.
    package mutating func write(_ values: [StoredValue], of table: TransferTable) throws(TransferError) {
        if current != table.name {
            // Empty tables before this one are written too.
            for skipped in tables[nextTable...].prefix(while: { $0.name != table.name }) { try open(skipped.name) }
            try open(table.name)
        }
        var line = counts[table.name] == 0 ? "\n{" : ",\n{"
        for (index, column) in table.columns.enumerated() {
            if index > 0 { line += ", " }
            line += JSONValue.quoted(column.name)
            line += ": " + Self.json(values[index])
        }
        try file.write(line + "}")
        counts[table.name, default: 0] += 1
    }

    /// Writes the tables not written yet and the end; returns the rows written per table.
    package mutating func finish() throws(TransferError) -> [String: Int] {
        for table in tables[nextTable...] { try open(table.name) }
        try file.write(current == nil ? "\n}\n}\n" : "\n]\n}\n}\n")
        return counts
    }

    /// The index of the first table after the current one.
    private var nextTable: Int {
        current.flatMap { name in tables.firstIndex { $0.name == name } }.map { $0 + 1 } ?? 0
    }

    private mutating func open(_ name: String) throws(TransferError) {
        try file.write((current == nil ? "\n" : "\n],\n") + JSONValue.quoted(name) + ": [")
        current = name
        counts[name] = 0
    }

    private static func json(_ value: StoredValue) -> String {
        switch value {
        case .null: return "null"
        case .integer(let value): return String(value)
        case .real(let value): return JSONValue.number(value)
        case .text(let text): return JSONValue.quoted(text)
        case .blob(let bytes): return "{\"base64\": \"\(Data(bytes).base64EncodedString())\"}"
        }
    }
}

/// Reads an export piece by piece, checks each part against the schema and hands each row to storage.
package struct ExportReader {
    /// Thrown by the caller's insert when the database refuses a row; reported with the row's line.
    package struct RowRejected: Error {
        package let reason: String
        package init(reason: String) { self.reason = reason }
    }

    /// Stores one row (its values by column) in the named table.
    package typealias Insert = ([String: StoredValue], String) throws -> Void

    let path: String
    let tables: [TransferTable]
    /// Per table, its columns by name.
    private let columns: [String: [String: Column]]

    package init(path: String, tables: [TransferTable]) {
        self.path = path
        self.tables = tables
        columns = Dictionary(uniqueKeysWithValues: tables.map { table in
            (table.name, Dictionary(uniqueKeysWithValues: table.columns.map { ($0.name, Column($0)) }))
        })
    }

    private func fail(_ line: Int, _ jsonPath: String, _ message: String) -> TransferError {
        .badFile(path: path, line: line, message: "\(jsonPath): \(message)")
    }

    /// Reads the whole document, inserting rows as they come. Throws `TransferError` for what the
    /// file says wrong, `JSONParseError` for what it writes wrong, and what `insert` throws.
    package func read(_ parser: inout JSONReader, insert importer: Insert) throws {
        parser.skipWhitespace()
        let start = parser.line
        guard !parser.atEnd() else { throw fail(start, "$", "the file is empty: expected a practice export") }
        guard parser.atObject() else { throw fail(start, "$", "expected an object, the top of a practice export") }
        try parser.beginObject()
        var formatSeen = false
        var versionSeen = false
        var tablesSeen = false
        var tablesAt: JSONReader.Mark? = nil
        var first = true
        while let key = try parser.nextMember(first: first) {
            first = false
            switch key {
            case "format":
                let line = parser.line
                let value = try parser.parseValue()
                guard case .string(ExportFormat.name) = value else {
                    throw fail(line, "$.format", "not a practice export (expected \"format\": \"\(ExportFormat.name)\")")
                }
                formatSeen = true
            case "version":
                let line = parser.line
                let value = try parser.parseValue()
                guard case .int(let number) = value else { throw fail(line, "$.version", "expected the format version, an integer") }
                guard number == ExportFormat.version else {
                    throw fail(line, "$.version", "unknown format version \(number): this practice reads version \(ExportFormat.version); use the practice that wrote the file, or a newer one")
                }
                versionSeen = true
            case "tables":
                guard !tablesSeen, tablesAt == nil else { throw fail(parser.line, "$.tables", "given twice") }
                guard parser.atObject() else {
                    let line = parser.line
                    let value = try parser.parseValue()
                    throw fail(line, "$.tables", "expected an object of tables, found \(value.typeName)")
                }
                if formatSeen, versionSeen {
                    try readTables(&parser, into: importer)
                    tablesSeen = true
                } else {
                    // Keys sorted (jq -S): read the tables once the format and version are known.
                    tablesAt = parser.mark
                    try parser.skipValue()
                }
            default:
                _ = try parser.parseValue()  // exportedAt, and fields a newer practice may add
            }
        }
        try parser.finish()
        guard formatSeen else { throw fail(start, "$.format", "not a practice export (expected \"format\": \"\(ExportFormat.name)\")") }
        guard versionSeen else { throw fail(start, "$.version", "missing format version (an integer)") }
        if let tablesAt {
            parser.seek(tablesAt)
            try readTables(&parser, into: importer)
            tablesSeen = true
        }
        guard tablesSeen else { throw fail(start, "$.tables", "missing: the export holds no tables") }
    }

    /// Reads the tables object: first where each table's rows start (skipping them), then the rows of
    /// each table in dependency order (parents first), whatever order the file has them in.
    private func readTables(_ parser: inout JSONReader, into importer: Insert) throws {
        try parser.beginObject()
        var starts: [String: JSONReader.Mark] = [:]
        var first = true
        while let name = try parser.nextMember(first: first) {
            first = false
            let jsonPath = "$.tables.\(name)"
            let line = parser.line
            guard tables.contains(where: { $0.name == name }) else {
                throw fail(line, jsonPath, "unknown table '\(name)' (known: \(tables.map(\.name).joined(separator: ", "))); was the file written by a newer practice?")
            }
            guard starts[name] == nil else { throw fail(line, jsonPath, "the table is given twice") }
            guard parser.atArray() else {
                let value = try parser.parseValue()
                throw fail(line, jsonPath, "expected an array of rows, found \(value.typeName)")
            }
            starts[name] = parser.mark
            try parser.skipValue()
        }
        let end = parser.mark
        for table in tables {
            guard let start = starts[table.name] else { continue }
            parser.seek(start)
            try readRows(of: table, &parser, into: importer)
        }
        parser.seek(end)
    }

    private func readRows(of table: TransferTable, _ parser: inout JSONReader, into importer: Insert) throws {
        try parser.beginArray()
        var index = 0
        while try parser.hasNextElement(first: index == 0) {
            let line = parser.line
            let values = try readRow(of: table, &parser, at: "$.tables.\(table.name)[\(index)]")
            do {
                try importer(values, table.name)
            } catch let rejected as RowRejected {
                throw fail(line, "$.tables.\(table.name)[\(index)]", "the database refuses this row: \(rejected.reason)")
            }
            index += 1
        }
    }

    /// Reads one row (an object) member by member, so that each problem names its member's line.
    private func readRow(of table: TransferTable, _ parser: inout JSONReader, at jsonPath: @autoclosure () -> String) throws -> [String: StoredValue] {
        let start = parser.line
        guard parser.atObject() else {
            let value = try parser.parseValue()
            throw fail(start, jsonPath(), "expected a row (an object), found \(value.typeName)")
        }
        try parser.beginObject()
        let known = columns[table.name] ?? [:]
        var values: [String: StoredValue] = [:]
        var first = true
        while let key = try parser.nextMember(first: first) {
            first = false
            let line = parser.line
            guard let column = known[key] else {
                throw fail(line, "\(jsonPath()).\(key)", "unknown column '\(key)' of table \(table.name); was the file written by a newer practice?")
            }
            guard values[key] == nil else { throw fail(line, "\(jsonPath()).\(key)", "the column is given twice") }
            values[key] = try convert(try parser.parseValue(), line: line, for: column, at: "\(jsonPath()).\(key)")
        }
        for column in table.columns where column.isRequired && values[column.name] == nil {
            throw fail(start, jsonPath(), "missing required field '\(column.name)'")
        }
        return values
    }

    private func convert(_ value: JSONValue, line: Int, for column: Column, at jsonPath: @autoclosure () -> String) throws(TransferError) -> StoredValue {
        func fail(_ jsonPath: String, _ message: String) -> TransferError { self.fail(line, jsonPath, message) }
        switch (value, column.kind) {
        case (.null, _):
            guard !column.column.notNull else { throw fail(jsonPath(), "must not be null") }
            return .null
        case (.int(let number), .integer), (.int(let number), .numeric), (.int(let number), .any):
            return .integer(Int64(number))
        case (.int(let number), .real):
            return .real(Double(number))
        case (.double(let number), .real), (.double(let number), .numeric), (.double(let number), .any):
            return .real(number)
        case (.string(let text), .text), (.string(let text), .numeric), (.string(let text), .any):
            return .text(text)
        case (.object(let members), .any) where members.count == 1 && members[0].key == "base64":
            guard case .string(let encoded) = members[0].value, let data = Data(base64Encoded: encoded) else {
                throw fail(jsonPath(), "expected {\"base64\": \"...\"} with valid base64")
            }
            return .blob(Array(data))
        default:
            throw fail(jsonPath(), "expected \(column.expected), found \(value.typeName)")
        }
    }
}

/// A column with the kind of JSON value it takes, from its declared type by SQLite's affinity rules.
struct Column {
    enum Kind { case integer, real, text, numeric, any }

    let column: TransferColumn
    let kind: Kind
    /// What the column takes, in words.
    let expected: String

    init(_ column: TransferColumn) {
        self.column = column
        let type = column.declaredType
        if type.contains("INT") {
            (kind, expected) = (.integer, "an integer")
        } else if type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT") {
            (kind, expected) = (.text, "a string")
        } else if type.isEmpty || type.contains("BLOB") {
            (kind, expected) = (.any, "a value")
        } else if type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB") {
            (kind, expected) = (.real, "a number")
        } else {
            (kind, expected) = (.numeric, type.contains("DATE") || type.contains("TIME")
                ? "a date (a string such as \"2026-01-31 12:00:00.000\")" : "a number or a string")
        }
    }
}
