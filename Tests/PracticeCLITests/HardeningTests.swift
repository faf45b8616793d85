import Foundation
import GRDB
import PracticeRunner
import Testing

/// Issue 7 end to end: the built `practice` binary against hostile solutions, signals, kill -9,
/// concurrency, damaged databases and bad input. Bounds are loose: the machine is shared and noisy.
@Suite("Hardening: practice under faults")
struct HardeningTests {
    /// A copy of the correct Python solution inside the test's directory, so its path marks every
    /// solution process of the test.
    private func markedSolution(_ cli: CLI) throws -> String {
        let source = try String(contentsOfFile: CLI.example("shortest-unsorted-subarray", "correct.py"), encoding: .utf8)
        return try cli.write("marked.py", source)
    }

    /// Starts `practice ARGS --db <test db>` without waiting for it.
    private func start(_ cli: CLI, _ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = arguments + ["--db", cli.database]
        process.currentDirectoryURL = cli.directory
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Rows of a query on the test's database, read-only.
    private func rows(_ cli: CLI, _ sql: String) throws -> [Row] {
        var configuration = Configuration()
        configuration.readonly = true
        return try DatabaseQueue(path: cli.database, configuration: configuration).read { try Row.fetchAll($0, sql: sql) }
    }

    // MARK: 3. Output: the tool's own memory

    /// One test at a time (`--jobs 1`): the tool then holds at most one 16 MiB capture; with N jobs,
    /// N captures may be in memory at once.
    @Test("floods give OLE and keep the tool under the output cap plus 50 MB", arguments: [
        "head -c 1000000000 /dev/zero",
        "head -c 100000000 /dev/zero >&2",
        "while :; do head -c 65536 /dev/zero; head -c 65536 /dev/zero >&2; done",
    ])
    func floodsKeepTheToolSmall(flood: String) throws {
        let cli = try CLI()
        defer { cli.remove() }
        let file = try cli.write("flood.sh", "#\n")
        let request = RunRequest(
            arguments: [CLI.binary, "attempt", "581", file, "--cmd", flood, "--random", "3", "--jobs", "1", "--json",
                        "--db", cli.database],
            environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "NO_COLOR": "1",
                          "HOME": cli.directory.path],
            workingDirectory: cli.directory.path,
            limits: RunLimits(cpuTime: 120, wallTime: 120, memoryBytes: nil, outputBytes: 1 << 20))
        let result = try NativeRunner().run(request)
        #expect(result.termination == .exited(1), "\(text(result.stderr))")
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any]
        #expect(report?["verdict"] as? String == "OLE")
        #expect(result.peakMemoryBytes < (16 + 50) << 20, "practice peaked at \(result.peakMemoryBytes >> 20) MB")
    }

    // MARK: 4 and 6. A program that ignores its input; crashes

    @Test("crashes give RE with the signal and the exit code stored apart", arguments: [
        ("segv.c", "int main(void) { volatile int *p = 0; return *p; }\n", nil, 11),
        ("abort.c", "#include <stdlib.h>\nint main(void) { abort(); }\n", nil, 6),
        ("exit3.c", "int main(void) { return 3; }\n", 3, nil),
        ("raise.py", "raise ValueError('boom')\n", 1, nil),
    ] as [(String, String, Int?, Int?)])
    func crashes(file: String, source: String, exitCode: Int?, signal: Int?) throws {
        let cli = try CLI()
        defer { cli.remove() }
        let result = try cli.run(["attempt", "581", try cli.write(file, source), "--random", "1", "--jobs", "1"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("Runtime Error (RE)"))
        let outcome = try #require(try rows(cli, "SELECT exitCode, signal FROM outcome WHERE verdict = 'RE'").first)
        #expect(outcome["exitCode"] as Int? == exitCode)
        #expect(outcome["signal"] as Int? == signal)
    }

    // MARK: 7. Ctrl-C and SIGTERM

    @Test("SIGINT and SIGTERM kill the children, record nothing and exit 130", arguments: [SIGINT, SIGTERM])
    func interruption(signal: Int32) throws {
        let cli = try CLI()
        defer { cli.remove() }
        let sleeper = try cli.write("sleeper.py", "import time\ntime.sleep(300)\n")
        let process = try start(cli, ["attempt", "581", sleeper, "--cmd", "python3 \(sleeper)", "--time-limit", "20"])
        #expect(eventually(within: 30) { !processes(containing: sleeper).filter { $0 != process.processIdentifier }.isEmpty })
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 130)
        #expect(eventually(within: 5) { processes(containing: sleeper).isEmpty })
        #expect(try cli.jsonArray(["history"]).isEmpty)
    }

    // MARK: 8. kill -9, fifty times

    @Test func killNineFiftyTimesLeavesAConsistentDatabaseAndNoProcess() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let solution = try markedSolution(cli)
        // Every fifth run also leaves a daemon behind, which only the cgroup (swept by the next run) reaches.
        let daemon = "setsid python3 -c 'import time; time.sleep(300)' \(solution) & exec python3 \(solution)"
        for round in 0..<50 {
            let command = round % 5 == 0 ? daemon : "python3 \(solution)"
            let process = try start(cli, ["attempt", "581", solution, "--cmd", command, "--random", "20", "--no-shrink"])
            // Spread the kills over start-up, migration, judging and recording.
            usleep(UInt32(20_000 + (round * 37 % 50) * 10_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        let check = try cli.json(["db", "check"])
        #expect(check["integrity"] as? [String] == ["ok"])
        #expect((check["foreignKeyViolations"] as? [String])?.isEmpty == true)
        let partial = try rows(cli, """
            SELECT a.id FROM attempt a
            WHERE a.verdict <> 'CE' AND (SELECT COUNT(*) FROM outcome o WHERE o.attemptId = a.id) = 0
               OR a.verdict = 'AC' AND (SELECT COUNT(*) FROM outcome o WHERE o.attemptId = a.id) <> a.total
            """)
        #expect(partial.isEmpty, "attempts without all their outcomes: \(partial)")
        // The database still works, and this run removes what the killed ones left.
        #expect(try cli.run(["attempt", "581", solution, "--random", "3"]).status == 0)
        let sweeps = NativeRunner.containsRuns
        #expect(eventually(within: 5) { processes(containing: solution).isEmpty } || !sweeps, "a solution process survived")
        processes(containing: solution).forEach { kill($0, SIGKILL) }
    }

    // MARK: 9. Concurrency

    @Test func fourAttemptsAtOnceOnAFreshDatabase() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let solution = CLI.example("shortest-unsorted-subarray", "correct.py")
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 4) { index in
            results.set(index, Result { try cli.run(["attempt", "581", solution, "--random", "10", "--jobs", "1"]) })
        }
        for result in results.all {
            let finished = try result.get()
            #expect(finished.status == 0, "\(finished.stderr)")
            #expect(!finished.stderr.contains("locked"))
        }
        #expect(try cli.jsonArray(["history"]).count == 4)
    }

    // MARK: 10. Damaged databases

    @Test func newerSchemaIsRefusedUntouched() throws {
        let cli = try CLI()
        defer { cli.remove() }
        #expect(try cli.run(["add", "581"]).status == 0)
        try DatabaseQueue(path: cli.database).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('9999_future')")
        }
        try expectRefusedUntouched(cli, status: 65, mentioning: "newer version")
    }

    @Test func corruptFileIsRefusedUntouched() throws {
        let cli = try CLI()
        defer { cli.remove() }
        #expect(try cli.run(["add", "581"]).status == 0)
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: cli.database))
        try handle.seek(toOffset: 4096)
        handle.write(Data(repeating: 0xA5, count: 16384))
        try handle.close()
        try expectRefusedUntouched(cli, status: 65, mentioning: "malformed")
    }

    @Test func directoryInPlaceOfTheFileIsRefused() throws {
        let cli = try CLI()
        defer { cli.remove() }
        try FileManager.default.createDirectory(atPath: cli.database, withIntermediateDirectories: true)
        let result = try cli.run(["list"])
        #expect(result.status == 65)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("is a directory"))
    }

    /// As root a mode of 0444 does not stop writes, so the file is put on a read-only mount.
    @Test(.enabled(if: getuid() != 0 || mountWorks(), "needs root to mount a tmpfs"))
    func readOnlyFileIsRefusedUntouched() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let mount = cli.directory.appendingPathComponent("ro").path
        try FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: true)
        if getuid() == 0 { try #require(mountTmpfs(at: mount, size: "4m")) }
        defer { if getuid() == 0 { unmount(mount) } }
        let database = mount + "/practice.sqlite"
        #expect(try cli.run(["add", "581", "--db", database], useDatabaseFlag: false).status == 0)
        if getuid() == 0 {
            try #require(command("/bin/mount", ["-o", "remount,ro", mount]))
        } else {
            try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: database)
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        let result = try cli.run(["attempt", "581", try markedSolution(cli), "--random", "1", "--db", database], useDatabaseFlag: false)
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("not writable") || result.stderr.contains("Read-only file system"), "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
    }

    @Test(.enabled(if: mountWorks(), "needs root to mount a tmpfs"))
    func fullDiskIsOneLineAndKeepsEarlierAttempts() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let mount = cli.directory.appendingPathComponent("small").path
        try FileManager.default.createDirectory(atPath: mount, withIntermediateDirectories: true)
        try #require(mountTmpfs(at: mount, size: "2m"))
        defer { unmount(mount) }
        let database = mount + "/practice.sqlite"
        let solution = try markedSolution(cli)
        #expect(try cli.run(["attempt", "581", solution, "--random", "3", "--db", database], useDatabaseFlag: false).status == 0)
        // Fill the disk to the last byte.
        let filler = mount + "/filler"
        #expect(FileManager.default.createFile(atPath: filler, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: filler))
        while (try? handle.write(contentsOf: Data(count: 4096))) != nil {}
        try? handle.close()

        let result = try cli.run(["attempt", "581", solution, "--random", "300", "--note", String(repeating: "n", count: 100_000),
                                  "--db", database], useDatabaseFlag: false)
        #expect(result.status != 0 && result.status != 1, "\(result.stdout)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stderr.contains("full"), "\(result.stderr)")

        try FileManager.default.removeItem(atPath: filler)
        let check = try cli.run(["db", "check", "--db", database], useDatabaseFlag: false)
        #expect(check.status == 0, "\(check.stdout)")
        let history = try cli.run(["history", "--json", "--db", database], useDatabaseFlag: false)
        let attempts = try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [[String: Any]]
        #expect(attempts?.count == 1)
    }

    /// `practice list` and `practice attempt` fail with one line and the exact status, and the file
    /// keeps every byte.
    private func expectRefusedUntouched(_ cli: CLI, status: Int32, mentioning phrase: String) throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: cli.database))
        for arguments in [["list"], ["attempt", "581", try markedSolution(cli), "--random", "1"]] {
            let result = try cli.run(arguments)
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
            #expect(result.stderr.contains(phrase), "\(result.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.database)) == before)
    }

    // MARK: 11. practice db

    @Test func dbCheckReportsForeignKeyViolations() throws {
        let cli = try CLI()
        defer { cli.remove() }
        #expect(try cli.run(["db", "check"]).stdout.contains("ok"))
        #expect(try cli.run(["attempt", "581", try markedSolution(cli), "--random", "1"]).status == 0)
        try DatabaseQueue(path: cli.database).writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF; UPDATE outcome SET attemptId = 999 WHERE id = 1")
        }
        let result = try cli.run(["db", "check"])
        #expect(result.status == 65)
        #expect(result.stdout.contains("foreign key: outcome row 1"))
    }

    @Test func onlineBackupWhileAnotherProcessWritesAndNoOverwrite() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let solution = try markedSolution(cli)
        #expect(try cli.run(["add", "581"]).status == 0)
        let writers = try (0..<3).map { _ in try start(cli, ["attempt", "581", solution, "--random", "60", "--jobs", "1"]) }
        var backups: [String] = []
        for index in 0..<3 {
            let target = cli.directory.appendingPathComponent("backup-\(index).sqlite").path
            let result = try cli.run(["db", "backup", target])
            #expect(result.status == 0, "\(result.stderr)")
            backups.append(target)
            usleep(100_000)
        }
        writers.forEach { $0.waitUntilExit() }
        #expect(writers.allSatisfy { $0.terminationStatus == 0 })
        for backup in backups {
            let check = try cli.run(["db", "check", "--db", backup], useDatabaseFlag: false)
            #expect(check.status == 0, "\(check.stdout) \(check.stderr)")
            #expect(try cli.run(["list", "--db", backup], useDatabaseFlag: false).stdout.contains("shortest-unsorted-subarray"))
        }
        // An existing file is refused and left as it was.
        let existing = try cli.write("existing.txt", "keep me\n")
        let refused = try cli.run(["db", "backup", existing])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("already exists"))
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "keep me\n")
    }

    // MARK: 12. Bad input

    @Test("bad input is one line with its exit status", arguments: [
        ("no-such-problem", "x.py", "print(0)\n", [String](), Int32(64), "no problem named"),
        ("581", "empty.py", "", [], 65, "is empty"),
        ("581", "binary.py", "\u{0}\u{1}ELF", [], 65, "not UTF-8 text"),
        ("581", "notes.txt", "hello\n", [], 64, "no language for"),
        ("581", "solution.c", "int main(void) { return 0; }\n", ["PATH=/nonexistent"], 65, "'gcc' is not installed"),
    ])
    func badInput(problem: String, file: String, content: String, environment: [String], status: Int32, phrase: String) throws {
        let cli = try CLI()
        defer { cli.remove() }
        let variables = Dictionary(uniqueKeysWithValues: environment.map { entry in
            let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
            return (parts[0], parts[1])
        })
        let result = try cli.run(["attempt", problem, try cli.write(file, content)], environment: variables)
        #expect(result.status == status, "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(result.stderr.contains(phrase), "\(result.stderr)")
    }

    @Test("odd output is judged, never a crash", arguments: [
        ("printf '\\377\\376\\n'", "WA"),  // not UTF-8
        ("echo '[1,2'", "WA"),  // malformed JSON
        ("head -c 1000000000 /dev/zero", "OLE"),  // gigantic
        ("true", "WA"),  // ignores its input and prints nothing
    ])
    func oddOutput(command: String, verdict: String) throws {
        let cli = try CLI()
        defer { cli.remove() }
        let result = try cli.run(["attempt", "581", try cli.write("any.sh", "#\n"), "--cmd", command, "--random", "1", "--json"])
        #expect(result.status == 1, "\(result.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(report?["verdict"] as? String == verdict)
    }

    // MARK: 14. Network

    @Test func noNetworkCutsTheSolutionOff() throws {
        let cli = try CLI()
        defer { cli.remove() }
        // Exit 4 when the network is unreachable (no interface up), 3 when it is there (connection refused).
        let probe = try cli.write("probe.py", """
            import errno, socket, sys
            try:
                socket.create_connection(("127.0.0.1", 9), timeout=5)
            except OSError as error:
                sys.exit(4 if error.errno == errno.ENETUNREACH else 3)
            """)
        let isolated = try cli.json(["attempt", "581", probe, "--random", "1", "--no-network"])
        let failure = try #require(isolated["failure"] as? [String: Any], "\(isolated)")
        if isolated["verdict"] as? String == "IE" {
            // The kernel refuses network namespaces here: the message must say so plainly.
            #expect((isolated["message"] as? String)?.contains("--no-network") == true)
        } else {
            #expect(failure["exitCode"] as? Int == 4)
        }
        let open = try cli.json(["attempt", "581", probe, "--random", "1"])
        #expect((open["failure"] as? [String: Any])?["exitCode"] as? Int == 3)
    }
}

