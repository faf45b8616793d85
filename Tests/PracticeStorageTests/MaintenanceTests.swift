import Foundation
import GRDB
import PracticeModel
import PracticeStorage
import Testing

@Suite("Integrity checks and online backups")
struct MaintenanceTests {
    /// A database file with one problem and one attempt with two outcomes.
    private func populated(in directory: String) throws -> AppDatabase {
        let database = try AppDatabase.open(path: directory + "/practice.sqlite")
        let problem = try database.addProblem(Fixture.problem("two-sum"), tags: ["array"], testCases: [])
        _ = try database.recordAttempt(Fixture.attempt(problemId: try #require(problem.id), verdict: .AC),
                                       outcomes: [Fixture.outcome(ordinal: 1), Fixture.outcome(ordinal: 2)])
        return database
    }

    @Test func soundDatabaseIsHealthy() throws {
        try withTemporaryDirectory { directory in
            let health = try populated(in: directory).checkHealth()
            #expect(health == DatabaseHealth(integrity: ["ok"], foreignKeyViolations: []))
            #expect(health.isHealthy)
        }
    }

    @Test func danglingForeignKeyIsReported() throws {
        try withTemporaryDirectory { directory in
            let database = try populated(in: directory)
            try DatabaseQueue(path: directory + "/practice.sqlite").writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA foreign_keys = OFF; UPDATE outcome SET attemptId = 4242 WHERE ordinal = 2")
            }
            let health = try database.checkHealth()
            #expect(health.integrity == ["ok"])
            #expect(health.foreignKeyViolations.count == 1)
            #expect(health.foreignKeyViolations.first?.hasPrefix("outcome row") == true)
            #expect(!health.isHealthy)
        }
    }

    @Test func backupIsACompleteDatabase() throws {
        try withTemporaryDirectory { directory in
            let database = try populated(in: directory)
            let target = directory + "/backup.sqlite"
            try database.backup(to: target)
            let copy = try AppDatabase.open(path: target)
            #expect(try copy.checkHealth().isHealthy)
            #expect(try copy.problem(slug: "two-sum") != nil)
            let outcomes = try DatabaseQueue(path: target).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM outcome") }
            #expect(outcomes == 2)
        }
    }

    @Test func backupNeverOverwritesAFile() throws {
        try withTemporaryDirectory { directory in
            let database = try populated(in: directory)
            let target = directory + "/precious.txt"
            #expect(FileManager.default.createFile(atPath: target, contents: Data("keep".utf8)))
            #expect(throws: StorageError.self) { try database.backup(to: target) }
            #expect(try contents(of: target) == Data("keep".utf8))
        }
    }

    @Test func failedBackupLeavesNoFile() throws {
        try withTemporaryDirectory { directory in
            let database = try populated(in: directory)
            let target = directory + "/missing-folder/backup.sqlite"
            #expect(throws: StorageError.self) { try database.backup(to: target) }
            #expect(!FileManager.default.fileExists(atPath: target))
        }
    }
}
