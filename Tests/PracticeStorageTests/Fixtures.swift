import Foundation
import PracticeModel
import PracticeStorage

/// Builders of records with plausible defaults; tests override what they check.
enum Fixture {
    /// 2023-11-14 22:13:20 UTC.
    static let addedAt = Date(timeIntervalSince1970: 1_700_000_000)

    /// A UTC date from "YYYY-MM-DD HH:MM:SS".
    static func utc(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.date(from: text)
    }

    static func problem(
        _ slug: String,
        difficulty: Difficulty = .medium,
        addedAt: Date = Fixture.addedAt
    ) -> ProblemRecord {
        ProblemRecord(
            slug: slug,
            number: 581,
            title: "Title of \(slug)",
            difficulty: difficulty,
            statement: "Given `nums`, return 0.",
            sourceURL: "https://leetcode.com/problems/\(slug)/",
            origin: .catalog,
            timeLimitMs: 2000,
            memoryLimitMB: 256,
            checker: "json",
            referenceVersion: "ref-1",
            addedAt: addedAt)
    }

    static func testCase(problemId: Int64 = 0, origin: TestOrigin, input: String) -> TestCaseRecord {
        TestCaseRecord(problemId: problemId, origin: origin, input: input, createdAt: addedAt)
    }

    static func attempt(
        problemId: Int64,
        verdict: Verdict,
        at createdAt: Date = Fixture.addedAt.addingTimeInterval(3600)
    ) -> AttemptRecord {
        AttemptRecord(
            problemId: problemId,
            createdAt: createdAt,
            language: "swift",
            fileName: "main.swift",
            source: "print(0)",
            sourceSHA256: String(repeating: "a", count: 64),
            command: "./main",
            verdict: verdict,
            passed: verdict == .AC ? 3 : 2,
            total: 3,
            maxCpuMs: 12.5,
            maxWallMs: 20.25,
            maxMemoryKB: 4096,
            seed: 42,
            randomCount: 1,
            referenceVersion: "ref-1",
            timeLimitMs: 2000,
            memoryLimitMB: 256,
            note: "first try")
    }

    static func outcome(ordinal: Int, verdict: Verdict = .AC) -> OutcomeRecord {
        OutcomeRecord(ordinal: ordinal, origin: .example, verdict: verdict, cpuMs: 1.5, wallMs: 2.5, memoryKB: 1024, exitCode: 0)
    }
}

/// Runs `body` with the path of a fresh temporary directory, removed afterwards.
func withTemporaryDirectory(_ body: (String) throws -> Void) throws {
    let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("practice-storage-tests-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: path) }
    try body(path)
}

/// The file's bytes, to check that a refused database was left untouched.
func contents(of path: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: path))
}
