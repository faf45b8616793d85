import Foundation
import PracticeRunner
import Testing

@Suite("Standard streams, environment and isolation of the child")
struct StreamTests {
    @Test func echoesStdinToStdout() throws {
        let result = try run(["cat"], stdin: Array("hello\nworld\n".utf8))
        #expect(text(result.stdout) == "hello\nworld\n")
        #expect(result.stderr.isEmpty)
        #expect(result.termination == .exited(0))
        #expect(result.limitExceeded == nil)
    }

    @Test func emptyStdinReadsAsEndOfFile() throws {
        let result = try run(["cat"])
        #expect(result.stdout.isEmpty)
        #expect(result.termination == .exited(0))
    }

    @Test func separatesStdoutFromStderr() throws {
        let result = try run(["sh", "-c", "echo out; echo err >&2"])
        #expect(text(result.stdout) == "out\n")
        #expect(text(result.stderr) == "err\n")
    }

    @Test func largeInputRoundTripsWhileOutputIsDrained() throws {
        let input = sampleInput(bytes: 20 << 20, seed: 1)
        let result = try run(["cat"], stdin: input, limits: roomyLimits(outputBytes: 32 << 20))
        #expect(result.termination == .exited(0))
        #expect(result.stdout.count == input.count)
        #expect(result.stdout == input)
    }

    @Test func programMayExitWithoutReadingItsInput() throws {
        let input = sampleInput(bytes: 10 << 20, seed: 2)
        let ignored = try run(["sh", "-c", "exit 0"], stdin: input)
        #expect(ignored.termination == .exited(0))
        let partial = try run(["head", "-c", "5"], stdin: input)
        #expect(partial.termination == .exited(0))
        #expect(partial.stdout == Array(input.prefix(5)))
    }

    @Test func passesEnvironmentAndWorkingDirectory() throws {
        let result = try run(
            ["sh", "-c", "pwd; echo \"$GREETING\"; echo \"${HOME:-unset}\""],
            environment: ["GREETING": "hi there"],
            workingDirectory: "/"
        )
        #expect(text(result.stdout) == "/\nhi there\nunset\n")
    }

    @Test func relativePathResolvesInWorkingDirectory() throws {
        let result = try run(["./sh", "-c", "echo ok"], workingDirectory: "/bin")
        #expect(text(result.stdout) == "ok\n")
    }

    @Test func childInheritsOnlyItsStandardStreams() throws {
        // ls itself holds one more descriptor for the directory it lists.
        let result = try run(["ls", "/proc/self/fd"])
        let descriptors = Set(text(result.stdout).split(separator: "\n").compactMap { Int($0) })
        #expect(descriptors.isSubset(of: [0, 1, 2, 3]), "leaked descriptors: \(descriptors)")
    }

    @Test func childStartsWithDefaultSignalsAndARaisedStack() throws {
        // The tool ignores SIGPIPE (see `run`); the program must not inherit that.
        let status = text(try run(["cat", "/proc/self/status"]).stdout)
        #expect(status.contains("SigBlk:\t0000000000000000"))
        let ignored = try #require(signalMask("SigIgn", in: status))
        #expect(ignored & (1 << (SIGPIPE - 1)) == 0, "SIGPIPE ignored in the child")
        let stack = text(try run(["sh", "-c", "ulimit -s"]).stdout).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(stack == "unlimited" || (Int(stack) ?? 0) >= min(256 << 10, hardStackLimitKiB()))
    }

    @Test func concurrentRunsKeepTheirOwnStreams() throws {
        let results = onThreads(8) { index -> Result<RunResult, RunnerError> in
            Result { () throws(RunnerError) -> RunResult in
                try run(
                    ["sh", "-c", "cat; sleep 0.2; echo \"run $TAG\" >&2"],
                    stdin: sampleInput(bytes: 256 << 10, seed: UInt64(index) + 10),
                    environment: ["TAG": "\(index)", "PATH": "/usr/bin:/bin"]
                )
            }
        }
        #expect(results.count == 8)
        for (index, outcome) in results.enumerated() {
            let result = try outcome.get()
            #expect(result.termination == .exited(0))
            #expect(result.stdout == sampleInput(bytes: 256 << 10, seed: UInt64(index) + 10), "run \(index)")
            #expect(text(result.stderr) == "run \(index)\n")
        }
    }
}

/// The hard stack limit of this process in KiB: the runner cannot raise the child's above it.
private func hardStackLimitKiB() -> Int {
    var limit = rlimit()
    getrlimit(Int32(RLIMIT_STACK.rawValue), &limit)
    return Int(limit.rlim_max / 1024)
}

/// A signal mask line (such as `SigIgn`) of a `/proc/<pid>/status` text, as a number.
private func signalMask(_ name: String, in status: String) -> UInt64? {
    status.split(separator: "\n")
        .first { $0.hasPrefix("\(name):") }
        .flatMap { UInt64($0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces), radix: 16) }
}
