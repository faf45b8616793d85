import Foundation
import PracticeCatalog
import PracticeRunner

/// One line a function-mode driver writes on stdout (tab-separated; see `FunctionDriver`).
enum DriverRecord: Equatable {
    /// The solution is loaded; the driver's process CPU seconds so far.
    case ready(processCpu: Double)
    /// The solution could not be loaded (a syntax error, an exception at load, no such function).
    case fatal(message: String, details: String)
    /// One test answered.
    case answer(DriverAnswer)

    /// Parses one line (without its newline); nil when it is not a record.
    static func parse(_ line: String) -> DriverRecord? {
        let fields = line.split(separator: "\t", maxSplits: 5, omittingEmptySubsequences: false)
        switch fields.first {
        case "ready":
            guard fields.count == 2, let cpu = Double(fields[1]) else { return nil }
            return .ready(processCpu: cpu)
        case "fatal":
            let parts = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3, let message = jsonString(parts[1]), let details = jsonString(parts[2]) else { return nil }
            return .fatal(message: message, details: details)
        case "ok", "err":
            guard fields.count == 6, let cpu = Double(fields[1]), let wall = Double(fields[2]), let peak = Int(fields[3]),
                  let processCpu = Double(fields[4]) else { return nil }
            let outcome: DriverAnswer.Outcome
            if fields[0] == "ok" {
                outcome = .value(String(fields[5]))
            } else {
                let parts = fields[5].split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
                guard parts.count == 2, let message = jsonString(parts[0]), let details = jsonString(parts[1]) else { return nil }
                outcome = .error(message: message, details: details)
            }
            return .answer(DriverAnswer(cpu: cpu, wall: wall, peakKiB: peak, processCpu: processCpu, outcome: outcome))
        default:
            return nil
        }
    }

    private static func jsonString(_ text: Substring) -> String? {
        guard case .string(let value)? = try? JSONValue.parse(String(text)) else { return nil }
        return value
    }
}

/// A test as the driver answered it.
struct DriverAnswer: Equatable {
    enum Outcome: Equatable {
        /// The return value, as compact JSON.
        case value(String)
        /// An exception (or a return value that is not JSON): one line, and a short traceback.
        case error(message: String, details: String)
    }

    /// CPU and wall seconds of the test (reading its arguments, the call, writing the answer).
    let cpu: Double
    let wall: Double
    /// The driver's peak resident memory so far, in KiB.
    let peakKiB: Int
    /// The driver's process CPU seconds when it answered.
    let processCpu: Double
    let outcome: Outcome
}

/// What one driver process has said so far, fed with its output as it arrives.
final class DriverRun {
    /// Why the tool stopped the driver itself.
    enum Stop: Equatable {
        /// A test failed and judging stops at the first failure.
        case failure
        /// One test's answer or prints went over the output limit.
        case outputLimit(OutputChannel)
        /// The driver wrote something that is not a record.
        case garbled(String)
    }

    /// How many tests the driver was given.
    let count: Int
    let outputLimit: Int
    private let started = ContinuousClock.now
    /// Called with each answer's position in the batch; returns false to stop the driver.
    private let onAnswer: (Int, DriverAnswer) -> Bool

    private(set) var ready = false
    private(set) var fatal: (message: String, details: String)?
    private(set) var answered = 0
    private(set) var stop: Stop?
    /// The driver's process CPU seconds at its last record.
    private(set) var lastProcessCpu = 0.0
    /// Seconds from the start of the run to its last record.
    private(set) var lastRecordSeconds = 0.0
    /// The traceback of each answered test that raised (by position), for its failure report.
    private(set) var details: [Int: String] = [:]
    private var line: [UInt8] = []
    private(set) var stderr = StderrSplitter()

    init(count: Int, outputLimit: Int, onAnswer: @escaping (Int, DriverAnswer) -> Bool) {
        self.count = count
        self.outputLimit = outputLimit
        self.onAnswer = onAnswer
    }

