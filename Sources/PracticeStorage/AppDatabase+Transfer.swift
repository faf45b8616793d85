import Foundation
import GRDB
import PracticeModel

// MARK: - Whole-database export and import, table by table

/// What importing one table did.
public struct TransferCount: Sendable, Hashable, Codable {
    /// Rows inserted.
    public var added = 0
    /// Rows whose natural key was already stored: the stored row was kept.
    public var existing = 0
}

extension AppDatabase {
    /// The tables an export carries, each parent before the tables that reference it, with the
    /// natural key that identifies a row across databases. A new table must be added here (a test
    /// checks that every table of the schema is); a new column is carried without any change.
    ///
    /// `owner` names the column of a row that belongs to its parent (an outcome to its attempt, a link
    /// to its note): when merging, the rows of a parent that was already stored are not added to it.
    static let transferTableKeys: [(table: String, naturalKey: [String], owner: String?)] = [
        ("problem", ["slug"], nil),
        ("tag", ["name"], nil),
        ("problemTag", ["problemId", "tagId"], nil),
        ("problemProgram", ["problemId", "role"], "problemId"),
        ("testCase", ["problemId", "input"], nil),
        ("expectedCache", ["problemId", "referenceVersion", "seed", "size"], nil),
        ("attempt", ["problemId", "createdAt", "sourceSHA256", "kind"], nil),
        ("outcome", ["attemptId", "ordinal"], "attemptId"),
        ("note", ["title"], nil),
        ("noteLink", ["noteId", "relation", "target"], "noteId"),
    ]

    /// Tables derived from the others and kept by triggers (the statistics summaries of migration 0007):
    /// never exported, since importing the attempts rebuilds them.
    static let derivedTables: Set<String> = ["attemptCount", "attemptDayCount", "attemptQuarterCount", "problemProgress"]

    /// The tables an export carries, in dependency order, read from the schema.
    public func transferTables() throws(StorageError) -> [TransferTable] {
        try read { db in try Self.transferTables(db) }
    }

