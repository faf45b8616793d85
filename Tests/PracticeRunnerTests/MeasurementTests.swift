import Foundation
import PracticeRunner
import Testing

@Suite("How a run ends and what it used")
struct MeasurementTests {
    @Test(arguments: [
        (["sh", "-c", "exit 3"], Termination.exited(3)),
        (["sh", "-c", "kill -SEGV $$"], Termination.signaled(SIGSEGV)),
        (["python3", "-c", "import os; os.abort()"], Termination.signaled(SIGABRT)),
    ])
    func reportsExitCodeAndSignalSeparately(arguments: [String], expected: Termination) throws {
        let result = try run(arguments)
        #expect(result.termination == expected)
        #expect(result.limitExceeded == nil)
        switch expected {
        case .exited(let code):
            #expect(result.exitCode == code)
            #expect(result.signal == nil)
        case .signaled(let number):
            #expect(result.signal == number)
            #expect(result.exitCode == nil)
        }
    }

    @Test func measuresCPUTimeAndPeakMemory() throws {
        let program = """
            data = bytearray(b"x" * (80 << 20))
            total = 0
            for i in range(2_000_000):
                total += i
            print(len(data), total > 0)
            """
        let result = try run(["python3", "-c", program])
        #expect(text(result.stdout) == "\(80 << 20) True\n")
        #expect(result.cpuTime > 0.01)
        #expect(result.wallTime >= result.cpuTime * 0.5)
        #expect(result.peakMemoryBytes > 70 << 20)
        #expect(result.peakMemoryBytes < 1 << 30)
    }

    /// fork copies the tool's memory into the child; that copy must not count as the program's.
    @Test func toolMemoryIsNotCountedAsTheProgramsPeak() throws {
        let ballast = [UInt8](repeating: 1, count: 256 << 20)
        let limits = RunLimits(cpuTime: 30, wallTime: 60, memoryBytes: 100 << 20, outputBytes: 1 << 20)
        let result = try withExtendedLifetime(ballast) { () throws(RunnerError) in
            try run(["sh", "-c", "exit 0"], limits: limits)
        }
        #expect(result.termination == .exited(0))
        #expect(result.limitExceeded == nil)
        #expect(result.peakMemoryBytes < 64 << 20)
    }

    /// A child made with vfork (as posix_spawn and Python's subprocess do) shares its parent's memory
    /// until it execs: the run's memory counts that once, not once per process.
    @Test(.enabled(if: NativeRunner.containsRuns, "needs a writable cgroup hierarchy"))
    func memorySharedWithAVforkChildCountsOnce() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vfork-\(UUID())").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try """
            #include <stdlib.h>
            #include <unistd.h>
            int main(void) {
                volatile char *data = malloc(120 << 20);
                for (long i = 0; i < (120L << 20); i += 4096) data[i] = 1;
                if (vfork() == 0) { usleep(300000); _exit(0); }
                return data[4096] == 1 ? 0 : 1;
            }
            """.write(toFile: directory + "/vfork.c", atomically: true, encoding: .utf8)
        try #require(ProcessSetup.which("gcc") != nil, "gcc is not installed")
        let build = try run(["gcc", "-O1", "-o", "vfork", "vfork.c"], workingDirectory: directory, limits: roomyLimits())
        try #require(build.termination == .exited(0), "\(text(build.stderr))")
        let limits = RunLimits(cpuTime: 10, wallTime: 30, memoryBytes: 200 << 20, outputBytes: 1 << 20)
        let result = try run(["./vfork"], workingDirectory: directory, limits: limits)
        #expect(result.termination == .exited(0))
        #expect(result.limitExceeded == nil, "peak \(result.peakMemoryBytes >> 20) MB")
        #expect(result.peakMemoryBytes > 100 << 20 && result.peakMemoryBytes < 200 << 20, "peak \(result.peakMemoryBytes >> 20) MB")
    }
}
