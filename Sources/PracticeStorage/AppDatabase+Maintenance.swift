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
    /// One line per statistics summary table that disagrees with a recount from the attempts; empty when none.
    public let summaryMismatches: [String]

    /// Whether every check passed.
    public var isHealthy: Bool { integrity == ["ok"] && foreignKeyViolations.isEmpty && summaryMismatches.isEmpty }

    public init(integrity: [String], foreignKeyViolations: [String], summaryMismatches: [String] = []) {
        self.integrity = integrity
        self.foreignKeyViolations = foreignKeyViolations
        self.summaryMismatches = summaryMismatches
    }
}

/// `open(2)`, named apart from `AppDatabase.open(path:)`.
private func openFile(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
    open(path, flags, mode)
}

extension AppDatabase {
    /// The statistics summaries (`0007_statistics_summaries.sql`), each with the view that recounts it
    /// from the attempts.
    static let summaryTables = ["attemptCount", "attemptDayCount", "attemptQuarterCount", "problemProgress"]

    /// Runs SQLite's integrity check and foreign-key check, and recounts the statistics summaries from
    /// the attempts, in one read transaction.
    public func checkHealth() throws(StorageError) -> DatabaseHealth {
        try read { db in
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            let violations = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row -> String in
                let table: String = row[0] ?? "?"
                let rowid: Int64? = row[1]
                let parent: String = row[2] ?? "?"
                return "\(table) row \(rowid.map(String.init) ?? "?"): no matching \(parent)"
            }
            var mismatches: [String] = []
            for table in Self.summaryTables {
                let differing = try Int.fetchOne(db, sql: """
                    SELECT (SELECT COUNT(*) FROM (SELECT * FROM \(table) EXCEPT SELECT * FROM \(table)FromAttempts))
                         + (SELECT COUNT(*) FROM (SELECT * FROM \(table)FromAttempts EXCEPT SELECT * FROM \(table)))
                    """) ?? 0
                if differing > 0 {
                    mismatches.append("\(table): \(differing) rows differ from a recount of the attempts")
                }
            }
            return DatabaseHealth(integrity: integrity, foreignKeyViolations: violations, summaryMismatches: mismatches)
        }
    }

    /// Recounts every statistics summary from the attempts (derived data: no attempt, outcome or
    /// problem changes), in one transaction. The triggers keep them right; this repairs a file whose
    /// summaries `checkHealth()` found wrong.
    public func rebuildSummaries() throws(StorageError) {
        try write { db in
            for table in Self.summaryTables {
                try db.execute(sql: "DELETE FROM \(table); INSERT INTO \(table) SELECT * FROM \(table)FromAttempts")
            }
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
