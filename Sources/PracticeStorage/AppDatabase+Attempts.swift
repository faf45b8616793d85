import Foundation
import GRDB

// MARK: - Attempts and outcomes

extension AppDatabase {
    /// Writes the attempt and all its outcomes in one transaction (each outcome's `attemptId`
    /// is set): either everything is stored or nothing is. Returns the saved attempt.
    public func recordAttempt(
        _ attempt: AttemptRecord,
        outcomes: [OutcomeRecord]
    ) throws(StorageError) -> AttemptRecord {
        try write { db in
            let attempt = try attempt.inserted(db)
            // One prepared statement with positional arguments: a thousand outcomes through the
            // record's Codable encoding cost more than the rest of recording.
            let statement = try db.cachedStatement(sql: """
                INSERT INTO outcome (attemptId, testCaseId, ordinal, origin, seed, size, verdict, cpuMs, wallMs,
                                     memoryKB, exitCode, signal, input, expected, actual, stderr, message)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for outcome in outcomes {
                let values: [(any DatabaseValueConvertible)?] = [
                    attempt.id, outcome.testCaseId, outcome.ordinal, outcome.origin, outcome.seed, outcome.size,
                    outcome.verdict, outcome.cpuMs, outcome.wallMs, outcome.memoryKB, outcome.exitCode, outcome.signal,
                    outcome.input, outcome.expected, outcome.actual, outcome.stderr, outcome.message]
                try statement.execute(arguments: StatementArguments(values))
            }
            return attempt
        }
    }

    /// Attempts newest first (createdAt, then id, descending).
    /// - Parameters:
    ///   - problemId: only the attempts of this problem.
    ///   - limit: at most this many attempts.
    public func attemptSummaries(
        problemId: Int64? = nil,
        limit: Int? = nil
    ) throws(StorageError) -> [AttemptSummary] {
        try read { db in
            try Self.attemptSummaries(db, problemId: problemId, limit: limit)
        }
    }

    /// The attempt with this id, if any.
    public func attempt(id: Int64) throws(StorageError) -> AttemptRecord? {
        try read { db in
            try AttemptRecord.fetchOne(db, key: id)
        }
    }

    /// The outcomes of an attempt, by ordinal.
    public func outcomes(attemptId: Int64) throws(StorageError) -> [OutcomeRecord] {
        try read { db in
            try OutcomeRecord
                .filter { $0.attemptId == attemptId }
                .order(\.ordinal)
                .fetchAll(db)
        }
    }

    /// See `attemptSummaries(problemId:limit:)`; `window` keeps only the attempts inside it.
    static func attemptSummaries(_ db: Database, problemId: Int64?, limit: Int?, window: StatsWindow = .all) throws -> [AttemptSummary] {
        var sql: SQL = """
            SELECT attempt.id, attempt.problemId, problem.slug, problem.title, attempt.createdAt,
                   attempt.kind, attempt.language, attempt.verdict, attempt.passed, attempt.total,
                   attempt.maxCpuMs, attempt.maxMemoryKB, attempt.note,
                   attempt.rejudgeOf, original.verdict AS rejudgeOfVerdict
            FROM attempt JOIN problem ON problem.id = attempt.problemId
            LEFT JOIN attempt AS original ON original.id = attempt.rejudgeOf
            """
        var conditions: [SQL] = []
        if let problemId {
            conditions.append("attempt.problemId = \(problemId)")
        }
        if window != .all {
            conditions.append(within(since: window.since, until: window.until, column: "attempt.createdAt"))
        }
        if !conditions.isEmpty {
            sql += " WHERE \(conditions.joined(separator: " AND "))"
        }
        sql += " ORDER BY attempt.createdAt DESC, attempt.id DESC"
        if let limit {
            sql += " LIMIT \(limit)"
        }
        return try SQLRequest<AttemptSummary>(literal: sql).fetchAll(db)
    }
}
