// Rows of the database's tables as the whole-database export carries them: storage reads and writes them,
// PracticeTransfer writes and reads them as JSON, and neither knows the other.

/// A value of an SQLite column, as export files carry it.
public enum StoredValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])
}

/// A column of a table an export carries, as the schema declares it.
public struct TransferColumn: Sendable, Hashable {
    /// The column name.
    public let name: String
    /// The declared type, upper-cased (`INTEGER`, `TEXT`, `REAL`, `DATETIME`, ...).
    public let declaredType: String
    /// Whether NULL is refused.
    public let notNull: Bool
    /// Whether the column has a default value (so a row may leave it out).
    public let hasDefault: Bool
    /// The table a foreign key of this column points at, if any.
    public let references: String?

    /// Whether a row must give this column: NOT NULL and no default.
    public var isRequired: Bool { notNull && !hasDefault }

    public init(name: String, declaredType: String, notNull: Bool, hasDefault: Bool, references: String?) {
        self.name = name
        self.declaredType = declaredType
        self.notNull = notNull
        self.hasDefault = hasDefault
        self.references = references
    }
}

/// A table an export carries: its columns, its integer id (if rows have one) and the columns that
/// identify a row across databases.
public struct TransferTable: Sendable, Hashable {
    /// The table name.
    public let name: String
    /// The columns, in the table's order.
    public let columns: [TransferColumn]
    /// The `INTEGER PRIMARY KEY` column, whose values other tables reference; nil for tables without one.
    public let idColumn: String?
    /// The natural key: a row of an import whose key matches a stored row is that row.
    public let naturalKey: [String]
    /// The column pointing at the row this one belongs to (see `AppDatabase.transferTableKeys`).
    public let owner: String?
    /// The primary key columns, the order of the rows in an export.
    public let primaryKey: [String]

    public init(name: String, columns: [TransferColumn], idColumn: String?, naturalKey: [String], owner: String?,
                primaryKey: [String]) {
        self.name = name
        self.columns = columns
        self.idColumn = idColumn
        self.naturalKey = naturalKey
        self.owner = owner
        self.primaryKey = primaryKey
    }
}
