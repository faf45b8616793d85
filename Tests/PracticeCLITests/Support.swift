import Foundation
import Testing

/// Runs the built `practice` binary the way a user does, on a private temporary database.
struct CLI {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        /// The tool's own peak resident memory (VmHWM, sampled every 20 ms), when `watchMemory` was asked.
        var peakMemoryKB: Int? = nil
    }

    /// A fresh temporary directory holding this test's database and files.
    let directory: URL
    var database: String { directory.appendingPathComponent("practice.sqlite").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("practice-e2e-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func example(_ problem: String, _ file: String) -> String {
        repositoryRoot.appendingPathComponent("Examples/\(problem)/\(file)").path
    }

    /// The `practice` executable built next to this test bundle (PRACTICE_BIN overrides).
    static let binary: String = {
        if let explicit = ProcessInfo.processInfo.environment["PRACTICE_BIN"] { return explicit }
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("practice").path,
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("practice").path,
            repositoryRoot.appendingPathComponent(".build/debug/practice").path,
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[2]
    }()

    /// Writes a file into the test directory and returns its path.
    func write(_ name: String, _ contents: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(contents.utf8).write(to: url)
        return url.path
    }

    /// Runs `practice ARGS --db <this test's database>` (unless `useDatabaseFlag` is false).
    func run(_ arguments: [String], useDatabaseFlag: Bool = true, environment: [String: String] = [:],
             watchMemory: Bool = false) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments + (useDatabaseFlag ? ["--db", database] : [])
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.removeValue(forKey: "PRACTICE_DB")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.currentDirectoryURL = directory
        // Files, not pipes: nothing to drain, no deadlock whatever the output size.
        let outURL = directory.appendingPathComponent("stdout-\(UUID().uuidString)")
        let errURL = directory.appendingPathComponent("stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        var peak: Int? = nil
        if watchMemory {
            // The tool's own high-water mark (its children have their own memory after exec).
            let status = "/proc/\(process.processIdentifier)/status"
            while process.isRunning {
                if let text = try? String(contentsOfFile: status, encoding: .utf8),
                   let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
                   let kib = Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "") {
                    peak = max(peak ?? 0, kib)
                }
                Thread.sleep(forTimeInterval: 0.02)
            }
        }
        process.waitUntilExit()
        try out.close()
        try err.close()
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self), peakMemoryKB: peak)
    }

    /// Runs a command and parses its standard output as a JSON object.
    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try run(arguments + ["--json"])
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(object as? [String: Any], "not a JSON object: \(result.stdout) \(result.stderr)")
    }

    /// Runs a command and parses its standard output as a JSON array.
    func jsonArray(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try run(arguments + ["--json"])
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(object as? [[String: Any]], "not a JSON array: \(result.stdout) \(result.stderr)")
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }
}

/// Processes whose command line contains `marker` (from /proc), to prove nothing was left behind.
func processes(containing marker: String) -> [Int32] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.compactMap { entry in
        guard let pid = Int32(entry), pid != getpid(),
              let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline") else { return nil }
        let commandLine = String(decoding: data.map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self)
        return commandLine.contains(marker) ? pid : nil
    }
}
