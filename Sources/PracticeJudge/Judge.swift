import Foundation
import PracticeCatalog
import PracticeLanguages
import PracticeRunner

/// One test the judge will run: its input and the reference's answer.
///
/// A generated test holds neither: its input is made again from (seed, size) whenever it is
/// needed, and its answer comes from the answer cache or the reference, so a plan of thousands of
/// large tests costs no memory until a worker runs one (`materialize()`), and nothing after.
package struct PlannedTest: Sendable {
    package let ordinal: Int
    package let origin: TestOrigin
    /// What the test is, for people: "example 2", "random 17", "counterexample 1", "user test 3",
    /// "worst case 2 (k = n/2)".
    package let label: String
    package let testCaseId: Int64?
    package let seed: Int64?
    package let size: Int?
    private let source: TestSource

    /// The stdin text (a generated test's is made again on every call: fetch it once).
    package var input: String { source.input() }
    /// The reference answer, or why the reference could not produce one (an IE, never the user's fault).
    package var expected: Result<String, JudgeFailure> { source.materialize().expected }
    /// The input and its answer, made once for this call.
    package func materialize() -> (input: String, expected: Result<String, JudgeFailure>) { source.materialize() }

    package init(ordinal: Int, origin: TestOrigin, label: String? = nil, testCaseId: Int64?, seed: Int64?, size: Int?, input: String,
         expected: Result<String, JudgeFailure>) {
        self.init(ordinal: ordinal, origin: origin, label: label, testCaseId: testCaseId, seed: seed, size: size,
                  source: .fixed(input, expected))
    }

    /// A test whose input `make` produces when it is needed and whose answer `answer` gives for
    /// that input; neither is kept.
    package init(ordinal: Int, origin: TestOrigin, label: String? = nil, testCaseId: Int64?, seed: Int64?, size: Int?,
         input make: @escaping @Sendable () -> String,
         answer: @escaping @Sendable (String) -> Result<String, JudgeFailure>) {
        self.init(ordinal: ordinal, origin: origin, label: label, testCaseId: testCaseId, seed: seed, size: size,
                  source: .generated(make, answer))
    }

    private init(ordinal: Int, origin: TestOrigin, label: String?, testCaseId: Int64?, seed: Int64?, size: Int?,
                 source: TestSource) {
        self.ordinal = ordinal
        self.origin = origin
        self.label = label ?? "test \(ordinal)"
        self.testCaseId = testCaseId
        self.seed = seed
        self.size = size
        self.source = source
    }
}

/// Where a planned test's input and answer come from.
private enum TestSource: Sendable {
    case fixed(String, Result<String, JudgeFailure>)
    case generated(@Sendable () -> String, @Sendable (String) -> Result<String, JudgeFailure>)

    func input() -> String {
        switch self {
        case .fixed(let input, _): input
        case .generated(let make, _): make()
        }
    }

    func materialize() -> (input: String, expected: Result<String, JudgeFailure>) {
        switch self {
        case .fixed(let input, let expected): return (input, expected)
        case .generated(let make, let answer):
            let input = make()
            return (input, answer(input))
        }
    }
}

/// A failure of the judge's own side: the reference, the generator or the checker.
package struct JudgeFailure: Error, Sendable {
    package let message: String

    package init(message: String) { self.message = message }
}

/// The result of one test.
package struct TestResult: Sendable {
    package let test: PlannedTest
    package let verdict: Verdict
    package let cpuTime: Double?
    package let wallTime: Double?
    package let peakMemoryBytes: Int?
    package let exitCode: Int32?
    package let signal: Int32?
    package let actual: String?
    package var stderr: String?
    /// One line on what went wrong (checker reason, exit status, limit), nil when accepted.
    package let message: String?
}

/// Progress of a running judgement, reported after every finished test.
public struct JudgeProgress: Sendable {
    public let finished: Int
    public let total: Int
    public let failed: Int
}

/// A solution ready to run: built when its language needs it.
package struct PreparedSolution: Sendable {
    package let arguments: [String]
    package let workingDirectory: String
    /// Function mode: `arguments` start a driver that answers every test it is given, one record
    /// each (`FunctionDriver`); a test's input is this many JSON lines. nil: a program run per test.
    package var functionArity: Int? = nil

    package init(arguments: [String], workingDirectory: String, functionArity: Int? = nil) {
        self.arguments = arguments
        self.workingDirectory = workingDirectory
        self.functionArity = functionArity
    }
}

