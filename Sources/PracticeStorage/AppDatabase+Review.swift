import Foundation
import GRDB

// MARK: - Review evidence

/// What the judge's record says about one attempted problem: the evidence a review scheduler
/// grades. Judge errors (IE) are left out.
public struct ReviewEvidence: Codable, Sendable, Hashable, FetchableRecord {
    /// The problem.
    public var problemId: Int64
    /// The problem's slug.
    public var slug: String
    /// The problem's title.
    public var title: String
    /// `easy`, `medium` or `hard`.
    public var difficulty: String
    /// Judged attempts.
    public var attempts: Int
    /// The newest judged attempt.
    public var lastAttemptAt: Date
    /// The first accepted attempt, nil while unsolved.
    public var firstSolvedAt: Date?
    /// The newest accepted attempt, nil while unsolved.
    public var lastSolvedAt: Date?
    /// The newest failed (not accepted) attempt, nil if none failed.
    public var lastFailedAt: Date?
    /// Distinct UTC days with an accepted attempt.
    public var solveDays: Int
    /// Failed attempts before the first accepted one (all of them while unsolved).
    public var failuresBeforeSolve: Int
    /// Of those, time, memory or output limit verdicts (TLE, MLE, OLE).
    public var limitFailuresBeforeSolve: Int
    /// Failed attempts after the newest accepted one (0 while unsolved).
    public var failuresSinceSolve: Int

    /// Creates a value from its fields.
    public init(
        problemId: Int64, slug: String, title: String, difficulty: String, attempts: Int,
        lastAttemptAt: Date, firstSolvedAt: Date?, lastSolvedAt: Date?, lastFailedAt: Date?,
        solveDays: Int, failuresBeforeSolve: Int, limitFailuresBeforeSolve: Int, failuresSinceSolve: Int
    ) {
        self.problemId = problemId
        self.slug = slug
        self.title = title
        self.difficulty = difficulty
        self.attempts = attempts
        self.lastAttemptAt = lastAttemptAt
        self.firstSolvedAt = firstSolvedAt
        self.lastSolvedAt = lastSolvedAt
        self.lastFailedAt = lastFailedAt
        self.solveDays = solveDays
        self.failuresBeforeSolve = failuresBeforeSolve
        self.limitFailuresBeforeSolve = limitFailuresBeforeSolve
        self.failuresSinceSolve = failuresSinceSolve
    }
}

extension AppDatabase {
    /// The review evidence of every problem with a judged attempt, by problem id; one aggregate
    /// query over the attempt indexes.
    public func reviewEvidence() throws(StorageError) -> [ReviewEvidence] {
        try read { db in
            try ReviewEvidence.fetchAll(db, sql: """
                WITH solves AS (
                    SELECT problemId, MIN(createdAt) AS firstSolvedAt, MAX(createdAt) AS lastSolvedAt,
                           COUNT(DISTINCT substr(createdAt, 1, 10)) AS solveDays
                    FROM attempt WHERE verdict = 'AC' AND kind = 'submit' GROUP BY problemId)
                SELECT problem.id AS problemId, problem.slug, problem.title, problem.difficulty,
                       COUNT(*) AS attempts, MAX(attempt.createdAt) AS lastAttemptAt,
                       solves.firstSolvedAt, solves.lastSolvedAt,
                       MAX(CASE WHEN attempt.verdict <> 'AC' THEN attempt.createdAt END) AS lastFailedAt,
                       COALESCE(solves.solveDays, 0) AS solveDays,
                       SUM(attempt.verdict <> 'AC'
                           AND (solves.firstSolvedAt IS NULL OR attempt.createdAt < solves.firstSolvedAt))
                           AS failuresBeforeSolve,
                       SUM(attempt.verdict IN ('TLE', 'MLE', 'OLE')
                           AND (solves.firstSolvedAt IS NULL OR attempt.createdAt < solves.firstSolvedAt))
                           AS limitFailuresBeforeSolve,
                       COALESCE(SUM(attempt.verdict <> 'AC' AND attempt.createdAt > solves.lastSolvedAt), 0)
                           AS failuresSinceSolve
                FROM attempt
                JOIN problem ON problem.id = attempt.problemId
                LEFT JOIN solves ON solves.problemId = attempt.problemId
                WHERE attempt.verdict <> 'IE' AND attempt.kind = 'submit'
                GROUP BY attempt.problemId
                ORDER BY attempt.problemId
                """)
        }
    }
}
