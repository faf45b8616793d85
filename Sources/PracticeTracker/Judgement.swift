import Foundation
import PracticeCatalog
import PracticeRunner
import PracticeStorage

/// Everything needed to judge one source against one problem: what `attempt` and `rejudge` share.
struct JudgeJob: Sendable {
    let problem: ProblemRecord
    let problemId: Int64
    /// Where the tests' inputs and expected answers come from.
    let reference: any Oracle
    /// `reference.version`, recorded with the attempt.
    var referenceVersion: String { reference.version }
    let source: String
    let fileName: String
    let language: String
    /// nil with `command` (`--cmd`).
    let recipe: LanguageRecipe?
    let command: String?
    let seed: Int64
    let randomCount: Int
    let jobs: Int
    /// CPU seconds per test.
    let timeLimit: Double
    let memoryLimitMB: Int
    let runAll: Bool
    /// Seconds allowed for shrinking a failing random test; nil: no shrinking.
    let shrinkTime: Double?
    let scaling: Bool
    let interruption: CancellationFlag?
    /// Program mode runs the solution once per test; function mode calls it through a driver.
    var mode: SolutionMode = .program

    /// Per test: the CPU limit, a wall clock of twice that plus a second, the memory limit as peak
    /// RSS, and the output cap.
    var limits: RunLimits {
        RunLimits(cpuTime: timeLimit, wallTime: timeLimit * 2 + 1, memoryBytes: memoryLimitMB << 20,
                  outputBytes: outputLimitBytes)
    }
}

/// What judging found, before it is recorded.
struct Judgement: Sendable {
    let tests: [PlannedTest]
    /// The tests that ran, in plan order.
    let results: [TestResult]
    let verdict: Verdict
    /// The first test with the attempt's verdict, when it is not AC.
    let failure: TestResult?
    /// Compiler output for CE, the judge's failure for IE, else a one-line failure summary.
    let message: String?
    let commandLine: String
    let shrink: ShrinkReport?
    let scaling: ScalingReport?
}

extension AttemptReport {
    init(judgement: Judgement, job: JudgeJob, saved: AttemptRecord, addedProblem: Bool) {
        var byOrigin: [String: Int] = [:]
        for test in judgement.tests {
            byOrigin[test.label.hasPrefix("worst case") ? "worst-case" : test.origin.rawValue, default: 0] += 1
        }
        self.init(
            attemptId: saved.id ?? 0, slug: job.problem.slug, title: job.problem.title, addedProblem: addedProblem,
            verdict: judgement.verdict, passed: saved.passed, total: saved.total, ran: judgement.results.count,
            language: job.language, mode: job.mode, command: saved.command, seed: job.seed, randomCount: job.randomCount,
            testsByOrigin: byOrigin, maxCpuMs: saved.maxCpuMs, maxWallMs: saved.maxWallMs, maxMemoryKB: saved.maxMemoryKB,
            timeLimitMs: saved.timeLimitMs, memoryLimitMB: saved.memoryLimitMB,
            message: judgement.verdict == .CE || judgement.verdict == .IE ? judgement.message : nil,
            failure: judgement.failure.map { Failure($0, note: InputFormatHint.note(for: $0, in: job)) },
            failures: judgement.results.filter { $0.verdict != .AC }.map { Failure($0) },
            shrink: judgement.shrink, scaling: judgement.scaling,
            rejudgeOf: saved.rejudgeOf)
    }
}

extension AttemptReport.Failure {
    init(_ result: TestResult) { self.init(result, note: "") }

    /// `note` is appended to the test's message (``InputFormatHint``).
    init(_ result: TestResult, note: String) {
        let (input, expected) = result.test.materialize()  // a generated test's input and answer, made once
        self.init(
            ordinal: result.test.ordinal, label: result.test.label, origin: result.test.origin.rawValue, seed: result.test.seed,
            size: result.test.size, verdict: result.verdict, message: result.message.map { $0 + note }, input: excerpt(input),
            expected: (try? expected.get()).map { excerpt($0) }, actual: result.actual.map { excerpt($0) },
            stderr: result.stderr.flatMap { $0.isEmpty ? nil : excerpt($0) }, exitCode: result.exitCode, signal: result.signal,
            cpuMs: result.cpuTime.map { $0 * 1000 }, memoryKB: result.peakMemoryBytes.map { $0 / 1024 })
    }
}

extension InputFormatHint {
    /// `"; note: ..."` to append to the failure message of `result`, or "" when no note applies: only in program
    /// mode, on a catalog problem (user problems have their own text formats).
    static func note(for result: TestResult, in job: JudgeJob) -> String {
        guard job.mode == .program, job.reference.catalogProblem != nil else { return "" }
        let failure = (result.message ?? "") + "\n" + (result.stderr ?? "")
        return note(verdict: result.verdict, input: result.test.input, failure: failure, source: job.source).map { "; " + $0 } ?? ""
    }
}