/// Runs planned tests against a prepared solution, in parallel, and checks each output.
package struct TestRunner: Sendable {
    package let runner: any ProcessRunner
    /// Judges each output (`check(input:expected:actual:)`): the problem's checker or checker program.
    package let checker: any Oracle
    package let limits: RunLimits
    package let jobs: Int
    package let stopAtFirstFailure: Bool

    package init(runner: any ProcessRunner, checker: any Oracle, limits: RunLimits, jobs: Int, stopAtFirstFailure: Bool) {
        self.runner = runner
        self.checker = checker
        self.limits = limits
        self.jobs = jobs
        self.stopAtFirstFailure = stopAtFirstFailure
    }

    /// Runs `tests` and returns the results of those that ran, in plan order. With
    /// `stopAtFirstFailure`, the first failing test stops the others (running ones are killed and
    /// left out of the results).
    /// Setting `interruption` stops the run from outside: running children are killed within ~20 ms
    /// and the results are incomplete.
    package func run(_ tests: [PlannedTest], solution: PreparedSolution, interruption: CancellationFlag? = nil,
             progress: (@Sendable (JudgeProgress) -> Void)?) -> [TestResult] {
        if let arity = solution.functionArity {
            return runFunctions(tests, solution: solution, arity: arity, interruption: interruption, progress: progress)
        }
        let pool = WorkerPool(jobs: jobs, count: tests.count, stopAtFirstFailure: stopAtFirstFailure)
        let board = Scoreboard(pool: pool)
        pool.run(interruption: interruption) { worker in
            while let (index, cancellation) = pool.claim(worker: worker) {
                let result = runOne(tests[index], solution: solution, cancellation: cancellation)
                guard let result else {  // cancelled: a failure earlier in the plan, or an interruption
                    pool.track(worker: worker, index: nil, cancellation: nil)
                    continue
                }
                board.record(result, at: index, progress: progress)
            }
        }
        return board.results()
    }

    /// Runs and checks one test; nil when it was cancelled.
    private func runOne(_ test: PlannedTest, solution: PreparedSolution, cancellation: CancellationFlag) -> TestResult? {
        let (input, answer) = test.materialize()
        let expected: String
        switch answer {
        case .success(let answer): expected = answer
        case .failure(let failure):
            return TestResult(test: test, verdict: .IE, cpuTime: nil, wallTime: nil, peakMemoryBytes: nil, exitCode: nil,
                              signal: nil, actual: nil, stderr: nil, message: failure.message)
        }
        let request = RunRequest(arguments: solution.arguments, workingDirectory: solution.workingDirectory,
                                 stdin: Array(input.utf8), limits: limits)
        let result: RunResult
        do {
            result = try runner.run(request, cancellation: cancellation)
        } catch {
            return TestResult(test: test, verdict: .IE, cpuTime: nil, wallTime: nil, peakMemoryBytes: nil, exitCode: nil,
                              signal: nil, actual: nil, stderr: nil, message: error.localizedDescription)
        }
        if result.limitExceeded == .cancelled { return nil }
        let actual = String(decoding: result.stdout, as: UTF8.self)
        let (verdict, message) = Self.judge(result, limits: limits) {
            checker.check(input: input, expected: expected, actual: actual)
        }
        return TestResult(test: test, verdict: verdict, cpuTime: result.cpuTime, wallTime: result.wallTime,
                          peakMemoryBytes: result.peakMemoryBytes, exitCode: result.exitCode, signal: result.signal,
                          actual: verdict == .AC ? nil : excerpt(actual),
                          stderr: verdict == .AC ? nil : excerpt(String(decoding: result.stderr, as: UTF8.self)), message: message)
    }

    /// The verdict of one finished run: limits first, then the exit status, then the checker.
    static func judge(_ result: RunResult, limits: RunLimits, check: () -> CheckResult) -> (Verdict, String?) {
        let (verdict, message) = verdictIgnoringTasks(result, limits: limits, check: check)
        guard result.reachedTaskLimit, verdict != .AC else { return (verdict, message) }
        return (verdict, (message.map { $0 + "; " } ?? "") + "it reached the limit of \(NativeRunner.maxTasks) processes (a fork bomb?)")
    }

    private static func verdictIgnoringTasks(_ result: RunResult, limits: RunLimits,
                                             check: () -> CheckResult) -> (Verdict, String?) {
        switch result.limitExceeded {
        case .cpuTime:
            return (.TLE, "CPU time over the \(seconds(limits.cpuTime)) limit")
        case .wallTime:
            return (.TLE, "wall-clock time over the \(seconds(limits.wallTime)) limit (sleeping or blocked?)")
        case .memory:
            return (.MLE, "memory over the \(megabytes(limits.memoryBytes ?? 0)) limit")
        case .output:
            return (.OLE, "output over the \(megabytes(limits.outputBytes)) limit")
        case .cancelled, nil:
            break
        }
        switch result.termination {
        case .signaled(let signal):
            if signal == SIGXCPU { return (.TLE, "CPU time over the \(seconds(limits.cpuTime)) limit") }
            return (.RE, "killed by signal \(signal) (\(signalName(signal)))")
        case .exited(let code) where code != 0:
            return (.RE, "exit code \(code)")
        case .exited:
            break
        }
        switch check() {
        case .accepted: return (.AC, nil)
        case .judgeError(let reason): return (.IE, "the checker failed: \(reason)")
        case .wrongAnswer(let reason): return (.WA, reason)
        }
    }

    static func signalName(_ signal: Int32) -> String {
        switch signal {
        case SIGSEGV: "SIGSEGV, invalid memory access"
        case SIGABRT: "SIGABRT, aborted"
        case SIGFPE: "SIGFPE, arithmetic error"
        case SIGBUS: "SIGBUS"
        case SIGILL: "SIGILL"
        case SIGKILL: "SIGKILL"
        case SIGTERM: "SIGTERM"
        case SIGXCPU: "SIGXCPU"
        case SIGXFSZ: "SIGXFSZ, file size limit"
        case SIGPIPE: "SIGPIPE"
        default: "signal \(signal)"
        }
    }
}

