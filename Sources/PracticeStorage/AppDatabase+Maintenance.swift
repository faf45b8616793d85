#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import GRDB

/// What `PRAGMA integrity_check` and `PRAGMA foreign_key_check` found.
public struct DatabaseHealth: Sendable, Equatable, Codable {
    /// The integrity check's messages; `["ok"]` when the file is sound.
    public let integrity: [String]
    /// One line per row whose foreign key points nowhere ("table row N: parent P"); empty when none.
    public let foreignKeyViolations: [String]

    /// Whether both checks passed.
    public var isHealthy: Bool { integrity == ["ok"] && foreignKeyViolations.isEmpty }

    public init(integrity: [String], foreignKeyViolations: [String]) {
        self.integrity = integrity
        self.foreignKeyViolations = foreignKeyViolations
    }
}

/// `open(2)`, named apart from `AppDatabase.open(path:)`.
private func openFile(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
    open(path, flags, mode)
}

extension AppDatabase {
    /// Runs SQLite's integrity check and foreign-key check in one read transaction.
    public func checkHealth() throws(StorageError) -> DatabaseHealth {
        try read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            let violations = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row -> String in
                let table: String = row[0] ?? "?"
                let rowid: Int64? = row[1]
                let parent: String = row[2] ?? "?"
                return "\(table) row \(rowid.map(String.init) ?? "?"): no matching \(parent)"
            }
            return DatabaseHealth(integrity: integrity, foreignKeyViolations: violations)
        }
    }

    /// Copies the database into a new file at `target` with SQLite's online backup API, from one
    /// read transaction: other processes keep writing meanwhile, and the copy is a consistent
    /// snapshot. An existing `target` is refused (never overwritten); a failed copy is removed.
    public func backup(to target: String) throws(StorageError) {
        // O_EXCL claims the name atomically: an existing file, even one created a moment ago, is refused.
        let descriptor = openFile(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let reason = errno == EEXIST ? "the file already exists (it was left untouched): choose a new file name"
                : "cannot create it: \(String(cString: strerror(errno)))"
            throw .cannotOpen(target, reason)
        }
        close(descriptor)
        do {
            let destination = try DatabaseQueue(path: target)
            try destination.writeWithoutTransaction { copy in
                try read { db in try db.backup(to: copy) }
            }
            try destination.close()
        } catch {
            unlink(target)
            throw error as? StorageError ?? .cannotOpen(target, StorageError.message(of: error))
        }
    }
}
