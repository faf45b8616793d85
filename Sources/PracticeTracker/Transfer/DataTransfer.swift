import Foundation
import PracticeModel
import PracticeStorage
import PracticeTransfer

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

extension Practice {
    /// Writes every row of every table (problems, tags, programs, test cases, cached answers, attempts,
    /// outcomes, notes and links) to `destination`, from one consistent snapshot.
    public func exportJSON(to destination: ExportDestination) throws(ServiceError) -> ExportReport {
        let tables = try storage { () throws(StorageError) in try database.transferTables() }
        let counts = try exporting(to: destination, "export") { file in
            var writer = try JSONExportWriter(file, tables: tables, exportedAt: Date())
            try database.exportRows { table, values in try writer.write(values, of: table) }
            return try writer.finish()
        }
        return ExportReport(path: destination.name, rows: counts)
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
            (keepIds, counts) = try database.importRows { importer in
                try reader.read(&parser) { values, table throws in
                    do {
                        try importer.insert(values, into: table)
                    } catch {
                        guard case StorageError.importRejected(_, _, let reason)? = error as? StorageError else { throw error }
                        throw ExportReader.RowRejected(reason: reason)
                    }
                }
            }
        } catch let error as TransferError {
            throw ServiceError(error)
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

