import Foundation
import PracticeCatalog
import PracticeRunner
import PracticeModel

/// How a user problem's outputs are checked.
package enum UserChecker: Sendable {
    /// A built-in comparison: exact, tokens, or tokens with a float tolerance.
    case builtin(Checker)
    /// A checker program, testlib style: `checker INPUT ACTUAL EXPECTED`, exit 0 = accepted, 1 or 2 = wrong
    /// answer, anything else = the checker failed.
    case testlib(PreparedSolution)
    /// An ICPC output validator: `validator INPUT ANSWER FEEDBACK_DIR [FLAGS] < OUTPUT`, exit 42 = accepted,
    /// 43 = wrong answer, anything else = the validator failed.
    case icpc(PreparedSolution, flags: [String])

    /// The names stored in `problem.checker` for the program checkers.
    package static let testlibName = "program"
    package static let icpcName = "output-validator"
}

/// A user problem's oracle: its reference, generator and checker programs, built once per judgement in
/// a private directory and run under limits like solutions.
package struct UserOracle: Oracle {
    package let version: String
    package let maxSize: Int?
    package var catalogProblem: (any CatalogProblem)? { nil }
    let runner: any ProcessRunner
    let reference: PreparedSolution
    let referenceName: String
    let generator: PreparedSolution?
    let checker: UserChecker
    /// Limits of a reference run: the problem's, with more wall-clock room (it is trusted, not raced).
    let referenceLimits: RunLimits
    /// Holds the built programs; removed when the last copy of the oracle goes away.
    let workspace: Workspace
    let interruption: CancellationFlag?

    package init(version: String, maxSize: Int?, runner: any ProcessRunner, reference: PreparedSolution, referenceName: String,
                 generator: PreparedSolution?, checker: UserChecker, referenceLimits: RunLimits, workspace: Workspace,
                 interruption: CancellationFlag?) {
        self.version = version
        self.maxSize = maxSize
        self.runner = runner
        self.reference = reference
        self.referenceName = referenceName
        self.generator = generator
        self.checker = checker
        self.referenceLimits = referenceLimits
        self.workspace = workspace
        self.interruption = interruption
    }

    static let generatorLimits = RunLimits(cpuTime: 10, wallTime: 20, memoryBytes: 1 << 30, outputBytes: outputLimitBytes)
    static let checkerLimits = RunLimits(cpuTime: 10, wallTime: 20, memoryBytes: 1 << 30, outputBytes: 1 << 20)

    /// The seed a generator receives: 0 ..< 2^31, so that `atoi` and 32-bit `int` read it correctly.
    package static func generatorSeed(_ seed: UInt64) -> UInt64 { seed & 0x7FFF_FFFF }

    package func generate(seed: UInt64, size: Int) throws(JudgeFailure) -> String {
        guard let generator else { throw JudgeFailure(message: "the problem has no generator") }
        let arguments = generator.arguments + [String(Self.generatorSeed(seed)), String(size)]
        let result = try run(PreparedSolution(arguments: arguments, workingDirectory: generator.workingDirectory),
                             input: "", limits: Self.generatorLimits, what: "the generator")
        return String(decoding: result.stdout, as: UTF8.self)
    }

    package func solve(_ input: String) throws(JudgeFailure) -> String {
        try timedSolve(input).output
    }

    /// The reference's answer and its CPU seconds (start-up included) on one input.
    package func timedSolve(_ input: String) throws(JudgeFailure) -> (output: String, seconds: Double) {
        let result = try run(reference, input: input, limits: referenceLimits, what: "the reference \(referenceName)")
        return (String(decoding: result.stdout, as: UTF8.self), result.cpuTime)
    }

    package func check(input: String, expected: String, actual: String) -> CheckResult {
        switch checker {
        case .builtin(let builtin):
            return builtin.check(expected: expected, actual: actual)
        case .testlib(let program):
            return runChecker(program, input: input, expected: expected, actual: actual) { files in
                (files.input, files.actual, files.expected, nil)
            } verdict: { code, message in
                switch code {
                case 0: .accepted
                case 1, 2: .wrongAnswer(message ?? "the checker rejected the output")
                default: .judgeError("the checker exited with code \(code)" + (message.map { ": " + $0 } ?? ""))
                }
            }
        case .icpc(let program, let flags):
            return runChecker(program, input: input, expected: expected, actual: actual, flags: flags) { files in
                (files.input, files.expected, files.feedback, files.actual)
            } verdict: { code, message in
                switch code {
                case 42: .accepted
                case 43: .wrongAnswer(message ?? "the output validator rejected the output")
                default: .judgeError("the output validator exited with code \(code)" + (message.map { ": " + $0 } ?? ""))
                }
            }
        }
    }

    /// User problems shrink through their generator only: without an input validator there is no telling
    /// whether a cut-down input is still valid.
    package func shrinkCandidates(_ input: String) -> [String] { [] }

    package func measure(_ input: String) -> InputMeasure { .ofText(input) }

    /// The reference's CPU seconds on one run (start-up included: the scaling check subtracts the smallest).
    package func referenceSeconds(_ input: String) -> Double {
        (try? timedSolve(input).seconds) ?? 0
    }

    package func solveAll(_ inputs: [String], jobs: Int) -> [Result<String, JudgeFailure>] {
        WorkerPool.map(inputs.count, jobs: jobs) { index in Result { () throws(JudgeFailure) in try solve(inputs[index]) } }
    }

    package func generateAll(_ keys: [RandomTestKey], jobs: Int) -> [Result<String, JudgeFailure>] {
        WorkerPool.map(keys.count, jobs: jobs) { index in
            Result { () throws(JudgeFailure) in try generate(seed: UInt64(bitPattern: keys[index].seed), size: keys[index].size) }
        }
    }

    // MARK: Running the programs

    private func run(_ program: PreparedSolution, input: String, limits: RunLimits, what: String) throws(JudgeFailure) -> RunResult {
        let request = RunRequest(arguments: program.arguments, workingDirectory: program.workingDirectory,
                                 stdin: Array(input.utf8), limits: limits)
        let result: RunResult
        do {
            result = try runner.run(request, cancellation: interruption)
        } catch {
            throw JudgeFailure(message: "\(what) could not start: \(error.localizedDescription)")
        }
        if let limit = result.limitExceeded {
            throw JudgeFailure(message: "\(what) was stopped: \(limit.rawValue) limit")
        }
        guard result.termination == .exited(0) else {
            let status = result.signal.map { "killed by signal \($0)" } ?? "exit code \(result.exitCode ?? -1)"
            throw JudgeFailure(message: "\(what) failed (\(status))" + Self.firstLine(result.stderr).map { ": " + $0 }.orEmpty)
        }
        return result
    }

    private struct CheckFiles {
        let input, actual, expected, feedback: String
    }

    /// Writes the three texts to files of a fresh directory, runs the checker on them and maps its exit code.
    private func runChecker(_ program: PreparedSolution, input: String, expected: String, actual: String, flags: [String] = [],
                            arguments: (CheckFiles) -> (String, String, String, String?),
                            verdict: (Int32, String?) -> CheckResult) -> CheckResult {
        let directory = workspace.path + "/check-" + UUID().uuidString.lowercased()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let files = CheckFiles(input: directory + "/input", actual: directory + "/actual", expected: directory + "/expected",
                               feedback: directory + "/feedback/")
        do {
            try FileManager.default.createDirectory(atPath: files.feedback, withIntermediateDirectories: true)
            try Data(input.utf8).write(to: URL(fileURLWithPath: files.input))
            try Data(actual.utf8).write(to: URL(fileURLWithPath: files.actual))
            try Data(expected.utf8).write(to: URL(fileURLWithPath: files.expected))
        } catch {
            return .judgeError("cannot write the checker's files: \(error.localizedDescription)")
        }
        let (first, second, third, stdinFile) = arguments(files)
        let stdin = stdinFile == nil ? [] : Array(actual.utf8)
        let request = RunRequest(arguments: program.arguments + [first, second, third] + flags,
                                 workingDirectory: program.workingDirectory, stdin: stdin, limits: Self.checkerLimits)
        guard let result = try? runner.run(request, cancellation: interruption) else {
            return .judgeError("the checker could not start")
        }
        if let limit = result.limitExceeded { return .judgeError("the checker was stopped: \(limit.rawValue) limit") }
        guard case .exited(let code) = result.termination else {
            return .judgeError("the checker was killed by signal \(result.signal ?? 0)")
        }
        let feedback = (try? String(contentsOfFile: files.feedback + "judgemessage.txt", encoding: .utf8)).flatMap { Self.firstLine(Array($0.utf8)) }
        return verdict(code, feedback ?? Self.firstLine(result.stdout + result.stderr))
    }

    static func firstLine(_ bytes: [UInt8]) -> String? {
        let line = String(decoding: bytes, as: UTF8.self).split(separator: "\n").first { !$0.allSatisfy(\.isWhitespace) }
        return line.map { String($0.prefix(300)).trimmingCharacters(in: .whitespaces) }
    }
}

private extension Optional where Wrapped == String {
    var orEmpty: String { self ?? "" }
}
