import Foundation
import GRDB
import PracticeModel

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
    public var difficulty: Difficulty
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
        problemId: Int64, slug: String, title: String, difficulty: Difficulty, attempts: Int,
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
    /// The review evidence of every problem with a judged attempt, by problem id, from the per-problem
    /// summary (`problemProgress`): one row per problem, whatever the number of attempts.
    public func reviewEvidence() throws(StorageError) -> [ReviewEvidence] {
        try read { db in
            try ReviewEvidence.fetchAll(db, sql: """
                SELECT problem.id AS problemId, problem.slug, problem.title, problem.difficulty,
                       progress.attempts, progress.lastAttemptAt, progress.firstSolvedAt, progress.lastSolvedAt,
                       progress.lastFailedAt, progress.solveDays, progress.failuresBeforeSolve,
                       progress.limitFailuresBeforeSolve, progress.failuresSinceSolve
                FROM problemProgress AS progress
                JOIN problem ON problem.id = progress.problemId
                ORDER BY progress.problemId
                """)
        }
    }
}
