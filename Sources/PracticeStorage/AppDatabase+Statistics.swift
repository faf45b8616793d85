import Foundation
import GRDB

// MARK: - Statistics

extension AppDatabase {
    /// Progress aggregates over the whole database, computed in SQL from one consistent snapshot.
    /// - Parameter recentLimit: how many of the newest attempts to include in `recent`.
    public func statistics(recentLimit: Int = 10) throws(StorageError) -> StatsSnapshot {
        try read { db in
            let verdicts = try Self.verdictCounts(db)
            return StatsSnapshot(
                difficulties: try Self.difficultyCounts(db),
                attempts: verdicts.filter { $0.key != Verdict.judgeError }.values.reduce(0, +),
                accepted: verdicts[Verdict.accepted, default: 0],
                judgeErrors: verdicts[Verdict.judgeError, default: 0],
                verdicts: verdicts,
                activeDays: try String.fetchAll(db, sql: """
                    SELECT DISTINCT date(createdAt, 'localtime') AS day
                    FROM attempt WHERE verdict <> 'IE' ORDER BY day
                    """),
                tags: try Self.tagCounts(db),
                recent: try Self.attemptSummaries(db, problemId: nil, limit: recentLimit))
        }
    }

    /// The verdicts the statistics single out.
    private enum Verdict {
        static let accepted = "AC"
        static let judgeError = "IE"
    }

    /// The difficulties, in the order statistics list them.
    private static let difficulties = ["easy", "medium", "hard"]

    /// Added, attempted and solved problems in one group (a difficulty or a tag).
    private struct GroupProgress: Decodable, FetchableRecord {
        var name: String
        var added: Int
        var attempted: Int
        var solved: Int
    }

    private static func verdictCounts(_ db: Database) throws -> [String: Int] {
        let rows = try Row.fetchAll(db, sql: "SELECT verdict, COUNT(*) AS count FROM attempt GROUP BY verdict")
        var counts: [String: Int] = [:]
        for row in rows {
            counts[try row.decode(forColumn: "verdict")] = try row.decode(forColumn: "count")
        }
        return counts
    }

    private static func difficultyCounts(_ db: Database) throws -> [DifficultyCount] {
        let groups = try GroupProgress.fetchAll(db, sql: """
            SELECT problem.difficulty AS name, COUNT(*) AS added,
                   COUNT(progress.problemId) AS attempted, COALESCE(SUM(progress.solved), 0) AS solved
            FROM problem
            LEFT JOIN (\(progressSQL)) AS progress ON progress.problemId = problem.id
            GROUP BY problem.difficulty
            """)
        let byDifficulty = Dictionary(uniqueKeysWithValues: groups.map { ($0.name, $0) })
        return difficulties.map { difficulty in
            let group = byDifficulty[difficulty]
            return DifficultyCount(
                difficulty: difficulty,
                added: group?.added ?? 0,
                attempted: group?.attempted ?? 0,
                solved: group?.solved ?? 0)
        }
    }

    private static func tagCounts(_ db: Database) throws -> [TagCount] {
        try GroupProgress.fetchAll(db, sql: """
            SELECT tag.name, COUNT(*) AS added,
                   COUNT(progress.problemId) AS attempted, COALESCE(SUM(progress.solved), 0) AS solved
            FROM tag
            JOIN problemTag ON problemTag.tagId = tag.id
            LEFT JOIN (\(progressSQL)) AS progress ON progress.problemId = problemTag.problemId
            GROUP BY tag.id
            ORDER BY tag.name
            """)
        .map { TagCount(tag: $0.name, added: $0.added, attempted: $0.attempted, solved: $0.solved) }
    }
}
