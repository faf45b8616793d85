import Foundation
import PracticeRunner
import Testing

/// Per-record limits and streamed output: what a function-mode driver, answering many tests in one
/// process with one line each, is run with. Timing bounds are loose (a shared machine); CPU
/// figures are CPU time, which load does not inflate.
@Suite("Records and streaming")
struct RecordTests {
    /// Prints a line after each `cpu` seconds of busy work, `lines` times, then optionally spins forever.
    private func worker(lines: Int, cpu: Double, thenSpin: Bool = false) -> [String] {
        let script = """
            import sys, time
            for i in range(\(lines)):
                start = time.process_time()
                while time.process_time() - start < \(cpu): pass
                print(i, flush=True)
            while \(thenSpin ? "True" : "False"): pass
            """
        return ["python3", "-c", script]
    }

    @Test func recordCpuLimitBoundsEachLineNotTheWholeRun() throws {
        let limits = RunLimits(cpuTime: 30, wallTime: 60, memoryBytes: nil, outputBytes: 1 << 20, recordCpuTime: 0.6)
        let result = try run(worker(lines: 6, cpu: 0.2), limits: limits)
        #expect(result.limitExceeded == nil)
        #expect(result.termination == .exited(0))
        #expect(text(result.stdout) == "0\n1\n2\n3\n4\n5\n")
        #expect(result.cpuTime > 0.6)  // the run as a whole used more than one record's limit
    }

    @Test func recordCpuLimitStopsTheRecordThatRunsAway() throws {
        let limits = RunLimits(cpuTime: 30, wallTime: 60, memoryBytes: nil, outputBytes: 1 << 20, recordCpuTime: 0.5)
        let result = try run(worker(lines: 3, cpu: 0.05, thenSpin: true), limits: limits)
        #expect(result.limitExceeded == .cpuTime)
        #expect(result.signal == SIGKILL)
        #expect(text(result.stdout) == "0\n1\n2\n")
        #expect(result.cpuTime >= 0.5)
        #expect(result.wallTime < 20)
    }

    @Test func recordWallLimitBoundsEachLine() throws {
        let limits = RunLimits(cpuTime: 30, wallTime: 60, memoryBytes: nil, outputBytes: 1 << 20, recordWallTime: 1.5)
        let steady = try run(["sh", "-c", "for i in 1 2 3 4 5 6 7 8; do sleep 0.3; echo $i; done"], limits: limits)
        #expect(steady.limitExceeded == nil)
        #expect(text(steady.stdout) == "1\n2\n3\n4\n5\n6\n7\n8\n")
        #expect(steady.wallTime > 1.5)  // longer than one record's limit in all

        let stuck = try run(["sh", "-c", "echo 1; echo 2; exec sleep 30"], limits: limits)
        #expect(stuck.limitExceeded == .wallTime)
        #expect(text(stuck.stdout) == "1\n2\n")
        #expect(stuck.wallTime >= 1.5)
        #expect(stuck.wallTime < 20)
    }

    @Test func withoutRecordLimitsTheWholeRunLimitStillApplies() throws {
        let limits = RunLimits(cpuTime: 0.5, wallTime: 60, memoryBytes: nil, outputBytes: 1 << 20)
        let result = try run(worker(lines: 6, cpu: 0.2), limits: limits)
        #expect(result.limitExceeded == .cpuTime)
    }

    @Test func streamedOutputArrivesInOrderAndIsNotCollected() throws {
        var out: [UInt8] = []
        var err: [UInt8] = []
        let request = RunRequest(arguments: ["sh", "-c", "printf 'a\\nb\\n'; echo oops >&2; printf 'c\\n'"], limits: roomyLimits())
        let result = try NativeRunner().run(request, cancellation: nil) { channel, bytes in
            if channel == .stdout { out += bytes } else { err += bytes }
            return true
        }
        #expect(result.termination == .exited(0))
        #expect(text(out) == "a\nb\nc\n")
        #expect(text(err) == "oops\n")
        #expect(result.stdout.isEmpty && result.stderr.isEmpty)
    }

    @Test func streamedOutputIsNotHeldToTheOutputLimit() throws {
        var total = 0
        let request = RunRequest(arguments: ["head", "-c", "3000000", "/dev/zero"], limits: roomyLimits(outputBytes: 1 << 20))
        let result = try NativeRunner().run(request, cancellation: nil) { _, bytes in
            total += bytes.count
            return true
        }
        #expect(result.limitExceeded == nil)
        #expect(total == 3_000_000)
    }

    @Test func theReceiverCanStopTheRun() throws {
        ProcessSetup.ignoreSIGPIPE()
        var total = 0
        let request = RunRequest(arguments: ["yes"], limits: roomyLimits())
        let result = try NativeRunner().run(request, cancellation: nil) { _, bytes in
            total += bytes.count
            return total < 1 << 20
        }
        #expect(result.limitExceeded == .cancelled)
        #expect(result.signal == SIGKILL)
        #expect(total >= 1 << 20)
        #expect(result.wallTime < 20)
    }

    @Test func recordLimitsAndStreamingTogether() throws {
        var lines: [String] = []
        var pending: [UInt8] = []
        let limits = RunLimits(cpuTime: 30, wallTime: 60, memoryBytes: nil, outputBytes: 1 << 20, recordCpuTime: 0.5)
        let request = RunRequest(arguments: worker(lines: 2, cpu: 0.05, thenSpin: true), limits: limits)
        let result = try NativeRunner().run(request, cancellation: nil) { channel, bytes in
            guard channel == .stdout else { return true }
            pending += bytes
            while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                lines.append(text(Array(pending[..<newline])))
                pending.removeSubrange(...newline)
            }
            return true
        }
        #expect(result.limitExceeded == .cpuTime)
        #expect(lines == ["0", "1"])
    }
}
