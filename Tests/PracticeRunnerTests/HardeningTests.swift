import Foundation
import PracticeRunner
import Testing

/// Issue 7: hostile programs against the runner. Timing bounds are loose (a shared, noisy machine):
/// they catch hangs and unenforced limits, not small delays.
@Suite("Hardening: hostile programs")
struct HardeningTests {
    // MARK: 1. Time

    @Test func busyLoopStopsWithinOneAndAHalfTimesTheCPULimit() throws {
        let limits = RunLimits(cpuTime: 1, wallTime: 60, memoryBytes: nil, outputBytes: 1 << 20)
        let result = try run(["sh", "-c", "while :; do :; done"], limits: limits)
        #expect(result.limitExceeded == .cpuTime)
        #expect(result.cpuTime >= 1 && result.cpuTime < 1.5, "CPU \(result.cpuTime) s")
    }

    /// SIGTERM and SIGXCPU are ignored; the runner kills with SIGKILL, which cannot be.
    @Test(arguments: [
        RunLimits(cpuTime: 0.5, wallTime: 60, memoryBytes: nil, outputBytes: 1 << 20),
        RunLimits(cpuTime: 60, wallTime: 0.5, memoryBytes: nil, outputBytes: 1 << 20),
    ])
    func programIgnoringTermSignalsIsKilledAnyway(limits: RunLimits) throws {
        let marker = "ignores-term-\(UInt32.random(in: 1...UInt32.max))"
        let busy = limits.cpuTime < 1 ? "while :; do :; done" : "sleep 30"
        let result = try run(["sh", "-c", "trap '' TERM INT HUP XCPU; \(busy) # \(marker)"], limits: limits)
        #expect(result.limitExceeded == (limits.cpuTime < 1 ? .cpuTime : .wallTime))
        #expect(result.signal == SIGKILL)
        #expect(result.wallTime < 30)
        #expect(eventually(within: 5) { liveProcesses(containing: marker).isEmpty })
    }

    // MARK: 2. Escaping processes

    @Test("escapees neither hang the run nor survive it", arguments: [
        "MARK & echo 0",
        "setsid MARK & echo 0",
        // A classic daemon: fork, setsid, fork again, the middle process exits.
        "(setsid sh -c 'MARK & exit 0' &) ; sleep 0.2; echo 0",
        "nohup setsid MARK >/dev/null 2>&1 & echo 0",
    ])
    func escapingProcesses(script: String) throws {
        try #require(NativeRunner.containsRuns, "needs a writable cgroup hierarchy")
        let marker = "sleep 300.\(UInt32.random(in: 1...UInt32.max))"
        defer { liveProcesses(containing: marker).forEach { kill($0, SIGKILL) } }
        let started = Date()
        let result = try run(["sh", "-c", script.replacingOccurrences(of: "MARK", with: marker)])
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(text(result.stdout) == "0\n")
        #expect(eventually(within: 5) { liveProcesses(containing: marker).isEmpty }, "a process of the run survived it")
    }

    @Test(.enabled(if: NativeRunner.containsRuns && NativeRunner.limitsTasks, "needs pids and v2 cgroups"))
    func forkBombIsStoppedAndReported() throws {
        let marker = "bomb\(UInt32.random(in: 1...UInt32.max))"
        defer { liveProcesses(containing: marker).forEach { kill($0, SIGKILL) } }
        // Every process forks two more and stays, until the wall clock stops the run.
        let script = "\(marker)() { \(marker) | \(marker) & sleep 30; }; \(marker) & wait"
        let started = Date()
        let result = try run(["bash", "-c", script], limits: RunLimits(cpuTime: 30, wallTime: 3, memoryBytes: nil, outputBytes: 1 << 20))
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(result.limitExceeded == .wallTime)
        #expect(result.reachedTaskLimit)
        #expect(eventually(within: 10) { liveProcesses(containing: marker).isEmpty })
        // And the tool is still responsive: the next run works at once.
        #expect(text(try run(["echo", "ok"]).stdout) == "ok\n")
    }

    // MARK: 3. Output