    /// The runner's output handler: false stops the driver.
    func receive(_ channel: OutputChannel, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard channel == .stdout else {
            // Even after a stop: what is left in the pipe is the failing test's own output.
            stderr.feed(bytes)
            if stop == nil && stderr.currentTotal > outputLimit { stop = .outputLimit(.stderr) }
            return stop == nil
        }
        if stop != nil { return false }
        guard let base = bytes.baseAddress else { return true }
        var offset = 0
        while offset < bytes.count {
            let start = base + offset
            let remaining = bytes.count - offset
            guard let found = memchr(start, 0x0A, remaining) else {
                line.append(contentsOf: UnsafeBufferPointer(start: start, count: remaining))
                break
            }
            let length = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - start
            line.append(contentsOf: UnsafeBufferPointer(start: start, count: length))
            offset += length + 1
            if line.count > outputLimit + 256 {
                stop = .outputLimit(.stdout)
                return false
            }
            let keepGoing = handle(String(decoding: line, as: UTF8.self))
            line.removeAll(keepingCapacity: line.count <= 1 << 16)
            if !keepGoing { return false }
        }
        if line.count > outputLimit + 256 { stop = .outputLimit(.stdout) }
        return stop == nil
    }

    private func handle(_ text: String) -> Bool {
        let elapsed = ContinuousClock.now - started
        lastRecordSeconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        guard let record = DriverRecord.parse(text) else {
            // Before `ready` the driver may not own stdout yet (a C++ static initializer printing).
            if !ready { return true }
            stop = .garbled("the driver's output was garbled (\(excerpt(text, limit: 60))): does the solution write to file descriptor 1 directly?")
            return false
        }
        switch record {
        case .ready(let cpu) where !ready:
            ready = true
            lastProcessCpu = cpu
            return true
        case .fatal(let message, let details):
            fatal = (message, details)
            return true
        case .answer(let answer) where ready && answered < count:
            let position = answered
            answered += 1
            lastProcessCpu = answer.processCpu
            if case .error(_, let text) = answer.outcome, !text.isEmpty { details[position] = text }
            if !onAnswer(position, answer) {
                stop = .failure
                return false
            }
            return true
        default:
            stop = .garbled("the driver answered out of turn: does the solution write to file descriptor 1 directly?")
            return false
        }
    }

    /// What a test printed on stderr, then its traceback; nil when both are empty.
    func stderrText(of position: Int) -> String? {
        let prints = position < stderr.segments.count ? stderr.segments[position] : (position == stderr.segments.count ? stderr.current : nil)
        let parts = [prints.map { String(decoding: $0, as: UTF8.self) }, details[position]].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: parts[0].hasSuffix("\n") ? "" : "\n")
    }
}

/// Splits a driver's stderr into each test's part at the marker the driver writes after a test,
/// keeping the first 64 KiB of each (and at most 4 MiB in all) and counting the current test's bytes.
struct StderrSplitter {
    static let keep = 64 << 10
    static let keepInAll = 4 << 20
    private static let marker = FunctionDriver.stderrMarker

    /// The kept stderr of each finished test (nil once 4 MiB were kept).
    private(set) var segments: [[UInt8]?] = []
    /// The current test's kept stderr.
    private(set) var current: [UInt8]? = []
    /// Bytes the current test wrote.
    private(set) var currentTotal = 0
    private var kept = 0
    /// Bytes of the marker matched at the end of what was fed.
    private var matched = 0

    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        var index = 0
        while index < bytes.count {
            if matched == 0 {
                guard let found = memchr(base + index, Int32(Self.marker[0]), bytes.count - index) else {
                    append(UnsafeBufferPointer(rebasing: bytes[index...]))
                    return
                }
                let at = UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
                append(UnsafeBufferPointer(rebasing: bytes[index..<at]))
                matched = 1
                index = at + 1
            } else if bytes[index] == Self.marker[matched] {
                matched += 1
                index += 1
                if matched == Self.marker.count {
                    segments.append(current)
                    current = kept < Self.keepInAll ? [] : nil
                    currentTotal = 0
                    matched = 0
                }
            } else {
                // Not the marker after all: what matched was the test's own output.
                let partial = Array(Self.marker[..<matched])
                matched = 0
                partial.withUnsafeBufferPointer { append($0) }
            }
        }
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        currentTotal += bytes.count
        guard current != nil, let count = current?.count, count < Self.keep else { return }
        let taken = min(bytes.count, Self.keep - count)
        current?.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<taken]))
        kept += taken
    }
}

