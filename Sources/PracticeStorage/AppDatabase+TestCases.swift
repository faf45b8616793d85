import Foundation
import PracticeModel
import GRDB

// MARK: - Test cases and cached reference answers

extension AppDatabase {
    /// The stored test cases of a problem: examples first, then the others, each by id.
    public func testCases(problemId: Int64) throws(StorageError) -> [TestCaseRecord] {
        try read { db in
            try TestCaseRecord
                .filter { $0.problemId == problemId }
                .order { [$0.origin != "example", $0.id] }
                .fetchAll(db)
        }
    }

    /// Inserts a test case unless its problem already has a test case with the same input;
    /// returns the stored row either way.
    public func addTestCase(_ testCase: TestCaseRecord) throws(StorageError) -> TestCaseRecord {
        try write { db in
            let stored = try TestCaseRecord
                .filter { $0.problemId == testCase.problemId && $0.input == testCase.input }
                .fetchOne(db)
            if let stored {
                return stored
            }
            return try testCase.inserted(db)
        }
    }

    /// Stores reference answers of test cases (their `expected` and `referenceVersion`, by id),
    /// in one transaction.
    public func updateExpected(
        _ updates: [(testCaseId: Int64, expected: String, referenceVersion: String)]
    ) throws(StorageError) {
        try write { db in
            for update in updates {
                try TestCaseRecord
                    .filter(key: update.testCaseId)
                    .updateAll(db) { [
                        $0.expected.set(to: update.expected),
                        $0.referenceVersion.set(to: update.referenceVersion),
                    ] }
            }
        }
    }

    /// The cached reference answers of random tests of a problem, for this reference version;
    /// keys without a cached answer are absent from the result.
    public func cachedExpected(
        problemId: Int64,
        referenceVersion: String,
        keys: [RandomTestKey]
    ) throws(StorageError) -> [RandomTestKey: String] {
        try read { db in
            let statement = try db.cachedStatement(sql: """
                SELECT expected FROM expectedCache
                WHERE problemId = ? AND referenceVersion = ? AND seed = ? AND size = ?
                """)
            var answers: [RandomTestKey: String] = [:]
            for key in keys {
                answers[key] = try String.fetchOne(
                    statement, arguments: [problemId, referenceVersion, key.seed, key.size])
            }
            return answers
        }
    }

    /// Caches reference answers of random tests of a problem for this reference version,
    /// replacing earlier answers for the same keys, in one transaction.
    public func cacheExpected(
        problemId: Int64,
        referenceVersion: String,
        _ entries: [RandomTestKey: String]
    ) throws(StorageError) {
        try write { db in
            let statement = try db.cachedStatement(sql: """
                INSERT INTO expectedCache (problemId, referenceVersion, seed, size, expected)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT DO UPDATE SET expected = excluded.expected
                """)
            for (key, expected) in entries {
                try statement.execute(arguments: [problemId, referenceVersion, key.seed, key.size, expected])
            }
        }
    }
}