    @Test("floods end in OLE with the captured output bounded", arguments: [
        "head -c 1000000000 /dev/zero",
        "head -c 100000000 /dev/zero >&2",
        "while :; do head -c 65536 /dev/zero; head -c 65536 /dev/zero >&2; done",
    ])
    func outputFloods(script: String) throws {
        let cap = 16 << 20
        let started = Date()
        let result = try run(["sh", "-c", script], limits: RunLimits(cpuTime: 30, wallTime: 60, memoryBytes: nil, outputBytes: cap))
        #expect(result.limitExceeded == .output)
        #expect(result.stdout.count <= cap)
        #expect(result.stderr.count <= 64 << 10)
        #expect(Date().timeIntervalSince(started) < 30)
    }

    // MARK: 4. Stdin

    @Test func hugeStdinToAProgramThatExitsAtOnce() throws {
        let input = [UInt8](repeating: UInt8(ascii: "7"), count: 100 << 20)
        let result = try run(["true"], stdin: input)
        #expect(result.termination == .exited(0))
        #expect(result.limitExceeded == nil)
        let closing = try run(["sh", "-c", "exec 0<&-; exit 3"], stdin: input)
        #expect(closing.termination == .exited(3))
    }

    // MARK: 5. Memory

    @Test func allocatingEightGigabytesIsMLE() throws {
        let limits = RunLimits(cpuTime: 30, wallTime: 60, memoryBytes: 256 << 20, outputBytes: 1 << 20)
        let result = try run(["python3", "-c", "data = b'x' * (8 << 30); print(len(data))"], limits: limits)
        #expect(result.limitExceeded == .memory)
        #expect(result.stdout.isEmpty)
    }

    /// A wrapper shell that forks (instead of exec'ing) must not hide what its child uses.
    @Test(.enabled(if: NativeRunner.containsRuns, "needs a writable cgroup hierarchy"), arguments: [
        ("python3 -c \"data = b'x' * (8 << 30)\"; echo done", LimitKind.memory),
        ("sh -c 'while :; do :; done'; echo done", LimitKind.cpuTime),
    ])
    func limitsReachTheChildrenOfAWrapper(script: String, limit: LimitKind) throws {
        let limits = RunLimits(cpuTime: 1, wallTime: 60, memoryBytes: 256 << 20, outputBytes: 1 << 20)
        let result = try run(["sh", "-c", script], limits: limits)
        #expect(result.limitExceeded == limit)
        #expect(result.stdout.isEmpty)
        #expect(result.wallTime < 30)
    }

