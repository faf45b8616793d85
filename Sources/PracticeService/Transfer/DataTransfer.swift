import Foundation
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
    /// outcomes, notes and links) to `path` (`-`: standard output), from one consistent snapshot.
    public func exportJSON(to path: String) throws(ServiceError) -> ExportReport {
        let file = try OutputFile(path: path)
        do {
            let counts = try writeJSON(to: file)
            try file.commit()
            return ExportReport(path: path, rows: counts)
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
            try file.write((current == nil ? "\n" : "\n],\n") + JSONText.string(name) + ": [")
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
                    JSONText.writeString(column.name, to: &line)
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
        case .real(let value): return value.isFinite ? JSONText.number(value) : "null"
        case .text(let text): return JSONText.string(text)
        case .blob(let bytes): return "{\"base64\": \"\(Data(bytes).base64EncodedString())\"}"
        }
    }

    /// Imports a JSON export. The whole file is read and validated first (format and version, known
    /// tables and columns, required columns present, each value of its column's type): the first
    /// problem is one error naming the file, the line and the JSON path, and nothing is written. The
    /// rows are then stored in one transaction: into an empty database with their ids (the result is
    /// identical to the exported database), otherwise merged by natural key (problem slug, tag name,
    /// test case (problem, input), attempt (problem, createdAt, sourceSHA256, kind), note title, ...)
    /// with ids remapped, so importing the same file twice adds nothing.
    public func importJSON(from path: String) throws(ServiceError) -> DataImportReport {
        let text = try Self.readImportFile(path)
        let document: LocatedJSON
        do {
            document = try LocatedJSONParser.parse(text)
        } catch {
            throw .badImportFile(path: path, line: error.line, message: "invalid JSON: \(error.message)")
        }
        let tables = try storage { () throws(StorageError) in try database.transferTables() }
        let validated = try ExportValidator(path: path, tables: tables).validate(document)
        let keepIds = try storage { () throws(StorageError) in try database.isEmptyForImport() }
        do {
            let counts = try database.importRows(validated.map { ($0.table, $0.rows) }, keepIds: keepIds)
            let order = tables.map(\.name).filter { counts[$0] != nil }
            return DataImportReport(path: path, keptIds: keepIds, tables: order.map { name in
                DataImportReport.Table(name: name, added: counts[name]?.added ?? 0, existing: counts[name]?.existing ?? 0)
            })
        } catch {
            if case .importRejected(let table, let row, let reason) = error,
               let entry = validated.first(where: { $0.table == table }), entry.lines.indices.contains(row) {
                throw .badImportFile(path: path, line: entry.lines[row], message: "$.tables.\(table)[\(row)]: the database refuses this row: \(reason)")
            }
            throw .storage(error)
        }
    }

    /// The text of a file given to `import`: it must exist and be UTF-8 text.
    static func readImportFile(_ path: String) throws(ServiceError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .badImportFile(path: path, line: nil, message: "no such file")
        }
        if isDirectory.boolValue { throw .badImportFile(path: path, line: nil, message: "it is a folder, not a file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .badImportFile(path: path, line: nil, message: "the file cannot be read (permission denied?)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .badImportFile(path: path, line: nil, message: "not UTF-8 text")
        }
        return text
    }
}

/// Checks a parsed export against the schema and turns it into rows for storage.
struct ExportValidator {
    let path: String
    let tables: [TransferTable]

    struct Table {
        let table: String
        let rows: [[String: StoredValue]]
        /// The line of each row, for messages.
        let lines: [Int]
    }

    private func fail(_ node: LocatedJSON, _ jsonPath: String, _ message: String) -> ServiceError {
        .badImportFile(path: path, line: node.line, message: "\(jsonPath): \(message)")
    }

