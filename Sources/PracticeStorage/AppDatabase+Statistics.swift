import Foundation
import GRDB

// MARK: - Statistics

extension AppDatabase {
    /// Progress aggregates of the attempts in `window`, computed in SQL from one consistent
    /// snapshot: no query loads attempts one by one, so the cost grows with the number of
    /// problems, tags, languages and active quarter hours, not with the number of attempts read.
    /// - Parameters:
    ///   - window: the attempts counted; problems are counted as added whatever the window.
    ///   - recentLimit: how many of the newest attempts to include in `recent` (not limited by the window).
    public func statistics(window: StatsWindow = .all, recentLimit: Int = 10) throws(StorageError) -> StatsSnapshot {
        try read { db in
            let verdicts = try Self.verdictCounts(db, window)
            return StatsSnapshot(
                difficulties: try Self.difficultyCounts(db, window),
                attempts: verdicts.filter { $0.key != Verdict.judgeError }.values.reduce(0, +),
                accepted: verdicts[Verdict.accepted, default: 0],
                judgeErrors: verdicts[Verdict.judgeError, default: 0],
                verdicts: verdicts,
                tags: try Self.tagCounts(db, window),
                languages: try Self.languageCounts(db, window),
                activity: try Self.activity(db, window),
                firstSolves: try Self.firstSolves(db, window),
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

    /// `column` inside the window, to AND into a WHERE clause (`1` when the window is open).
    private static func within(_ window: StatsWindow, column: String = "createdAt") -> SQL {
        var conditions: [SQL] = []
        if let since = window.since { conditions.append("\(sql: column) >= \(since)") }
        if let until = window.until { conditions.append("\(sql: column) < \(until)") }
        return conditions.isEmpty ? "1" : conditions.joined(separator: " AND ")
    }

    /// One row per problem with a judged attempt in the window: `problemId`, `solved` (0 or 1).
    private static func windowProgressSQL(_ window: StatsWindow) -> SQL {
        """
        SELECT problemId, MAX(verdict = 'AC') AS solved
        FROM attempt WHERE verdict <> 'IE' AND kind = 'submit' AND \(within(window)) GROUP BY problemId
        """
    }

    /// Added, attempted and solved problems in one group (a difficulty or a tag).
    private struct GroupProgress: Decodable, FetchableRecord {
        var name: String
        var added: Int
        var attempted: Int
        var solved: Int
    }

    private static func verdictCounts(_ db: Database, _ window: StatsWindow) throws -> [String: Int] {
        let rows = try SQLRequest<Row>(literal: """
            SELECT verdict, COUNT(*) AS count FROM attempt WHERE kind = 'submit' AND \(within(window)) GROUP BY verdict
            """).fetchAll(db)
        var counts: [String: Int] = [:]
        for row in rows {
            counts[try row.decode(forColumn: "verdict")] = try row.decode(forColumn: "count")
        }
        return counts
    }

    private static func difficultyCounts(_ db: Database, _ window: StatsWindow) throws -> [DifficultyCount] {
        let groups = try SQLRequest<GroupProgress>(literal: """
            SELECT problem.difficulty AS name, COUNT(*) AS added,
                   COUNT(progress.problemId) AS attempted, COALESCE(SUM(progress.solved), 0) AS solved
            FROM problem
            LEFT JOIN (\(windowProgressSQL(window))) AS progress ON progress.problemId = problem.id
            GROUP BY problem.difficulty
            """).fetchAll(db)
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

    private static func tagCounts(_ db: Database, _ window: StatsWindow) throws -> [TagCount] {
        let groups = try SQLRequest<GroupProgress>(literal: """
            SELECT tag.name, COUNT(*) AS added,
                   COUNT(progress.problemId) AS attempted, COALESCE(SUM(progress.solved), 0) AS solved
            FROM tag
            JOIN problemTag ON problemTag.tagId = tag.id
            LEFT JOIN (\(windowProgressSQL(window))) AS progress ON progress.problemId = problemTag.problemId
            GROUP BY tag.id
            ORDER BY tag.name
            """).fetchAll(db)
        // Counted per problem first, so that each attempt is read once, not once per tag.
        let verdictRows = try SQLRequest<Row>(literal: """
            WITH counts AS (
                SELECT problemId, verdict, COUNT(*) AS count
                FROM attempt WHERE verdict <> 'IE' AND kind = 'submit' AND \(within(window)) GROUP BY problemId, verdict)
            SELECT tag.name, counts.verdict, SUM(counts.count) AS count
            FROM counts
            JOIN problemTag ON problemTag.problemId = counts.problemId
            JOIN tag ON tag.id = problemTag.tagId
            GROUP BY tag.id, counts.verdict
            """).fetchAll(db)
        var verdictsByTag: [String: [String: Int]] = [:]
        for row in verdictRows {
            verdictsByTag[try row.decode(forColumn: "name"), default: [:]][try row.decode(forColumn: "verdict")] =
                try row.decode(forColumn: "count")
        }
        return groups.map {
            TagCount(tag: $0.name, added: $0.added, attempted: $0.attempted, solved: $0.solved,
                     verdicts: verdictsByTag[$0.name] ?? [:])
        }
    }

    private static func languageCounts(_ db: Database, _ window: StatsWindow) throws -> [LanguageCount] {
        try SQLRequest<Row>(literal: """
            SELECT language, COUNT(*) AS attempts, SUM(verdict = 'AC') AS accepted,
                   COUNT(DISTINCT CASE WHEN verdict = 'AC' THEN problemId END) AS solved
            FROM attempt WHERE verdict <> 'IE' AND kind = 'submit' AND \(within(window))
            GROUP BY language
            ORDER BY attempts DESC, language
            """).fetchAll(db).map { row in
            LanguageCount(language: try row.decode(forColumn: "language"), attempts: try row.decode(forColumn: "attempts"),
                          accepted: try row.decode(forColumn: "accepted"), solved: try row.decode(forColumn: "solved"))
        }
    }

    /// Groups by the text of the stored UTC time (hour, then quarter of the hour): the epoch
    /// of each quarter hour is computed once per group, never per attempt.
    private static func activity(_ db: Database, _ window: StatsWindow) throws -> [ActivityBucket] {
        try SQLRequest<Row>(literal: """
            SELECT CAST(strftime('%s', substr(createdAt, 1, 13) || ':00:00') AS INTEGER)
                       + 900 * (CAST(substr(createdAt, 15, 2) AS INTEGER) / 15) AS start,
                   COUNT(*) AS attempts, SUM(verdict = 'AC') AS accepted
            FROM attempt WHERE verdict <> 'IE' AND kind = 'submit' AND \(within(window))
            GROUP BY substr(createdAt, 1, 13), CAST(substr(createdAt, 15, 2) AS INTEGER) / 15
            ORDER BY start
            """).fetchAll(db).map { row in
            // By position: there can be a row per active quarter hour, and names cost a lookup each.
            ActivityBucket(start: Date(timeIntervalSince1970: try row.decode(atIndex: 0)),
                           attempts: try row.decode(atIndex: 1), accepted: try row.decode(atIndex: 2))
        }
    }

    private static func firstSolves(_ db: Database, _ window: StatsWindow) throws -> [FirstSolve] {
        try SQLRequest<Row>(literal: """
            WITH solves AS (
                SELECT problemId, MIN(createdAt) AS solvedAt FROM attempt WHERE verdict = 'AC' AND kind = 'submit' GROUP BY problemId)
            SELECT solves.problemId, MIN(attempt.createdAt) AS firstAttemptAt, solves.solvedAt, COUNT(*) AS attempts
            FROM solves
            JOIN attempt ON attempt.problemId = solves.problemId
                        AND attempt.createdAt <= solves.solvedAt AND attempt.verdict <> 'IE' AND attempt.kind = 'submit'
            WHERE \(within(window, column: "solves.solvedAt"))
            GROUP BY solves.problemId
            ORDER BY solves.solvedAt, solves.problemId
            """).fetchAll(db).map { row in
            FirstSolve(problemId: try row.decode(forColumn: "problemId"), firstAttemptAt: try row.decode(forColumn: "firstAttemptAt"),
                       solvedAt: try row.decode(forColumn: "solvedAt"), attempts: try row.decode(forColumn: "attempts"))
        }
    }
}
