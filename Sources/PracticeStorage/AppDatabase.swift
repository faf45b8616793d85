import Foundation
import GRDB
import PracticeMigrations

/// The practice database: problems, test cases, attempts and their outcomes.
///
/// One value wraps one GRDB connection (a WAL `DatabasePool` on disk, a `DatabaseQueue` in
/// memory) whose schema is migrated when it is opened. Every method is one transaction.
/// Dates are stored in UTC with millisecond precision.
public struct AppDatabase: Sendable {
    /// The database file, or nil for an in-memory database.
    public let path: String?

    /// The connection; methods read and write through `read(_:)` and `write(_:)`.
    let writer: any DatabaseWriter

    private init(writer: any DatabaseWriter, path: String?) {
        self.writer = writer
        self.path = path
    }

    /// How long a connection waits for another process's write to finish, in seconds.
    private static let busyTimeout: TimeInterval = 10

    /// The migrator that applies the SQL files of `Migrations/`, in order.
    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in SchemaMigrations.all {
            migrator.registerMigration(migration.identifier) { db in
                try db.execute(sql: migration.sql)
            }
        }
        return migrator
    }

    /// Opens the database file at `path`, creating it and its folder if missing, and migrates it.
    ///
    /// Opening and migrating happen under an exclusive lock on `<path>.lock`, so that several
    /// processes can open one fresh file at once. An existing file is first examined read-only:
    /// a file that is not SQLite, an SQLite database of another application, or a database
    /// migrated by a newer version is refused and left byte-for-byte untouched.
    public static func open(path: String) throws(StorageError) -> AppDatabase {
        guard !path.isEmpty else {
            throw .cannotOpen(path, "the path is empty")
        }
        try DatabaseFile.createParentDirectory(of: path)
        // Refuses a directory before creating a lock file beside it.
        _ = try DatabaseFile.content(at: path)
        return try DatabaseFile.withExclusiveLock(for: path) { () throws(StorageError) -> AppDatabase in
            if try DatabaseFile.content(at: path) == .existingData {
                try checkExistingDatabase(at: path)
            }
            try DatabaseFile.checkWritable(path)
            var configuration = Configuration()
            configuration.busyMode = .timeout(busyTimeout)
            do {
                let pool = try DatabasePool(path: path, configuration: configuration)
                try migrator.migrate(pool)
                return AppDatabase(writer: pool, path: path)
            } catch {
                throw openFailure(path, error)
            }
        }
    }

    /// A fresh, migrated, in-memory database (for tests).
    public static func inMemory() throws(StorageError) -> AppDatabase {
        do {
            let queue = try DatabaseQueue()
            try migrator.migrate(queue)
            return AppDatabase(writer: queue, path: nil)
        } catch {
            throw StorageError(error)
        }
    }

    /// Refuses, without writing to it, an existing file this version cannot migrate.
    private static func checkExistingDatabase(at path: String) throws(StorageError) {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.read { db in
                let migrator = migrator
                if try isForeign(db, migrator: migrator) {
                    throw StorageError.foreignDatabase(path)
                }
                if try migrator.hasBeenSuperseded(db) {
                    throw StorageError.newerSchema(path)
                }
            }
        } catch let error as StorageError {
            throw error
        } catch DatabaseError.SQLITE_NOTADB {
            throw .notADatabase(path)
        } catch {
            throw openFailure(path, error)
        }
    }

    /// Why opening failed, in words: SQLite reports a full disk as a vague I/O error.
    private static func openFailure(_ path: String, _ error: any Error) -> StorageError {
        if DatabaseFile.isOnFullDisk(path) {
            return .cannotOpen(path, "the disk is full (\(StorageError.message(of: error))): free some space and retry")
        }
        return .cannotOpen(path, StorageError.message(of: error))
    }

    /// Whether the database belongs to another application: it has tables but no migration of
    /// practice, or migrations that do not start with practice's first one.
    private static func isForeign(_ db: Database, migrator: DatabaseMigrator) throws -> Bool {
        let applied = try migrator.appliedIdentifiers(db)
        if applied.isEmpty {
            return try hasUserTables(db)
        }
        return migrator.migrations.first.map { !applied.contains($0) } ?? false
    }

    /// Whether the database has tables other than SQLite's own and GRDB's migration log.
    private static func hasUserTables(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT EXISTS (
                SELECT 1 FROM sqlite_master
                WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations'
            )
            """) ?? false
    }

    /// Runs `body` in a read transaction; errors become `StorageError`.
    func read<T>(_ body: (Database) throws -> T) throws(StorageError) -> T {
        do {
            return try writer.read(body)
        } catch {
            throw StorageError(error)
        }
    }

    /// Runs `body` in a write transaction, rolled back if it throws; errors become `StorageError`.
    func write<T>(_ body: (Database) throws -> T) throws(StorageError) -> T {
        do {
            return try writer.write(body)
        } catch {
            throw StorageError(error)
        }
    }
}
