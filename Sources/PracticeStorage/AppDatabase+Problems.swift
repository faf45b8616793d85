import Foundation
import GRDB
import PracticeModel

// MARK: - Problems

extension AppDatabase {
    /// Inserts the problem, its tags (creating tag rows as needed) and its test cases in one
    /// transaction. Throws `.problemExists(slug)` if the slug is taken.
    /// Returns the saved record (id set).
    public func addProblem(
        _ problem: ProblemRecord,
        tags: [String],
        testCases: [TestCaseRecord],
        programs: [ProblemProgramRecord] = []
    ) throws(StorageError) -> ProblemRecord {
        try write { db in
            try Self.insertProblem(db, problem, tags: tags, testCases: testCases, programs: programs)
        }
    }

    /// See `addProblem`: the inserts, inside the caller's transaction.
    static func insertProblem(
        _ db: Database,
        _ problem: ProblemRecord,
        tags: [String],
        testCases: [TestCaseRecord],
        programs: [ProblemProgramRecord] = []
    ) throws -> ProblemRecord {
        var problem = problem
        do {
            try problem.insert(db)
        } catch DatabaseError.SQLITE_CONSTRAINT_UNIQUE {
            // slug is the only unique column besides the id.
            throw StorageError.problemExists(problem.slug)
        }
        let problemId = db.lastInsertedRowID
        for tag in Set(tags) {
            try db.execute(
                sql: "INSERT INTO tag (name) VALUES (?) ON CONFLICT (name) DO NOTHING",
                arguments: [tag])
            try db.execute(
                sql: "INSERT INTO problemTag (problemId, tagId) SELECT ?, id FROM tag WHERE name = ?",
                arguments: [problemId, tag])
        }
        for var testCase in testCases {
            testCase.problemId = problemId
            try testCase.insert(db)
        }
        for var program in programs {
            program.problemId = problemId
            try program.insert(db)
        }
        return problem
    }

    /// The programs (reference, generator, checker) of a user problem; none for a catalog problem.
    public func programs(problemId: Int64) throws(StorageError) -> [ProblemProgramRecord] {
        try read { db in
            try ProblemProgramRecord.filter { $0.problemId == problemId }.order(ProblemProgramRecord.Columns.role).fetchAll(db)
        }
    }

    /// The problem with this slug, if any.
    public func problem(slug: String) throws(StorageError) -> ProblemRecord? {
        try read { db in
            try ProblemRecord.filter { $0.slug == slug }.fetchOne(db)
        }
    }

    /// The problem with this id, if any.
    public func problem(id: Int64) throws(StorageError) -> ProblemRecord? {
        try read { db in
            try ProblemRecord.fetchOne(db, key: id)
        }
    }

    /// Deletes a problem with everything that belongs to it: tag links, test cases, cached
    /// answers, attempts and their outcomes. Returns false if there was no such problem.
    @discardableResult
    public func deleteProblem(id: Int64) throws(StorageError) -> Bool {
        try write { db in
            try ProblemRecord.deleteOne(db, key: id)
        }
    }

    /// Every problem of the set, ordered by addedAt then id: cheap, no progress aggregates (name
    /// resolution reads this on every command).
    public func problems() throws(StorageError) -> [ProblemRecord] {
        try read { db in
            try ProblemRecord.order(ProblemRecord.Columns.addedAt, ProblemRecord.Columns.id).fetchAll(db)
        }
    }

    /// One problem with its tags and status; its progress is aggregated over its own attempts only.
    public func problemSummary(id: Int64) throws(StorageError) -> ProblemSummary? {
        try read { db in try Self.problemSummaries(db, tag: nil, status: nil, problemId: id).first }
    }

    /// All problems with their tags and status, ordered by addedAt then id.
    /// - Parameters:
    ///   - tag: only problems with this tag.
    ///   - status: only problems with this status.
    public func problemSummaries(
        tag: String? = nil,
        status: ProblemStatus? = nil
    ) throws(StorageError) -> [ProblemSummary] {
        try read { db in try Self.problemSummaries(db, tag: tag, status: status, problemId: nil) }
    }

    private static func problemSummaries(_ db: Database, tag: String?, status: ProblemStatus?,
                                         problemId: Int64?) throws -> [ProblemSummary] {
        var filters: [SQL] = []
        if let tag {
            filters.append("""
                EXISTS (SELECT 1 FROM problemTag JOIN tag ON tag.id = problemTag.tagId
                        WHERE problemTag.problemId = summary.id AND tag.name = \(tag))
                """)
        }
        if let status {
            filters.append("status = \(status)")
        }
        if let problemId {
            filters.append("id = \(problemId)")
        }
        let condition: SQL = filters.isEmpty ? "" : "WHERE \(filters.joined(separator: " AND "))"
        let request = SQLRequest<Row>("""
            SELECT * FROM (
                SELECT problem.*,
                       COALESCE(progress.attempts, 0) AS attempts,
                       progress.lastAttemptAt,
                       progress.lastVerdict,
                       \(sql: Self.statusSQL) AS status
                FROM problem
                LEFT JOIN problemProgress AS progress ON progress.problemId = problem.id
            ) AS summary
            \(condition)
            ORDER BY addedAt, id
            """)
        let rows = try request.fetchAll(db)
        let tagsByProblem = try Self.tagNamesByProblem(db)
        return try rows.map { row in
            let problem = try ProblemRecord(row: row)
            return ProblemSummary(
                problem: problem,
                tags: problem.id.flatMap { tagsByProblem[$0] } ?? [],
                status: try row.decode(forColumn: "status"),
                attempts: try row.decode(forColumn: "attempts"),
                lastAttemptAt: try row.decode(forColumn: "lastAttemptAt"),
                lastVerdict: try row.decode(forColumn: "lastVerdict"))
        }
    }

    /// The tag names of a problem, sorted.
    public func tags(problemId: Int64) throws(StorageError) -> [String] {
        try read { db in
            try String.fetchAll(db, sql: """
                SELECT tag.name FROM tag JOIN problemTag ON problemTag.tagId = tag.id
                WHERE problemTag.problemId = ? ORDER BY tag.name
                """, arguments: [problemId])
        }
    }

    /// Sorted tag names of every problem that has tags, by problem id.
    private static func tagNamesByProblem(_ db: Database) throws -> [Int64: [String]] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT problemTag.problemId, tag.name FROM problemTag JOIN tag ON tag.id = problemTag.tagId
            ORDER BY tag.name
            """)
        var tags: [Int64: [String]] = [:]
        for row in rows {
            tags[try row.decode(forColumn: "problemId"), default: []].append(try row.decode(forColumn: "name"))
        }
        return tags
    }
}

// MARK: - Progress SQL

extension AppDatabase {
    /// The status of `problem` from its `problemProgress` row, aliased `progress` (LEFT JOINed: no row
    /// means no judged attempt).
    static let statusSQL = """
        CASE WHEN progress.firstSolvedAt IS NOT NULL THEN 'solved' WHEN progress.attempts > 0 THEN 'attempted' ELSE 'todo' END
        """
}
