import Foundation
import PracticeCatalog
import PracticeLanguages
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

    init(cpu: Double, wall: Double, peakKiB: Int, processCpu: Double, outcome: Outcome) {
        self.cpu = cpu
        self.wall = wall
        self.peakKiB = peakKiB
        self.processCpu = processCpu
        self.outcome = outcome
    }
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

    init() {}

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
    /// Function mode: the tests are split into `jobs` interleaved chunks, each fed to one driver
    /// process as the driver reads (a test's input is made when the pipe has room for it, and kept
    /// only until its answer arrives), which answers them one record at a time. Each answer is
    /// checked as it arrives, so judging stops at the first failure in plan order as promptly as in
    /// program mode. A test that ends its driver (a limit, a crash) gets that run's verdict, and a
    /// new driver takes the rest of the chunk. Per test: the driver's CPU and wall time of the test,
    /// and its peak resident memory during the test (the interpreter's baseline included). A test
    /// over the memory limit in a driver that answered others before it is run again first in a
    /// fresh driver, whose verdict stands: what earlier tests left behind is not the test's memory.
    func runFunctions(_ tests: [PlannedTest], solution: PreparedSolution, arity: Int, interruption: CancellationFlag?,
                      progress: (@Sendable (JudgeProgress) -> Void)?) -> [TestResult] {
        let pool = WorkerPool(jobs: jobs, count: tests.count, stopAtFirstFailure: stopAtFirstFailure)
        let board = Scoreboard(pool: pool)
        pool.run(interruption: interruption) { worker in
            var pending = pool.share(of: worker)[...]
            while let first = pending.first, pool.allows(first) {
                pending = runDriver(worker: worker, on: pending, tests: tests, arity: arity, solution: solution,
                                    pool: pool, board: board, progress: progress)
            }
            pool.track(worker: worker, index: nil, cancellation: nil)
        }
        return board.results()
    }

    /// Limits of a driver given `count` tests: each test's CPU and wall limits apply per record;
    /// the whole run gets them times (count + 1) as a backstop.
    func driverLimits(forTests count: Int) -> RunLimits {
        let scale = Double(count + 1)
        return RunLimits(cpuTime: limits.cpuTime * scale, wallTime: limits.wallTime * scale, memoryBytes: limits.memoryBytes,
                         outputBytes: limits.outputBytes, recordCpuTime: limits.cpuTime, recordWallTime: limits.wallTime)
    }

    /// A test fed to a driver and not answered yet.
    private struct Fed {
        let index: Int
        let input: String
        let expected: String
    }

    /// Runs one driver on `batch` (indices of `tests`, in plan order); returns the tests still to run
    /// after one that ended the driver (empty when all were answered or the board stops them).
    private func runDriver(worker: Int, on batch: ArraySlice<Int>, tests: [PlannedTest], arity: Int,
                           solution: PreparedSolution, pool: WorkerPool, board: Scoreboard,
                           progress: (@Sendable (JudgeProgress) -> Void)?) -> ArraySlice<Int> {
        let cancellation = CancellationFlag()
        pool.track(worker: worker, index: batch.first, cancellation: cancellation)
        var fed: [Fed] = []         // in the order the driver answers them
        var answeredCount = 0       // fed[..<answeredCount] are answered (and released)
        var feedPosition = batch.startIndex
        var retryFrom: Int? = nil   // a test to run again first in a fresh driver
        var failedIndices: [(index: Int, position: Int)] = []

        /// The next test's driver lines, made now; tests the judge cannot run are recorded as IE and skipped.
        func nextInput() -> [UInt8]? {
            while feedPosition < batch.endIndex {
                let index = batch[feedPosition]
                guard pool.allows(index) else { return nil }
                feedPosition += 1
                let (input, answer) = tests[index].materialize()
                let failure: String
                switch answer {
                case .failure(let judgeFailure):
                    failure = judgeFailure.message
                case .success(let expected):
                    if let lines = Self.driverInput(input, arity: arity) {
                        fed.append(Fed(index: index, input: input, expected: expected))
                        if fed.count == answeredCount + 1 {
                            pool.track(worker: worker, index: index, cancellation: cancellation)
                        }
                        return Array(lines.utf8)
                    }
                    failure = "the stored input is not one JSON value per line for each of the \(arity) arguments"
                }
                board.record(Self.unanswered(tests[index], verdict: .IE, message: failure), at: index, progress: progress)
            }
            return nil
        }

        let run = DriverRun(count: batch.count, outputLimit: limits.outputBytes) { position, answer in
            guard position < fed.count else { return false }
            let entry = fed[position]
            answeredCount = position + 1
            fed[position] = Fed(index: entry.index, input: "", expected: "")  // release the test's text
            guard pool.allows(entry.index) else { return false }
            let result = check(answer, for: tests[entry.index], input: entry.input, expected: entry.expected)
            if result.verdict == .MLE && position > 0 {
                retryFrom = entry.index
                return false
            }
            board.record(result, at: entry.index, progress: progress)
            pool.track(worker: worker, index: answeredCount < fed.count ? fed[answeredCount].index
                                              : (feedPosition < batch.endIndex ? batch[feedPosition] : nil),
                        cancellation: cancellation)
            guard result.verdict == .AC else {
                failedIndices.append((entry.index, position))
                return !stopAtFirstFailure
            }
            return true
        }
        let request = RunRequest(arguments: solution.arguments, workingDirectory: solution.workingDirectory,
                                 limits: driverLimits(forTests: batch.count))
        let result: RunResult
        do {
            result = try runner.run(request, cancellation: cancellation, input: nextInput) { run.receive($0, $1) }
        } catch {
            // The driver could not be started: no later attempt would do better.
            for index in batch where pool.allows(index) {
                board.record(Self.unanswered(tests[index], verdict: .IE, message: error.localizedDescription), at: index, progress: progress)
            }
            return []
        }
        for (index, position) in failedIndices {
            board.update(at: index) { $0.stderr = run.stderrText(of: position) }
        }
        if let retryFrom, let at = batch.firstIndex(of: retryFrom) { return batch[at...] }
        // The test the driver was on when it ended: the first fed and unanswered one, else (it ended before
        // reading) the next one to feed. None: it answered everything it was given, or the board stopped it.
        let position = run.answered
        let inFlight: Int
        if position < fed.count {
            inFlight = fed[position].index
        } else if feedPosition < batch.endIndex, result.limitExceeded != .cancelled || run.fatal != nil {
            inFlight = batch[feedPosition]
        } else {
            return []
        }
        guard pool.allows(inFlight) else { return [] }
        let test = tests[inFlight]
        if let fatal = run.fatal {
            // Loading fails the same way whatever the test: the rest of the chunk gets the same verdict.
            for (offset, index) in batch[batch.firstIndex(of: inFlight)!...].enumerated() where pool.allows(index) {
                var unloaded = Self.unanswered(tests[index], verdict: .RE, message: fatal.message)
                unloaded.stderr = offset == 0
                    ? [run.stderrText(of: position), fatal.details].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n")
                    : fatal.details
                board.record(unloaded, at: index, progress: progress)
            }
            return []
        }
        let (verdict, message) = inFlightVerdict(result, run: run)
        if verdict == .MLE && position > 0, let at = batch.firstIndex(of: inFlight) {
            return batch[at...]  // again, first in a fresh driver
        }
        let ended = TestResult(test: test, verdict: verdict, cpuTime: max(0, result.cpuTime - run.lastProcessCpu),
                               wallTime: max(0, result.wallTime - run.lastRecordSeconds),
                               peakMemoryBytes: result.peakMemoryBytes, exitCode: result.exitCode, signal: result.signal,
                               actual: nil, stderr: run.stderrText(of: position), message: message)
        board.record(ended, at: inFlight, progress: progress)
        guard let at = batch.firstIndex(of: inFlight) else { return [] }
        return batch[(at + 1)...]
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
    private func check(_ answer: DriverAnswer, for test: PlannedTest, input: String, expected: String) -> TestResult {
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
            } else {
                switch checker.check(input: input, expected: expected, actual: text) {
                case .accepted: break
                case .wrongAnswer(let reason): verdict = .WA; message = reason
                case .judgeError(let reason): verdict = .IE; message = "the checker failed: \(reason)"
                }
            }
        }
        return TestResult(test: test, verdict: verdict, cpuTime: answer.cpu, wallTime: answer.wall, peakMemoryBytes: memory,
                          exitCode: nil, signal: nil, actual: verdict == .AC ? nil : actual.map { excerpt($0) }, stderr: nil,
                          message: message)
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
