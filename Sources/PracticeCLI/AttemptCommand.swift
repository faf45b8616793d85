import ArgumentParser
import Foundation
import PracticeTracker
import PracticeModel

struct AttemptCommand: ParsableCommand {
    /// Failing tests listed in text (with --all); --json lists every one.
    static let failuresShown = 10

    static let configuration = CommandConfiguration(
        commandName: "attempt",
        abstract: "Judge a solution file and record the attempt.",
        discussion: """
            A program reads the input on stdin (one JSON line per argument, in signature order) and prints \
            the answer as one JSON line. A LeetCode-style function (class Solution with the signature's method, or a \
            top-level function of its name, in Python, C, C++, Swift, JavaScript, TypeScript, Java, Rust or Go) is called through a driver that runs many tests \
            in one process; --mode chooses, by default from the source (function mode when it defines the function and \
            does not read stdin). Languages by extension: .py (python3), .c (gcc -O2), .cpp/.cc (clang++ -std=c++23 -O2, else g++ -std=c++20), \
            .swift (swiftc -O), .js (node), .java (javac; a program is class Main); --cmd runs anything else through /bin/sh. Tests: the examples, your stored \
            tests, then --random seeded random tests of growing size; answers come from the reference solver. \
            Judging stops at the first failure unless --all. A catalog problem not yet in your set is added first.
            Exit status 0 when accepted, 1 when not.
            """
    )

    @Argument(help: "The problem: slug, unique prefix or LeetCode number.") var problem: String
    @Argument(help: "The solution's source file.") var file: String
    @Option(name: .long, help: "Language recipe: python, c, cpp, swift, javascript, typescript, java, rust, go (default: by extension).") var lang: String?
    @Option(name: .long, help: "Shell command that runs the solution (instead of a recipe).") var cmd: String?
    @Option(name: .long, help: ArgumentHelp("program (reads stdin), function (class Solution / the signature's function, called through a driver), or auto: detected from the source.", valueName: "auto|program|function")) var mode: ModeOption = .auto
    @Option(name: .long, help: "Number of random tests.") var random: Int = 100
    @Option(name: .long, help: "Seed of the random tests (replays an attempt's tests).") var seed: Int64?
    @Option(name: .long, help: "Tests run in parallel (default: the number of cores).") var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    @Option(name: .customLong("time-limit"), help: ArgumentHelp("CPU seconds per test (default: the problem's).", valueName: "seconds")) var timeLimit: Double?
    @Option(name: .customLong("memory-limit"), help: ArgumentHelp("Memory per test in MB (default: the problem's).", valueName: "MB")) var memoryLimit: Int?
    @Option(name: .long, help: "A note kept with the attempt.") var note: String?
    @Flag(name: .long, help: "Run every test instead of stopping at the first failure.") var all = false
    @Flag(name: .customLong("no-network"), help: "Build and run the solution without network access (a new network namespace).") var noNetwork = false
    @Option(name: .customLong("shrink-time"), help: ArgumentHelp("Seconds to shrink a failing random test to a minimal counterexample.", valueName: "seconds")) var shrinkTime: Double = 10
    @Flag(name: .customLong("no-shrink"), help: "Do not shrink a failing random test.") var noShrink = false
    @Flag(name: .long, help: "Also measure how the solution's time grows with the input size, next to the reference's.") var scaling = false
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if random < 0 { throw ValidationError("--random must be 0 or more") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let timeLimit, !(timeLimit > 0) { throw ValidationError("--time-limit must be a positive number of seconds") }
        if let memoryLimit, memoryLimit < 1 { throw ValidationError("--memory-limit must be a positive number of MB") }
        if let seed, seed < 0 { throw ValidationError("--seed must be 0 or more") }
        if !(shrinkTime >= 0 && shrinkTime <= 600) { throw ValidationError("--shrink-time must be between 0 and 600 seconds") }
    }

    func run() throws {
        let practice = try database.open()
        let terminal = Terminal.current
        let showProgress = terminal.stderrIsTTY && !output.json
        var request = AttemptRequest(problem: problem, solutionPath: file, language: lang, command: cmd, randomCount: random,
                                     seed: seed, jobs: jobs, timeLimit: timeLimit, memoryLimitMB: memoryLimit, note: note,
                                     runAll: all)
        request.shrinkTime = noShrink ? nil : shrinkTime
        request.scaling = scaling
        request.noNetwork = noNetwork
        request.mode = mode.solutionMode
        // Ctrl-C or SIGTERM: children killed, nothing recorded, exit 130.
        request.interruption = Interrupts.installCancellingHandler()
        var progress: (@Sendable (JudgeProgress) -> Void)? = nil
        if showProgress {
            progress = { (step: JudgeProgress) in
                let line = "\r\u{1B}[Kjudging: \(step.finished)/\(step.total) tests, \(step.failed) failed"
                FileHandle.standardError.write(Data(line.utf8))
            }
        }
        let report = try practice.attempt(request, progress: progress)
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        try emit(report, json: output.json) { text(report, terminal) }
        if report.verdict != .AC { throw ExitCode(ExitStatus.notAccepted) }
    }