    /// The judge's defaults: 2 s CPU, 256 MB, 16 MiB of output. The wall clock is generous here
    /// because a JVM starting on a busy 2-core machine waits for a core; the CPU limit is the point.
    @Test("hello world in node and Java passes under the default limits", arguments: ["node", "java"])
    func helloWorldUnderDefaultLimits(language: String) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hello-\(UUID())").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let (file, source) = language == "node"
            ? ("hello.js", "console.log('Hello')\n")
            : ("Hello.java", "public class Hello { public static void main(String[] a) { System.out.println(\"Hello\"); } }\n")
        try source.write(toFile: directory + "/" + file, atomically: true, encoding: .utf8)
        try #require(ProcessSetup.which(language) != nil, "\(language) is not installed")
        let limits = RunLimits(cpuTime: 2, wallTime: 60, memoryBytes: 256 << 20, outputBytes: 16 << 20)
        let result = try run([language, file], workingDirectory: directory, limits: limits)
        #expect(result.limitExceeded == nil, "CPU \(result.cpuTime) s, memory \(result.peakMemoryBytes >> 20) MB")
        #expect(result.termination == .exited(0))
        #expect(text(result.stdout) == "Hello\n")
    }

    // MARK: 6. Crashes

    @Test("crashes report the signal and the exit code apart", arguments: [
        (["python3", "-c", "import ctypes; ctypes.string_at(0)"], Termination.signaled(SIGSEGV)),
        (["python3", "-c", "import os; os.abort()"], .signaled(SIGABRT)),
        (["python3", "-c", "import sys; sys.exit(3)"], .exited(3)),
        (["python3", "-c", "raise ValueError('boom')"], .exited(1)),
        (["node", "-e", "throw new Error('boom')"], .exited(1)),
    ])
    func crashes(arguments: [String], expected: Termination) throws {
        let result = try run(arguments)
        #expect(result.termination == expected)
        #expect(result.limitExceeded == nil)
        #expect((result.exitCode == nil) != (result.signal == nil))
    }

    // MARK: 13. Leaks

    /// 5000 runs in a row: descriptors, children and cgroups of the tool stay flat. Other tests run
    /// in parallel in this process, so the bounds allow for their pipes and children, not for a leak
    /// of one per run.
    @Test func fiveThousandRunsLeakNothing() throws {
        let before = openDescriptors()
        let results = onThreads(2) { _ -> Int in
            var failures = 0
            for _ in 0..<2500 {
                if (try? run(["true"]))?.termination != .exited(0) { failures += 1 }
            }
            return failures
        }
        #expect(results == [0, 0])
        let after = openDescriptors()
        #expect(after < before + 64, "descriptors: \(before) before, \(after) after 5000 runs")
        #expect(zombieChildren().isEmpty)
        #expect(ownCgroups().count < 16, "cgroups left: \(ownCgroups())")
    }

    // MARK: 14. Network

    @Test(.enabled(if: networkNamespacesWork(), "the kernel refuses network namespaces here"))
    func isolatedRunHasNoNetwork() throws {
        let own = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/ns/net")
        let request = RunRequest(arguments: ["sh", "-c", "readlink /proc/self/ns/net; cat /proc/net/dev"],
                                 limits: roomyLimits(), isolateNetwork: true)
        let result = try NativeRunner().run(request)
        let lines = text(result.stdout).split(separator: "\n").map(String.init)
        #expect(result.termination == .exited(0))
        #expect(lines.first != own)
        let interfaces = lines.dropFirst(3).compactMap { $0.split(separator: ":").first?.trimmingCharacters(in: .whitespaces) }
        #expect(interfaces == ["lo"])
        let connect = RunRequest(arguments: ["python3", "-c", """
            import errno, socket, sys
            try:
                socket.create_connection(("127.0.0.1", 9), timeout=5)
            except OSError as error:
                sys.exit(4 if error.errno == errno.ENETUNREACH else 3)
            """], limits: roomyLimits(), isolateNetwork: true)
        #expect(try NativeRunner().run(connect).termination == .exited(4))
        #expect(try run(["sh", "-c", "readlink /proc/self/ns/net"]).stdout == Array((own + "\n").utf8))
    }

    @Test func networkRefusalIsOneActionableLine() throws {
        let message = try #require(RunnerError.networkIsolationUnavailable(errno: EPERM).errorDescription)
        #expect(!message.contains("\n"))
        #expect(message.contains("--no-network"))
        #expect(message.contains("Operation not permitted"))
    }
}

/// Whether this kernel lets the tool create a network namespace (probed with `unshare -n`).
private func networkNamespacesWork() -> Bool {
    let request = RunRequest(arguments: ["true"], limits: roomyLimits(), isolateNetwork: true)
    return (try? NativeRunner().run(request))?.termination == .exited(0)
}

/// How many descriptors this process has open.
private func openDescriptors() -> Int {
    ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []).count
}

/// Children of this process that exited and were never reaped.
private func zombieChildren() -> [Int32] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.compactMap(Int32.init).filter { pid in
        guard let stat = FileManager.default.contents(atPath: "/proc/\(pid)/stat"),
              let fields = text(Array(stat)).split(separator: ")").last?.split(separator: " "),
              fields.count > 2 else { return false }
        return fields[0] == "Z" && Int32(fields[1]) == getpid()
    }
}

/// The run cgroups of this process still present.
private func ownCgroups() -> [String] {
    ["/sys/fs/cgroup/unified", "/sys/fs/cgroup", "/sys/fs/cgroup/pids"].flatMap { base in
        ((try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []).filter { $0.hasPrefix("practice-\(getpid())-") }
    }
}