    func validate(_ document: LocatedJSON) throws(ServiceError) -> [Table] {
        guard case .object = document.kind else { throw fail(document, "$", "expected an object, the top of a practice export") }
        guard let format = document["format"], case .string(ExportFormat.name) = format.kind else {
            throw fail(document["format"] ?? document, "$.format", "not a practice export (expected \"format\": \"\(ExportFormat.name)\")")
        }
        guard let version = document["version"], case .integer(let number) = version.kind else {
            throw fail(document["version"] ?? document, "$.version", "missing format version (an integer)")
        }
        guard number == ExportFormat.version else {
            throw fail(version, "$.version", "unknown format version \(number): this practice reads version \(ExportFormat.version); use the practice that wrote the file, or a newer one")
        }
        guard let body = document["tables"], case .object(let members) = body.kind else {
            throw fail(document["tables"] ?? document, "$.tables", "expected an object of tables")
        }
        var result: [Table] = []
        var seen = Set<String>()
        for (name, value) in members {
            let jsonPath = "$.tables.\(name)"
            guard let table = tables.first(where: { $0.name == name }) else {
                throw fail(value, jsonPath, "unknown table '\(name)' (known: \(tables.map(\.name).joined(separator: ", "))); was the file written by a newer practice?")
            }
            guard seen.insert(name).inserted else { throw fail(value, jsonPath, "the table is given twice") }
            guard case .array(let rows) = value.kind else { throw fail(value, jsonPath, "expected an array of rows, found \(value.typeName)") }
            var converted: [[String: StoredValue]] = []
            converted.reserveCapacity(rows.count)
            for (index, row) in rows.enumerated() {
                converted.append(try validate(row, of: table, at: "\(jsonPath)[\(index)]"))
            }
            result.append(Table(table: name, rows: converted, lines: rows.map(\.line)))
        }
        return result
    }

    private func validate(_ row: LocatedJSON, of table: TransferTable, at jsonPath: String) throws(ServiceError) -> [String: StoredValue] {
        guard case .object(let members) = row.kind else { throw fail(row, jsonPath, "expected a row (an object), found \(row.typeName)") }
        var values: [String: StoredValue] = [:]
        for (key, value) in members {
            guard let column = table.columns.first(where: { $0.name == key }) else {
                throw fail(value, "\(jsonPath).\(key)", "unknown column '\(key)' of table \(table.name); was the file written by a newer practice?")
            }
            guard values[key] == nil else { throw fail(value, "\(jsonPath).\(key)", "the column is given twice") }
            values[key] = try convert(value, for: column, at: "\(jsonPath).\(key)")
        }
        for column in table.columns where column.isRequired && values[column.name] == nil {
            throw fail(row, "\(jsonPath)", "missing required field '\(column.name)'")
        }
        return values
    }

    private func convert(_ value: LocatedJSON, for column: TransferColumn, at jsonPath: String) throws(ServiceError) -> StoredValue {
        if case .null = value.kind {
            guard !column.notNull else { throw fail(value, jsonPath, "must not be null") }
            return .null
        }
        let type = column.declaredType
        switch value.kind {
        case .integer(let number) where type.contains("INT") || type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB") || type.isEmpty || type == "NUMERIC":
            return type.contains("INT") || type.isEmpty || type == "NUMERIC" ? .integer(number) : .real(Double(number))
        case .number(let number) where type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB") || type.isEmpty || type == "NUMERIC":
            return .real(number)
        case .string(let text) where type.contains("TEXT") || type.contains("CHAR") || type.contains("CLOB") || type.contains("DATE") || type.isEmpty:
            return .text(text)
        case .object(let members) where members.count == 1 && members[0].key == "base64" && (type.contains("BLOB") || type.isEmpty):
            guard case .string(let encoded) = members[0].value.kind, let data = Data(base64Encoded: encoded) else {
                throw fail(value, jsonPath, "expected {\"base64\": \"...\"} with valid base64")
            }
            return .blob(Array(data))
        default:
            throw fail(value, jsonPath, "expected \(Self.expected(type)), found \(value.typeName)")
        }
    }

    private static func expected(_ declaredType: String) -> String {
        if declaredType.contains("INT") { return "an integer" }
        if declaredType.contains("REAL") || declaredType.contains("FLOA") || declaredType.contains("DOUB") { return "a number" }
        if declaredType.contains("DATE") { return "a date (a string such as \"2026-01-31 12:00:00.000\")" }
        if declaredType.contains("BLOB") { return "{\"base64\": \"...\"}" }
        return "a string"
    }
}
