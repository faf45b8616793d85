import Foundation
import PracticeStorage

extension Practice {
    /// Runs the database's integrity and foreign-key checks and recounts its statistics summaries
    /// (`practice db check`); `repair` first rebuilds the summaries from the attempts.
    public func checkDatabase(repair: Bool = false) throws(ServiceError) -> DatabaseHealth {
        try storage { () throws(StorageError) in
            if repair { try database.rebuildSummaries() }
            return try database.checkHealth()
        }
    }

    /// Writes a consistent copy of the database to the new file `target` while other processes may
    /// keep writing (`practice db backup`). An existing file is refused and left untouched.
    public func backupDatabase(to target: String) throws(ServiceError) {
        if FileManager.default.fileExists(atPath: target) {
            throw .invalidOption("the backup file \(target) already exists: choose a new file name (nothing was overwritten)")
        }
        if let source = database.path, URL(fileURLWithPath: source).standardized == URL(fileURLWithPath: target).standardized {
            throw .invalidOption("the backup file must not be the database itself: choose another path")
        }
        try storage { () throws(StorageError) in try database.backup(to: target) }
    }
}