    /// Tables of the schema that exports do not carry (SQLite's and GRDB's own and the derived summaries
    /// excluded); empty unless a migration added a table without listing it in `transferTableKeys` or
    /// `derivedTables`.
    public func tablesMissingFromTransfer() throws(StorageError) -> [String] {
        try read { db in
            let known = Set(Self.transferTableKeys.map { $0.table }).union(Self.derivedTables)
            return try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master
                WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations' ORDER BY name
                """).filter { !known.contains($0) }
        }
    }

    static func transferTables(_ db: Database) throws -> [TransferTable] {
        try transferTableKeys.map { table, naturalKey, owner in
            let foreignKeys = try Row.fetchAll(db, sql: "SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?)", arguments: [table])
            var references: [String: String] = [:]
            for row in foreignKeys { references[row[0]] = row[1] }
            let info = try Row.fetchAll(db, sql: "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid",
                                        arguments: [table])
            guard !info.isEmpty else { throw StorageError.database("the table \(table) is missing from the schema") }
            let columns = info.map { row in
                TransferColumn(name: row[0], declaredType: (row[1] as String).uppercased(), notNull: row[2],
                               hasDefault: !(row[3] as DatabaseValue).isNull, references: references[row[0]])
            }
            let primaryKey = info.filter { ($0[4] as Int) > 0 }.sorted { ($0[4] as Int) < ($1[4] as Int) }.map { $0[0] as String }
            let withoutRowID = try Bool.fetchOne(db, sql: "SELECT sql LIKE '%WITHOUT ROWID%' FROM sqlite_master WHERE name = ?",
                                                 arguments: [table]) ?? false
            let idColumn = !withoutRowID && primaryKey.count == 1
                && columns.first { $0.name == primaryKey[0] }?.declaredType == "INTEGER" ? primaryKey[0] : nil
            return TransferTable(name: table, columns: columns, idColumn: idColumn, naturalKey: naturalKey, owner: owner,
                                 primaryKey: primaryKey)
        }
    }

    /// Reads every row of every exported table, in one read transaction (a consistent snapshot while
    /// other processes write): tables in dependency order, rows by primary key, values in column order.
    /// Errors thrown by `body` are rethrown as they are.
    public func exportRows(_ body: (TransferTable, [StoredValue]) throws -> Void) throws {
        do {
            try readThrowing { db in
                for table in try Self.transferTables(db) {
                    let order = table.primaryKey.map { "\"\($0)\"" }.joined(separator: ", ")
                    let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM \"\(table.name)\" ORDER BY \(order)")
                    while let row = try cursor.next() {
                        try body(table, (0..<row.count).map { StoredValue(row[$0] as DatabaseValue) })
                    }
                }
            }
        } catch let error as DatabaseError {
            throw StorageError(error)
        }
    }

    /// Imports rows table by table in one transaction: either all are stored or none. See `RowImporter`.
    public func importRows(
        _ tables: [(table: String, rows: [[String: StoredValue]])],
        keepIds: Bool
    ) throws(StorageError) -> [String: TransferCount] {
        do {
            return try importRows(keepIds: keepIds) { importer in
                for (table, rows) in tables {
                    for row in rows { try importer.insert(row, into: table) }
                }
            }.counts
        } catch {
            throw error as? StorageError ?? .database("\(error)")
        }
    }

    /// Imports rows that `produce` hands to the importer one at a time (so a large file never has
    /// to be held in memory), all in one write transaction: if `produce` or a row throws, nothing
    /// is stored. `keepIds` nil keeps the ids when every table is empty, decided inside the
    /// transaction. Errors of `produce` are rethrown as they are; database failures become `StorageError`.
    public func importRows(keepIds: Bool? = nil,
                           _ produce: (RowImporter) throws -> Void) throws -> (keptIds: Bool, counts: [String: TransferCount]) {
        do {
            return try writer.write { db in
                let keep = try keepIds ?? Self.transferTableKeys.allSatisfy { table, _, _ in
                    try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM \"\(table)\")") ?? true
                }
                let importer = try RowImporter(db, keepIds: keep)
                try produce(importer)
                return (keep, importer.counts)
            }
        } catch let error as DatabaseError {
            throw StorageError(error)
        }
    }

    /// The stored row with the same natural key: `.some(id)` (nil id for tables without one), or nil if none.
    fileprivate static func storedRow(_ table: TransferTable, matching values: [String: StoredValue], _ db: Database) throws -> Int64?? {
        let condition = table.naturalKey.map { "\"\($0)\" IS ?" }.joined(separator: " AND ")
        let arguments = StatementArguments(table.naturalKey.map { (values[$0] ?? .null).databaseValue as (any DatabaseValueConvertible)? })
        if let idColumn = table.idColumn {
            let statement = try db.cachedStatement(sql: "SELECT \"\(idColumn)\" FROM \"\(table.name)\" WHERE \(condition) LIMIT 1")
            guard let id = try Int64.fetchOne(statement, arguments: arguments) else { return nil }
            return .some(id)
        }
        let statement = try db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM \"\(table.name)\" WHERE \(condition))")
        return try Bool.fetchOne(statement, arguments: arguments) == true ? .some(nil) : nil
    }

    /// Runs `body` in a read transaction; database errors stay `DatabaseError`, others pass through.
    private func readThrowing(_ body: (Database) throws -> Void) throws {
        try writer.read(body)
    }
}

extension StoredValue {
    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let value): self = .integer(value)
        case .double(let value): self = .real(value)
        case .string(let value): self = .text(value)
        case .blob(let data): self = .blob(Array(data))
        }
    }

    var databaseValue: DatabaseValue {
        switch self {
        case .null: .null
        case .integer(let value): value.databaseValue
        case .real(let value): value.databaseValue
        case .text(let value): value.databaseValue
        case .blob(let bytes): Data(bytes).databaseValue
        }
    }

    /// The value in a few characters, for messages.
    var brief: String {
        switch self {
        case .null: "null"
        case .integer(let value): String(value)
        case .real(let value): String(value)
        case .text(let value): "'" + (value.count > 30 ? value.prefix(27) + "..." : value) + "'"
        case .blob(let bytes): "(\(bytes.count) bytes)"
        }
    }
}

// MARK: - Attempts for spreadsheets

/// One attempt as the CSV export writes it: the attempt with its problem's names, without outcomes.
public struct AttemptExportRow: Sendable, Hashable, FetchableRecord, Decodable {
    public var id: Int64
    public var slug: String
    public var title: String
    public var createdAt: Date
    public var kind: AttemptKind
    public var language: String
    public var verdict: Verdict
    public var passed: Int
    public var total: Int
    public var maxCpuMs: Double?
    public var maxWallMs: Double?
    public var maxMemoryKB: Int?
    public var seed: Int64
    public var randomCount: Int
    public var timeLimitMs: Int
    public var memoryLimitMB: Int
    public var fileName: String
    public var sourceSHA256: String
    public var rejudgeOf: Int64?
    public var note: String?
    public var message: String?
    /// The source text, only when asked for.
    public var source: String?
}

extension AppDatabase {
    /// Every attempt, oldest first (createdAt, then id), with its problem's slug and title, from one
    /// read transaction; the source text only with `includeSource` (it is by far the largest column).
    /// Errors thrown by `body` are rethrown as they are.
    public func exportAttempts(includeSource: Bool, _ body: (AttemptExportRow) throws -> Void) throws {
        do {
            try writer.read { db in
                let cursor = try AttemptExportRow.fetchCursor(db, sql: """
                    SELECT attempt.id, problem.slug, problem.title, attempt.createdAt, attempt.kind, attempt.language,
                           attempt.verdict, attempt.passed, attempt.total, attempt.maxCpuMs, attempt.maxWallMs,
                           attempt.maxMemoryKB, attempt.seed, attempt.randomCount, attempt.timeLimitMs, attempt.memoryLimitMB,
                           attempt.fileName, attempt.sourceSHA256, attempt.rejudgeOf, attempt.note, attempt.message,
                           \(includeSource ? "attempt.source" : "NULL") AS source
                    FROM attempt JOIN problem ON problem.id = attempt.problemId
                    ORDER BY attempt.createdAt, attempt.id
                    """)
                while let row = try cursor.next() { try body(row) }
            }
        } catch let error as DatabaseError {
            throw StorageError(error)
        }
    }
}

/// Stores the rows of an import inside its transaction (`AppDatabase.importRows(keepIds:_:)`).
///
/// Rows are column-name keyed; a missing column takes its default (or NULL). Foreign keys are
/// remapped through the ids this import gave to the rows they point at, so a table's rows must come
/// after the rows they reference (an export writes parents first): a value that is not the id of an
/// earlier row of the same import is refused. With `keepIds` (meant for an empty database) rows keep
/// their ids and are inserted as they are; otherwise a row whose natural key is already stored is
/// that stored row (kept unchanged, and so are the rows that belong to it), and new rows get fresh ids.
public final class RowImporter {
    private let db: Database
    private let keepIds: Bool
    private let schema: [String: TransferTable]
    /// Per table, the ids of the import mapped to the ids stored.
    private var idMaps: [String: [Int64: Int64]] = [:]
    /// Per table, the stored ids that rows of the import matched (merging only).
    private var matched: [String: Set<Int64>] = [:]
    /// Per table, rows added and rows already there.
    public private(set) var counts: [String: TransferCount] = [:]
    /// Per table, how many rows were handed in so far (the index of the next one).
    private var seen: [String: Int] = [:]
    /// Per table and set of columns given (a bit per column), the INSERT statement's SQL.
    private var insertSQL: [String: [UInt64: String]] = [:]

    fileprivate init(_ db: Database, keepIds: Bool) throws {
        self.db = db
        self.keepIds = keepIds
        schema = Dictionary(uniqueKeysWithValues: try AppDatabase.transferTables(db).map { ($0.name, $0) })
    }

    /// Stores one row of `table` (or finds it stored). Throws `.importRejected(table, index, reason)`
    /// for a row that cannot be stored, `index` counting the rows of that table handed in.
    public func insert(_ row: [String: StoredValue], into name: String) throws(StorageError) {
        let index = seen[name, default: 0]
        seen[name] = index + 1
        func reject(_ reason: String) -> StorageError { .importRejected(table: name, row: index, reason: reason) }
        guard let table = schema[name] else { throw reject("there is no table \(name)") }
        var values = row
        for column in table.columns {
            guard let parent = column.references, let value = values[column.name], value != .null else { continue }
            guard case .integer(let old) = value, let new = idMaps[parent]?[old] else {
                throw reject("\(column.name) \(value.brief) is not the id of a \(parent) row given before it in this file")
            }
            values[column.name] = .integer(new)
        }
        var oldId: Int64? = nil
        if let idColumn = table.idColumn, case .integer(let id)? = values[idColumn] { oldId = id }
        do {
            if !keepIds {
                if let owner = table.owner, let parent = table.columns.first(where: { $0.name == owner })?.references,
                   case .integer(let ownerId)? = values[owner], matched[parent]?.contains(ownerId) == true {
                    counts[name, default: TransferCount()].existing += 1  // It belongs to a row already stored, which stays as it was.
                    return
                }
                if let stored = try AppDatabase.storedRow(table, matching: values, db) {
                    if let oldId, let stored {
                        idMaps[name, default: [:]][oldId] = stored
                        matched[name, default: []].insert(stored)
                    }
                    counts[name, default: TransferCount()].existing += 1
                    return
                }
                if let idColumn = table.idColumn { values[idColumn] = nil }
            }
            var columns: [String] = []
            var mask: UInt64 = 0
            for (position, column) in table.columns.enumerated() where values[column.name] != nil {
                columns.append(column.name)
                mask |= 1 << UInt64(position % 64)
            }
            let sql: String
            if let cached = insertSQL[name]?[mask] {
                sql = cached
            } else {
                sql = "INSERT INTO \"\(name)\" (\(columns.map { "\"\($0)\"" }.joined(separator: ", "))) VALUES ("
                    + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
                if table.columns.count <= 64 { insertSQL[name, default: [:]][mask] = sql }
            }
            // Typed as optional convertibles: the untyped `[Any]` initializer casts every value dynamically.
            let arguments = StatementArguments(columns.map { values[$0]!.databaseValue as (any DatabaseValueConvertible)? })
            try db.cachedStatement(sql: sql).execute(arguments: arguments)
        } catch let error as DatabaseError {
            throw reject((error.message ?? "SQLite error \(error.resultCode.rawValue)").singleLine)
        } catch {
            throw reject("\(error)")
        }
        if let oldId { idMaps[name, default: [:]][oldId] = db.lastInsertedRowID }
        counts[name, default: TransferCount()].added += 1
    }
}