private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Int: Result<CLI.Result, any Error>] = [:]
    func set(_ index: Int, _ result: Result<CLI.Result, any Error>) { lock.withLock { results[index] = result } }
    var all: [Result<CLI.Result, any Error>] { lock.withLock { results.keys.sorted().compactMap { results[$0] } } }
}

/// Waits up to `seconds` for `condition` to hold, checking every 20 ms.
private func eventually(within seconds: Double, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while !condition() {
        if Date() > deadline { return false }
        usleep(20_000)
    }
    return true
}

/// Runs a system command quietly; true when it exits 0.
@discardableResult
private func command(_ path: String, _ arguments: [String]) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
}

private func mountTmpfs(at path: String, size: String) -> Bool {
    command("/bin/mount", ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", path])
}

private func unmount(_ path: String) {
    command("/bin/umount", ["-l", path])
}

/// Whether this process may mount a tmpfs (root in the initial namespace), probed once.
private func mountWorks() -> Bool {
    guard getuid() == 0 else { return false }
    let probe = FileManager.default.temporaryDirectory.appendingPathComponent("mount-probe-\(UUID())").path
    guard (try? FileManager.default.createDirectory(atPath: probe, withIntermediateDirectories: true)) != nil else { return false }
    defer { try? FileManager.default.removeItem(atPath: probe) }
    guard mountTmpfs(at: probe, size: "64k") else { return false }
    unmount(probe)
    return true
}