func seconds(_ value: Double) -> String {
    value == value.rounded() ? "\(Int(value)) s" : String(format: "%.2f s", value)
}

func megabytes(_ bytes: Int) -> String { "\(bytes / (1 << 20)) MB" }

/// The results of a run of tests, by plan position, and its progress counts; where to stop is the pool's.
///
/// Judging that stops at the first failure stops at the first failure *in plan order* (see ``WorkerPool``): a failure
/// at test i lets every test before i finish (and be judged), cancels the runs of tests after i, and leaves their
/// results out. So a fixed seed gives the same verdict, passed count and reported failure on every run.
final class Scoreboard: @unchecked Sendable {
    private let lock = NSLock()
    private let pool: WorkerPool
    private var finished = 0
    private var failed = 0
    private var slots: [TestResult?]

    init(pool: WorkerPool) {
        self.pool = pool
        slots = Array(repeating: nil, count: pool.count)
    }

    /// Records a result; a failure is reported to the pool, which stops later tests when judging stops at the first.
    func record(_ result: TestResult, at index: Int) -> JudgeProgress {
        lock.withLock {
            slots[index] = result
            finished += 1
            if result.verdict != .AC {
                failed += 1
                pool.fail(at: index)
            }
            return JudgeProgress(finished: finished, total: slots.count, failed: failed)
        }
    }

    /// Records a result and reports the progress. (Not `progress?(record(...))`: optional chaining would skip the record.)
    func record(_ result: TestResult, at index: Int, progress: (@Sendable (JudgeProgress) -> Void)?) {
        let snapshot = record(result, at: index)
        progress?(snapshot)
    }

    /// Changes a recorded result (function mode attaches a test's stderr once its driver has ended).
    func update(at index: Int, _ change: (inout TestResult) -> Void) {
        lock.withLock {
            guard var result = slots[index] else { return }
            change(&result)
            slots[index] = result
        }
    }

    /// The results that count, in plan order: every test before the pool's limit.
    func results() -> [TestResult] {
        let counted = pool.counted
        return lock.withLock { slots[counted].compactMap { $0 } }
    }
}
