import Foundation
import PracticeRunner
import Testing

/// Timing bounds here are deliberately loose: the machine is shared, only gross failures
/// (a hang, a limit not enforced) must fail.
@Suite("Limits and cancellation")
struct LimitTests {
    @Test func cpuLimitStopsABusyLoopBeforeTheWallLimit() throws {
        let limits = RunLimits(cpuTime: 0.5, wallTime: 30, memoryBytes: nil, outputBytes: 1 << 20)
        let result = try run(["sh", "-c", "while :; do :; done"], limits: limits)
        #expect(result.limitExceeded == .cpuTime)
        // SIGXCPU only if the runner's own check was starved for over a second (RLIMIT_CPU backstop).
        #expect(result.signal == SIGKILL || result.signal == SIGXCPU)
        #expect(result.cpuTime >= 0.5)
        #expect(result.wallTime < 20)
    }

    @Test func wallLimitStopsASleeper() throws {
        let limits = RunLimits(cpuTime: 30, wallTime: 0.5, memoryBytes: nil, outputBytes: 1 << 20)
        let result = try run(["sleep", "30"], limits: limits)
        #expect(result.limitExceeded == .wallTime)
        #expect(result.wallTime >= 0.5)
        #expect(result.wallTime < 10)
    }

    @Test func memoryLimitStopsAnAllocation() throws {
        let limits = RunLimits(cpuTime: 30, wallTime: 60, memoryBytes: 100 << 20, outputBytes: 1 << 20)
        let result = try run(["python3", "-c", "data = b'x' * (600 << 20); print(len(data))"], limits: limits)
        #expect(result.limitExceeded == .memory)
        #expect(result.peakMemoryBytes > 100 << 20)
    }

    @Test func outputLimitStopsAFloodOnStdout() throws {
        let limits = RunLimits(cpuTime: 30, wallTime: 60, memoryBytes: nil, outputBytes: 1 << 20)
        let result = try run(["yes"], limits: limits)
        #expect(result.limitExceeded == .output)
        #expect(result.stdout.count <= 1 << 20)
        #expect(result.stdout.starts(with: Array("y\ny\n".utf8)))
        #expect(result.wallTime < 20)
    }

    @Test func outputLimitStopsAFloodOnStderrAndKeepsItsStart() throws {
        let limits = RunLimits(cpuTime: 30, wallTime: 60, memoryBytes: nil, outputBytes: 1 << 20)
        let result = try run(["sh", "-c", "exec yes >&2"], limits: limits)
        #expect(result.limitExceeded == .output)
        #expect(result.stderr.count == 64 << 10)
        #expect(result.stderr.starts(with: Array("y\ny\n".utf8)))
        #expect(result.wallTime < 20)
    }

    @Test func grandchildHoldingThePipeNeitherHangsTheRunNorSurvivesIt() throws {
        let marker = "sleep 300.\(UInt32.random(in: 1...UInt32.max))"
        let started = Date()
        let result = try run(["sh", "-c", "\(marker) & echo 0"])
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(result.termination == .exited(0))
        #expect(text(result.stdout) == "0\n")
        #expect(eventually(within: 5) { liveProcesses(containing: marker).isEmpty })
    }

    /// A grandchild in its own session escapes the group kill; reading its pipe must still stop.
    @Test func grandchildOutsideTheGroupDoesNotHangTheRun() throws {
        let marker = "sleep 60.\(UInt32.random(in: 1...UInt32.max))"
        defer { liveProcesses(containing: marker).forEach { kill($0, SIGKILL) } }
        let started = Date()
        // Wait until the background process leads its own session, then exit.
        let script = "setsid \(marker) & until [ \"$(cut -d' ' -f6 /proc/$!/stat)\" = $! ]; do sleep 0.01; done; echo 0"
        let result = try run(["sh", "-c", script])
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(text(result.stdout) == "0\n")
    }

    @Test func cancellationFromAnotherThreadStopsTheRun() throws {
        let flag = CancellationFlag()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { flag.cancel() }
        let result = try run(["sleep", "30"], cancellation: flag)
        #expect(result.limitExceeded == .cancelled)
        #expect(result.signal == SIGKILL)
        #expect(result.wallTime < 20)
    }

    @Test func cancellationFlagStaysSet() {
        let flag = CancellationFlag()
        #expect(!flag.isCancelled)
        flag.cancel()
        #expect(flag.isCancelled)
        flag.cancel()
        #expect(flag.isCancelled)
    }
}