    private func text(_ report: AttemptReport, _ terminal: Terminal) -> String {
        var lines: [String] = []
        if report.addedProblem { lines.append("Added \(report.slug) to your set.") }
        var headline = terminal.paint("\(report.verdict.title) (\(report.verdict.rawValue))", report.verdict.tone.terminalStyle) + "  \(report.slug)"
        headline += "  \(report.passed)/\(report.total) tests passed"
        if report.ran < report.total && report.verdict != .CE { headline += " (stopped after \(report.ran); --all runs every test)" }
        lines.append(headline)
        let origins = ["example", "counterexample", "user", "random", "worst-case"].compactMap { origin in
            report.testsByOrigin[origin].map { "\($0) \(origin == "worst-case" ? "worst case" : origin)" }
        }.joined(separator: ", ")
        lines.append("attempt #\(report.attemptId) · \(report.language) · \(report.mode.rawValue) mode · seed \(report.seed) · tests: \(origins)")
        if report.verdict != .CE {
            lines.append("max CPU \(Render.milliseconds(report.maxCpuMs)) (limit \(report.timeLimitMs) ms) · peak memory \(Render.memory(kilobytes: report.maxMemoryKB)) (limit \(report.memoryLimitMB) MB)")
        }
        if let failure = report.failure {
            var where_ = failure.label
            if let seed = failure.seed, let size = failure.size { where_ += " (seed \(seed), size \(size))" }
            else if let size = failure.size { where_ += " (size \(size))" }
            lines.append("")
            lines.append(terminal.paint("Failed on \(where_): \(failure.verdict.rawValue)", .bold) + (failure.message.map { " — " + $0 } ?? ""))
            lines.append("  input:    " + Render.clip(failure.input))
            if let expected = failure.expected { lines.append("  expected: " + Render.clip(expected)) }
            if let actual = failure.actual, failure.verdict == .WA || !actual.isEmpty {
                lines.append("  actual:   " + (actual.isEmpty ? "(no output)" : Render.clip(actual)))
            }
            if let stderr = failure.stderr {
                let excerpt = stderr.split(separator: "\n").suffix(6).joined(separator: "\n            ")
                lines.append("  stderr:   " + excerpt)
            }
            if let shrink = report.shrink {
                lines.append("")
                lines.append(terminal.paint("Minimal counterexample", .bold)
                             + " (\(shrink.steps) reductions, \(shrink.runs) runs, \(String(format: "%.1f", shrink.seconds)) s\(shrink.timedOut ? ", time bound reached" : ""))")
                lines.append("  input:    " + Render.clip(shrink.minimal.input))
                lines.append("  expected: " + Render.clip(shrink.minimal.expected))
                let note = shrink.minimal.verdict == .WA ? nil : shrink.minimal.message.map { "  (\(shrink.minimal.verdict.rawValue): \($0))" }
                lines.append("  actual:   " + Render.clip(shrink.minimal.actual ?? "(none)") + (note ?? ""))
                if let id = shrink.storedTestId {
                    lines.append(shrink.alreadyStored
                                 ? "Already stored as test #\(id) (counterexample) by an earlier attempt: every attempt runs it first."
                                 : "Stored as test #\(id) (counterexample): every later attempt runs it first.")
                }
            }
            if report.failures.count > 1 {
                lines.append("")
                lines.append(terminal.paint("\(report.failures.count) failing tests", .bold) + " (--json lists them all):")
                for other in report.failures.prefix(Self.failuresShown) {
                    let size = other.size.map { ", size \($0)" } ?? ""
                    lines.append("  \(other.label)\(size): \(other.verdict.rawValue)" + (other.message.map { " — " + Render.clip($0) } ?? ""))
                }
                if report.failures.count > Self.failuresShown {
                    lines.append("  … and \(report.failures.count - Self.failuresShown) more")
                }
            }
            if failure.origin == "random", failure.seed != nil {
                lines.append("Replay these tests with --seed \(report.seed).")
            }
        }
        if let scaling = report.scaling {
            lines.append("")
            lines.append(terminal.paint("Scaling", .bold) + "  " + scaling.summary)
            let rows = scaling.points.map { point in
                [String(point.size), point.solutionSeconds.map { Render.milliseconds($0 * 1000) } ?? "-",
                 String(format: "%.3f ms", point.referenceSeconds * 1000)]
            }
            lines.append(Render.table(["n", "yours (CPU above start-up)", "reference"], rows, rightAligned: [0, 1, 2]))
        }
        if report.verdict == .CE, let message = report.message {
            lines.append("")
            lines.append("Compiler output:")
            lines.append(message.split(separator: "\n", omittingEmptySubsequences: false).prefix(15).map { "  " + $0 }.joined(separator: "\n"))
        } else if report.verdict == .IE, let message = report.message {
            lines.append("This is practice's fault, not yours: \(message). It is not counted in your statistics.")
        }
        return lines.joined(separator: "\n")
    }
}

/// `--mode`: how the solution is run.
enum ModeOption: String, ExpressibleByArgument, CaseIterable {
    case auto, program, function

    var solutionMode: SolutionMode? {
        switch self {
        case .auto: nil
        case .program: .program
        case .function: .function
        }
    }
}