extension TestRunner {
    /// Function mode: the tests are split into `jobs` interleaved chunks, each fed whole to one
    /// driver process, which answers them one record at a time. Each answer is checked as it
    /// arrives, so judging stops at the first failure as promptly as in program mode. A test that
    /// ends its driver (a limit, a crash) gets that run's verdict, and a new driver takes the rest
    /// of the chunk. Per test: the driver's CPU and wall time of the test, and its peak RSS so far.
    func runFunctions(_ tests: [PlannedTest], solution: PreparedSolution, arity: Int, interruption: CancellationFlag?,
                      progress: (@Sendable (JudgeProgress) -> Void)?) -> [TestResult] {
        let board = Scoreboard(count: tests.count)
        let cancellation = CancellationFlag()
        if let interruption { watch(interruption, cancelling: cancellation, until: board) }
        var inputs = [String](repeating: "", count: tests.count)
        var runnable: [Int] = []
        for (index, test) in tests.enumerated() {
            var failure: String? = nil
            if case .failure(let judgeFailure) = test.expected {
                failure = judgeFailure.message
            } else if let input = Self.driverInput(test.input, arity: arity) {
                inputs[index] = input
            } else {
                failure = "the stored input is not one JSON value per line for each of the \(arity) arguments"
            }
            guard let failure else {
                runnable.append(index)
                continue
            }
            let snapshot = board.record(Self.unanswered(test, verdict: .IE, message: failure), at: index)
            progress?(snapshot)
            if stopAtFirstFailure { board.stop() }
        }
        let driverInputs = inputs
        let workers = max(1, min(jobs, runnable.count))
        let done = DispatchGroup()
        for worker in 0..<workers {
            done.enter()
            let chunk = stride(from: worker, to: runnable.count, by: workers).map { runnable[$0] }
            let thread = Thread {
                defer { done.leave() }
                var pending = chunk
                while !pending.isEmpty && !board.isStopped && !cancellation.isCancelled {
                    pending = runDriver(on: pending, tests: tests, inputs: driverInputs, solution: solution, board: board,
                                        cancellation: cancellation, progress: progress)
                }
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        done.wait()
        board.finish()
        return board.results()
    }

    /// Limits of a driver given `count` tests: each test's CPU and wall limits apply per record;
    /// the whole run gets them times (count + 1) as a backstop.
    func driverLimits(forTests count: Int) -> RunLimits {
        let scale = Double(count + 1)
        return RunLimits(cpuTime: limits.cpuTime * scale, wallTime: limits.wallTime * scale, memoryBytes: limits.memoryBytes,
                         outputBytes: limits.outputBytes, recordCpuTime: limits.cpuTime, recordWallTime: limits.wallTime)
    }

    /// Runs one driver on `batch` (indices of `tests`, fed in this order); returns the tests still to
    /// run after one that ended the driver (empty when all were answered or judging stopped).
    private func runDriver(on batch: [Int], tests: [PlannedTest], inputs: [String], solution: PreparedSolution,
                           board: Scoreboard, cancellation: CancellationFlag,
                           progress: (@Sendable (JudgeProgress) -> Void)?) -> [Int] {
        var stdin: [UInt8] = []
        stdin.reserveCapacity(batch.reduce(0) { $0 + inputs[$1].utf8.count })
        for index in batch { stdin.append(contentsOf: inputs[index].utf8) }
        let request = RunRequest(arguments: solution.arguments, workingDirectory: solution.workingDirectory, stdin: stdin,
                                 limits: driverLimits(forTests: batch.count))
        var failed: [Int] = []  // positions answered with a failure
        let run = DriverRun(count: batch.count, outputLimit: limits.outputBytes) { position, answer in
            let index = batch[position]
            let result = check(answer, for: tests[index])
            let snapshot = board.record(result, at: index)
            progress?(snapshot)
            guard result.verdict != .AC else { return true }
            failed.append(position)
            if stopAtFirstFailure {
                board.stop()
                cancellation.cancel()
                return false
            }
            return true
        }
        let result: RunResult
        do {
            result = try runner.run(request, cancellation: cancellation) { run.receive($0, $1) }
        } catch {
            // The driver could not be started: no later attempt would do better.
            for index in batch {
                let snapshot = board.record(Self.unanswered(tests[index], verdict: .IE, message: error.localizedDescription), at: index)
                progress?(snapshot)
                if stopAtFirstFailure { board.stop(); break }
            }
            return []
        }
        for position in failed {
            board.update(at: batch[position]) { $0.stderr = run.stderrText(of: position) }
        }
        guard run.answered < batch.count, !board.isStopped, !cancellation.isCancelled else { return [] }

        let position = run.answered
        let test = tests[batch[position]]
        if let fatal = run.fatal {
            // Loading fails the same way whatever the test: the rest of the chunk gets the same verdict.
            for (offset, index) in batch[position...].enumerated() {
                var unloaded = Self.unanswered(tests[index], verdict: .RE, message: fatal.message)
                unloaded.stderr = offset == 0
                    ? [run.stderrText(of: position), fatal.details].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n")
                    : fatal.details
                let snapshot = board.record(unloaded, at: index)
                progress?(snapshot)
                if stopAtFirstFailure {
                    board.stop()
                    cancellation.cancel()
                    break
                }
            }
            return []
        }
        let (verdict, message) = inFlightVerdict(result, run: run)
        let ended = TestResult(test: test, verdict: verdict, cpuTime: max(0, result.cpuTime - run.lastProcessCpu),
                               wallTime: max(0, result.wallTime - run.lastRecordSeconds),
                               peakMemoryBytes: result.peakMemoryBytes, exitCode: result.exitCode, signal: result.signal,
                               actual: nil, stderr: run.stderrText(of: position), message: message)
        let snapshot = board.record(ended, at: batch[position])
        progress?(snapshot)
        if stopAtFirstFailure {
            board.stop()
            cancellation.cancel()
            return []
        }
        return Array(batch[(position + 1)...])
    }

    /// The verdict of the test a driver was on when it ended without answering it.
    private func inFlightVerdict(_ result: RunResult, run: DriverRun) -> (Verdict, String?) {
        switch run.stop {
        case .outputLimit(let channel)?:
            return (.OLE, "output\(channel == .stderr ? " on stderr" : "") over the \(megabytes(limits.outputBytes)) limit")
        case .garbled(let reason)?:
            return (.RE, reason)
        case .failure?, nil:
            break
        }
        if result.limitExceeded == nil, result.termination == .exited(0) {
            return (.RE, run.ready ? "the driver ended (exit code 0) before answering: does the solution call exit()?"
                                   : "the driver ended (exit code 0) before loading the solution")
        }
        let (verdict, message) = Self.judge(result, limits: limits) { .accepted }
        return (verdict, run.ready ? message : message.map { $0 + " (while loading the solution)" })
    }

    /// Checks an answered test: limits first (the driver's own figures for the test), then the value.
    private func check(_ answer: DriverAnswer, for test: PlannedTest) -> TestResult {
        let memory = answer.peakKiB * 1024
        var verdict = Verdict.AC
        var message: String? = nil
        var actual: String? = nil
        switch answer.outcome {
        case .error(let reason, _):
            verdict = .RE
            message = reason
        case .value(let text):
            actual = text
            if answer.cpu > limits.cpuTime {
                verdict = .TLE
                message = "CPU time over the \(seconds(limits.cpuTime)) limit"
            } else if let bound = limits.memoryBytes, memory > bound {
                verdict = .MLE
                message = "memory over the \(megabytes(bound)) limit"
            } else if case .success(let expected) = test.expected {
                switch checker.check(input: test.input, expected: expected, actual: text) {
                case .accepted: break
                case .wrongAnswer(let reason): verdict = .WA; message = reason
                case .judgeError(let reason): verdict = .IE; message = "the checker failed: \(reason)"
                }
            }
        }
        return TestResult(test: test, verdict: verdict, cpuTime: answer.cpu, wallTime: answer.wall, peakMemoryBytes: memory,
                          exitCode: nil, signal: nil, actual: actual, stderr: nil, message: message)
    }

    static func unanswered(_ test: PlannedTest, verdict: Verdict, message: String) -> TestResult {
        TestResult(test: test, verdict: verdict, cpuTime: nil, wallTime: nil, peakMemoryBytes: nil, exitCode: nil, signal: nil,
                   actual: nil, stderr: nil, message: message)
    }

    /// A test's input as a driver reads it: exactly `arity` non-blank lines, each ending in a
    /// newline; nil when the input does not have one line per argument.
    static func driverInput(_ input: String, arity: Int) -> String? {
        // By bytes: "\r\n" is one Character, which a split on "\n" would not see.
        let blank: Set<UInt8> = [0x20, 0x09, 0x0D]
        let lines = input.utf8.split(separator: 0x0A).filter { !$0.allSatisfy(blank.contains) }
        guard lines.count == arity else { return nil }
        return lines.map { String(decoding: $0, as: UTF8.self) + "\n" }.joined()
    }
}
