import Foundation
import PracticeModel
import PracticeStorage

/// What `practice export --json` or `--csv` wrote.
public struct ExportReport: Sendable, Encodable {
    public var path: String
    /// Rows written per table (JSON), or attempts (CSV, under "attempt").
    public var rows: [String: Int]
}

/// What `practice import --json FILE` did.
public struct DataImportReport: Sendable, Encodable {
    public var path: String
    /// Whether the rows kept their ids (the database was empty) or were merged by natural keys.
    public var keptIds: Bool
    /// Per table, parents first: rows added, and rows already stored (kept as they were).
    public var tables: [Table]

    public struct Table: Sendable, Encodable {
        public var name: String
        public var added: Int
        public var existing: Int
    }
}

/// The JSON export format: `{"format": "practice-export", "version": 1, "exportedAt": ..., "tables":
/// {"problem": [{column: value, ...}, ...], ...}}`, one row per line. Rows are every column of every
/// table, keyed by column name, read generically from the schema: a new column is carried without
/// any change here.
enum ExportFormat {
    static let name = "practice-export"
    static let version: Int64 = 1
}

extension Practice {
    /// Writes every row of every table (problems, tags, programs, test cases, cached answers, attempts,
    /// outcomes, notes and links) to `destination`, from one consistent snapshot.
    public func exportJSON(to destination: ExportDestination) throws(ServiceError) -> ExportReport {
        let file = try OutputFile(destination)
        do {
            let counts = try writeJSON(to: file)
            try file.commit()
            return ExportReport(path: destination.name, rows: counts)
        } catch {
            file.discard()
            throw error
        }
    }

    private func writeJSON(to file: OutputFile) throws(ServiceError) -> [String: Int] {
        let tables = try storage { () throws(StorageError) in try database.transferTables() }
        let exportedAt = ISO8601DateFormatter().string(from: Date())
        try file.write("{\n\"format\": \"\(ExportFormat.name)\",\n\"version\": \(ExportFormat.version),\n\"exportedAt\": \"\(exportedAt)\",\n\"tables\": {")
        var counts: [String: Int] = [:]
        var current: String? = nil
        func open(_ name: String) throws(ServiceError) {
            try file.write((current == nil ? "\n" : "\n],\n") + JSONValue.quoted(name) + ": [")
            current = name
            counts[name] = 0
        }
        do {
            try database.exportRows { table, values in
                if current != table.name {
                    // Empty tables before this one are written too, so a reader sees every table.
                    let start = current.flatMap { name in tables.firstIndex { $0.name == name } }.map { $0 + 1 } ?? 0
                    for skipped in tables[start...].prefix(while: { $0.name != table.name }) { try open(skipped.name) }
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
        } catch let error as ServiceError {
            throw error
        } catch let error as StorageError {
            throw .storage(error)
        } catch {
            throw .internalFailure("export failed: \(error)")
        }
        let start = current.flatMap { name in tables.firstIndex { $0.name == name } }.map { $0 + 1 } ?? 0
        for table in tables[start...] { try open(table.name) }
        try file.write(current == nil ? "\n}\n}\n" : "\n]\n}\n}\n")
        return counts
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

    /// Imports a JSON export, read and stored one row at a time inside one transaction (a large
    /// history is never held in memory whole). Everything is checked on the way (format and version,
    /// known tables and columns, required columns present, each value of its column's type, references
    /// to rows given before): the first problem is one error naming the file, the line and the JSON
    /// path, and the transaction is rolled back, so nothing is written. Into an empty database the rows
    /// keep their ids (the result is identical to the exported database); otherwise they are merged by
    /// natural key (problem slug, tag name, test case (problem, input), attempt (problem, createdAt,
    /// sourceSHA256, kind), note title, ...) with ids remapped, so importing the same file twice adds
    /// nothing. When `tables` comes before `format` and `version` (keys sorted), it is skipped and read
    /// once they are checked.
    public func importJSON(from path: String) throws(ServiceError) -> DataImportReport {
        let bytes = try Self.readImportBytes(path)
        let tables = try storage { () throws(StorageError) in try database.transferTables() }
        let reader = ExportReader(path: path, tables: tables)
        var parser = JSONReader(bytes: bytes, skippingByteOrderMark: true)
        let keepIds: Bool
        let counts: [String: TransferCount]
        do {
            (keepIds, counts) = try database.importRows { importer in try reader.read(&parser, into: importer) }
        } catch let error as ServiceError {
            throw error
        } catch let error as JSONParseError {
            throw .badImportFile(path: path, line: error.line, message: "invalid JSON: \(error.message)")
        } catch let error as StorageError {
            throw .storage(error)
        } catch {
            throw .internalFailure("import failed: \(error)")
        }
        let order = tables.map(\.name).filter { counts[$0] != nil }
        return DataImportReport(path: path, keptIds: keepIds, tables: order.map { name in
            DataImportReport.Table(name: name, added: counts[name]?.added ?? 0, existing: counts[name]?.existing ?? 0)
        })
    }

    /// The bytes of a file given to `import --json`: it must exist and be UTF-8 text.
    static func readImportBytes(_ path: String) throws(ServiceError) -> [UInt8] {
        let message: String
        switch TextFile.readBytes(path) {
        case .success(let data): return [UInt8](data)
        case .failure(.missing): message = "no such file"
        case .failure(.directory): message = "it is a folder, not a file"
        case .failure(.unreadable): message = "the file cannot be read (permission denied?)"
        case .failure(.notText): message = "not UTF-8 text"
        }
        throw .badImportFile(path: path, line: nil, message: message)
    }
}

/// Reads an export piece by piece, checks each part against the schema and hands each row to storage.
struct ExportReader {
    let path: String
    let tables: [TransferTable]
    /// Per table, its columns by name.
    private let columns: [String: [String: Column]]

    init(path: String, tables: [TransferTable]) {
        self.path = path
        self.tables = tables
        columns = Dictionary(uniqueKeysWithValues: tables.map { table in
            (table.name, Dictionary(uniqueKeysWithValues: table.columns.map { ($0.name, Column($0)) }))
        })
    }

    private func fail(_ line: Int, _ jsonPath: String, _ message: String) -> ServiceError {
        .badImportFile(path: path, line: line, message: "\(jsonPath): \(message)")
    }

    /// Reads the whole document, inserting rows as they come. Throws `ServiceError` for what the
    /// file says wrong, `JSONParseError` for what it writes wrong.
    func read(_ parser: inout JSONReader, into importer: RowImporter) throws {
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
    private func readTables(_ parser: inout JSONReader, into importer: RowImporter) throws {
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

    private func readRows(of table: TransferTable, _ parser: inout JSONReader, into importer: RowImporter) throws {
        try parser.beginArray()
        var index = 0
        while try parser.hasNextElement(first: index == 0) {
            let line = parser.line
            let values = try readRow(of: table, &parser, at: "$.tables.\(table.name)[\(index)]")
            do {
                try importer.insert(values, into: table.name)
            } catch {
                guard case .importRejected(_, _, let reason) = error else { throw error }
                throw fail(line, "$.tables.\(table.name)[\(index)]", "the database refuses this row: \(reason)")
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

    private func convert(_ value: JSONValue, line: Int, for column: Column, at jsonPath: @autoclosure () -> String) throws(ServiceError) -> StoredValue {
        func fail(_ jsonPath: String, _ message: String) -> ServiceError { self.fail(line, jsonPath, message) }
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
