import Foundation
import GRDB

/// An error of the storage layer.
///
/// Every description is a single line that says what is wrong and what to do.
public enum StorageError: LocalizedError, Equatable {
    /// The database at this path was migrated by a newer version of practice; it was left untouched.
    case newerSchema(String)
    /// The file at this path is not an SQLite database; it was left untouched.
    case notADatabase(String)
    /// The file at this path is an SQLite database of another application; it was left untouched.
    case foreignDatabase(String)
    /// The database at this path (first value) cannot be created, locked or opened, for the given reason.
    case cannotOpen(String, String)
    /// A problem with this slug is already in the database.
    case problemExists(String)
    /// SQLite failed to read or write; the value is SQLite's one-line message.
    case database(String)
    /// An imported row (the index of its table's rows) cannot be stored, for the given reason; nothing was imported.
    case importRejected(table: String, row: Int, reason: String)

    public var errorDescription: String? {
        switch self {
        case .newerSchema(let path):
            "The database \(path) was written by a newer version of practice; upgrade practice to use it (the file was left untouched)."
        case .notADatabase(let path):
            "The file \(path) is not an SQLite database; choose another database path (the file was left untouched)."
        case .foreignDatabase(let path):
            "The file \(path) is an SQLite database of another application; choose another database path (the file was left untouched)."
        case .cannotOpen(let path, let reason):
            "Cannot open the database \(path): \(reason); check the path and its permissions."
        case .problemExists(let slug):
            "The problem '\(slug)' is already in your set; work on it, or give the new problem another slug."
        case .database(let message):
            "Database error: \(message); retry, and if it persists check the database file (disk space, permissions)."
        case .importRejected(let table, let row, let reason):
            "Row \(row) of table \(table) cannot be imported: \(reason); nothing was imported."
        }
    }

    /// Wraps any error thrown inside a database access: storage errors are kept, other errors
    /// become `.database` with their message on one line.
    init(_ error: any Error) {
        self = error as? StorageError ?? .database(Self.message(of: error))
    }

    /// An error's message on one line; for SQLite, "SQLite error CODE: MESSAGE" without the statement.
    static func message(of error: any Error) -> String {
        guard let error = error as? DatabaseError else {
            return String(describing: error).singleLine
        }
        return "SQLite error \(error.resultCode.rawValue): \((error.message ?? "unknown error").singleLine)"
    }
}

extension String {
    /// The text with runs of whitespace and line breaks collapsed to single spaces.
    var singleLine: String {
        split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
