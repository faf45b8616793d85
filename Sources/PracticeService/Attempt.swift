import Foundation
import PracticeCatalog
import PracticeRunner
import PracticeStorage

/// What `practice attempt` asks for.
public struct AttemptRequest: Sendable {
    public var problem: String
    public var solutionPath: String
    /// A recipe name (`--lang`); with `command`, only the name recorded.
    public var language: String?
    /// A shell command that runs the solution (`--cmd`), instead of a recipe.
    public var command: String?
    public var randomCount: Int
    public var seed: Int64?
    public var jobs: Int
    /// CPU seconds per test; nil = the problem's limit.
    public var timeLimit: Double?
    public var memoryLimitMB: Int?
    public var note: String?
    /// Run every test instead of stopping at the first failure.
    public var runAll: Bool
    /// Shrink a failing random test to a minimal counterexample, within this many seconds (nil: don't).
    public var shrinkTime: Double? = 10
    /// Measure how the solution's time grows with the input size (`--scaling`).
    public var scaling = false
    /// Set from outside (the CLI's SIGINT handler) to stop judging: running children are killed and
    /// `attempt` throws `ServiceError.interrupted` without recording anything.
    public var interruption: CancellationFlag?
    /// Run the build and the solution without network access (`--no-network`, see `NetworkIsolatedRunner`).
    public var noNetwork = false

    public init(problem: String, solutionPath: String, language: String? = nil, command: String? = nil,
                randomCount: Int = 100, seed: Int64? = nil, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                timeLimit: Double? = nil, memoryLimitMB: Int? = nil, note: String? = nil, runAll: Bool = false,
                interruption: CancellationFlag? = nil) {
        self.problem = problem
        self.solutionPath = solutionPath
        self.language = language
        self.command = command
        self.randomCount = randomCount
        self.seed = seed
        self.jobs = jobs
        self.timeLimit = timeLimit
        self.memoryLimitMB = memoryLimitMB
        self.note = note
        self.runAll = runAll
        self.interruption = interruption
    }
}

/// The output cap per test: far above any catalog answer, far below what hurts the tool.
let outputLimitBytes = 16 << 20
/// Limits for compilers: trusted tools, but a runaway build must still end. The output cap is also
/// the file-size limit of what they write, so it must hold the binary they produce.
let compileLimits = RunLimits(cpuTime: 120, wallTime: 180, memoryBytes: nil, outputBytes: 256 << 20)

extension Practice {
    /// Judges a solution file against the problem's examples, stored tests and seeded random tests,
    /// records the attempt with every outcome in one transaction, and returns what to show.
    public func attempt(_ request: AttemptRequest,
                        progress: (@Sendable (JudgeProgress) -> Void)? = nil) throws(ServiceError) -> AttemptReport {
        if request.noNetwork, !(runner is NetworkIsolatedRunner) {
            return try Practice(database: database, runner: NetworkIsolatedRunner(runner), catalog: problems)
                .attempt(request, progress: progress)
        }
        try validate(request)
        let source = try readSolution(request.solutionPath)
        let (language, recipe) = try resolveLanguage(request)
        let (problem, added) = try resolveOrAdd(request.problem)
        let context = try judgeContext(problem)
        let job = JudgeJob(
            problem: problem, problemId: context.problemId, reference: context.reference,
            referenceVersion: ReferenceFingerprint.of(context.reference), source: source,
            fileName: (request.solutionPath as NSString).lastPathComponent, language: language, recipe: recipe,
            command: request.command, seed: request.seed ?? TestPlan.freshSeed(), randomCount: request.randomCount,
            jobs: request.jobs, timeLimit: request.timeLimit ?? Double(problem.timeLimitMs) / 1000,
            memoryLimitMB: request.memoryLimitMB ?? problem.memoryLimitMB, runAll: request.runAll,
            shrinkTime: request.shrinkTime, scaling: request.scaling, interruption: request.interruption)
        let judgement = try judge(job, progress: progress)
        let saved = try record(judgement, of: job, kind: "submit", note: request.note)
        return AttemptReport(judgement: judgement, job: job, saved: saved, addedProblem: added)
    }

    /// The problem's id and its reference solver.
    func judgeContext(_ problem: ProblemRecord) throws(ServiceError) -> (problemId: Int64, reference: any CatalogProblem) {
        guard let problemId = problem.id else { throw .internalFailure("stored problem without id") }
        guard let reference = reference(slug: problem.slug) else {
            throw .internalFailure("problem '\(problem.slug)' has no reference solver in this version of practice")
        }
        return (problemId, reference)
    }

    /// Builds and runs one source against the problem's planned tests; shrinks a failing random
    /// test and stores the minimal counterexample; runs the scaling check when asked.
    func judge(_ job: JudgeJob, progress: (@Sendable (JudgeProgress) -> Void)?) throws(ServiceError) -> Judgement {
        let tests = try planTests(problemId: job.problemId, reference: job.reference, version: job.referenceVersion,
                                  seed: job.seed, randomCount: job.randomCount, jobs: job.jobs)
        let workspace = try Workspace()
        defer { workspace.remove() }
        let build = try prepare(source: job.source, recipe: job.recipe, command: job.command, in: workspace,
                                interruption: job.interruption)
        let commandLine = build.commandLine(recipe: job.recipe, command: job.command)
        guard case .ready(let solution) = build else {
            guard case .compileError(let output) = build else { throw .internalFailure("unreachable build state") }
            return Judgement(tests: tests, results: [], verdict: .CE, failure: nil, message: output, commandLine: commandLine,
                             shrink: nil, scaling: nil)
        }
        let checker = AnswerChecker(problem: job.reference)
        let testRunner = TestRunner(runner: runner, checker: checker, limits: job.limits, jobs: job.jobs,
                                    stopAtFirstFailure: !job.runAll)
        let results = testRunner.run(tests, solution: solution, interruption: job.interruption, progress: progress)
        if job.interruption?.isCancelled == true { throw .interrupted }

        let verdict = Verdict.worst(of: results.map(\.verdict))
        let failure = results.first { $0.verdict == verdict && verdict != .AC }
        var shrink: ShrinkReport? = nil
        if let failure, let bound = job.shrinkTime, bound > 0, failure.test.origin == .random, verdict != .IE {
            let shrinker = Shrinker(reference: job.reference,
                                    testRunner: TestRunner(runner: runner, checker: checker, limits: job.limits, jobs: job.jobs,
                                                           stopAtFirstFailure: false),
                                    solution: solution, timeBound: bound, interruption: job.interruption)
            var report = shrinker.shrink(failure)
            if job.interruption?.isCancelled == true { throw .interrupted }
            report.storedTestId = try storeCounterexample(report.minimal, problemId: job.problemId, reference: job.reference,
                                                          referenceVersion: job.referenceVersion)
            shrink = report
        }
        let scaling = job.scaling
            ? ScalingCheck(reference: job.reference, runner: runner, solution: solution, limits: job.limits, seed: job.seed,
                           interruption: job.interruption).run()
            : nil
        if job.interruption?.isCancelled == true { throw .interrupted }
        let message = verdict == .IE ? failure?.message : failure.map { describe($0) }
        return Judgement(tests: tests, results: results, verdict: verdict, failure: failure, message: message,
                         commandLine: commandLine, shrink: shrink, scaling: scaling)
    }

    /// Writes the attempt and its outcomes in one transaction.
    func record(_ judgement: Judgement, of job: JudgeJob, kind: String, note: String?,
                rejudgeOf: Int64? = nil) throws(ServiceError) -> AttemptRecord {
        let results = judgement.results
        var message = judgement.message
        if let stored = judgement.shrink?.storedTestId {
            message = (message.map { $0 + "; " } ?? "") + "minimal counterexample stored as test #\(stored)"
        }
        let scalingJSON = judgement.scaling.flatMap { try? JSONEncoder().encode($0) }.map { String(decoding: $0, as: UTF8.self) }
        let attempt = AttemptRecord(
            id: nil, problemId: job.problemId, createdAt: Date(), kind: kind, language: job.language,
            fileName: job.fileName, source: job.source, sourceSHA256: SHA256.hex(Array(job.source.utf8)),
            command: judgement.commandLine, verdict: judgement.verdict.rawValue,
            passed: results.filter { $0.verdict == .AC }.count, total: judgement.tests.count,
            maxCpuMs: results.compactMap(\.cpuTime).max().map { $0 * 1000 },
            maxWallMs: results.compactMap(\.wallTime).max().map { $0 * 1000 },
            maxMemoryKB: results.compactMap(\.peakMemoryBytes).max().map { $0 / 1024 },
            seed: job.seed, randomCount: job.randomCount, referenceVersion: job.referenceVersion,
            timeLimitMs: Int((job.timeLimit * 1000).rounded()), memoryLimitMB: job.memoryLimitMB,
            note: note, message: message, rejudgeOf: rejudgeOf, scaling: scalingJSON)
        let outcomes = results.map(outcomeRecord)
        return try storage { () throws(StorageError) in try database.recordAttempt(attempt, outcomes: outcomes) }
    }

    /// Stores a minimal counterexample as a test case of the problem (once per distinct input).
    private func storeCounterexample(_ minimal: ShrinkReport.Case, problemId: Int64, reference: any CatalogProblem,
                                     referenceVersion: String) throws(ServiceError) -> Int64? {
        guard let input = try? TestInput.parse(minimal.input, arity: reference.signature.parameters.count),
              let expected = try? reference.solve(input).json else { return nil }
        let record = TestCaseRecord(id: nil, problemId: problemId, origin: TestOrigin.counterexample.rawValue, input: input.text,
                                    expected: expected, referenceVersion: referenceVersion, seed: nil, size: nil,
                                    createdAt: Date())
        return try storage { () throws(StorageError) in try database.addTestCase(record) }.id
    }

    // MARK: Steps

    private func validate(_ request: AttemptRequest) throws(ServiceError) {
        if request.randomCount < 0 || request.randomCount > 100_000 {
            throw .invalidOption("--random must be between 0 and 100000, got \(request.randomCount)")
        }
        if request.jobs < 1 || request.jobs > 256 {
            throw .invalidOption("--jobs must be between 1 and 256, got \(request.jobs)")
        }
        if let limit = request.timeLimit, !(limit > 0 && limit <= 600) {
            throw .invalidOption("--time-limit must be more than 0 and at most 600 seconds, got \(limit)")
        }
        if let limit = request.memoryLimitMB, !(16...65_536).contains(limit) {
            throw .invalidOption("--memory-limit must be between 16 and 65536 MB, got \(limit)")
        }
        if let seed = request.seed, seed < 0 {
            throw .invalidOption("--seed must be a non-negative integer, got \(seed)")
        }
    }

    /// The solution's text: it must exist, be non-empty UTF-8 text without NUL bytes.
    private func readSolution(_ path: String) throws(ServiceError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadableSolution(path, reason: "no such file")
        }
        if isDirectory.boolValue { throw .unreadableSolution(path, reason: "it is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadableSolution(path, reason: "permission denied or unreadable")
        }
        if data.isEmpty || data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw .emptySolution(path)
        }
        guard !data.contains(0), let text = String(data: data, encoding: .utf8) else { throw .binarySolution(path) }
        return text
    }

    /// The recorded language name and the recipe (nil with `--cmd`).
    private func resolveLanguage(_ request: AttemptRequest) throws(ServiceError) -> (String, LanguageRecipe?) {
        if let command = request.command {
            if command.trimmingCharacters(in: .whitespaces).isEmpty { throw .invalidOption("--cmd must not be empty") }
            return (request.language?.lowercased() ?? "custom", nil)
        }
        let recipe: LanguageRecipe
        if let name = request.language {
            guard let named = LanguageRecipe.named(name) else { throw .unknownLanguageName(name) }
            recipe = named
        } else {
            guard let byExtension = LanguageRecipe.forFile(request.solutionPath) else {
                throw .unknownLanguage(path: request.solutionPath)
            }
            recipe = byExtension
        }
        let tool = recipe.compile?.first ?? recipe.run[0]
        guard ProcessSetup.which(tool) != nil else { throw .toolMissing(tool: tool, language: recipe.name) }
        return (recipe.name, recipe)
    }

    /// Stored counterexamples first (earlier failures), then examples, user tests, and seeded random tests of growing
    /// size; every expected answer from the reference, cached in the database.
    private func planTests(problemId: Int64, reference: any CatalogProblem, version: String, seed: Int64,
                           randomCount: Int, jobs: Int) throws(ServiceError) -> [PlannedTest] {
        let stored = try storage { () throws(StorageError) in try database.testCases(problemId: problemId) }
        let arity = reference.signature.parameters.count
        var refreshed: [(testCaseId: Int64, expected: String, referenceVersion: String)] = []
        var plan: [PlannedTest] = []
        let originOrder: [TestOrigin] = [.counterexample, .example, .user]
        let ordered = stored.sorted { lhs, rhs in
            let left = originOrder.firstIndex { $0.rawValue == lhs.origin } ?? originOrder.count
            let right = originOrder.firstIndex { $0.rawValue == rhs.origin } ?? originOrder.count
            return left != right ? left < right : (lhs.id ?? 0) < (rhs.id ?? 0)
        }
        for test in ordered {
            let expected: Result<String, JudgeFailure>
            if let cached = test.expected, test.referenceVersion == version {
                expected = .success(cached)
            } else {
                expected = Result { () throws(JudgeFailure) in
                    do {
                        return try reference.solve(TestInput.parse(test.input, arity: arity)).json
                    } catch {
                        throw JudgeFailure(message: "the reference solver failed on stored test #\(test.id ?? 0): \(error.localizedDescription)")
                    }
                }
                if case .success(let answer) = expected, let id = test.id {
                    refreshed.append((id, answer, version))
                }
            }
            plan.append(PlannedTest(ordinal: plan.count + 1, origin: TestOrigin(rawValue: test.origin) ?? .user,
                                    testCaseId: test.id, seed: test.seed, size: test.size, input: test.input, expected: expected))
        }
        if !refreshed.isEmpty {
            try storage { () throws(StorageError) in try database.updateExpected(refreshed) }
        }

        let keys = zip(TestPlan.seeds(attemptSeed: seed, count: randomCount),
                       TestPlan.sizes(count: randomCount, maxSize: reference.maxSize))
            .map { RandomTestKey(seed: $0, size: $1) }
        let cached = try storage { () throws(StorageError) in
            try database.cachedExpected(problemId: problemId, referenceVersion: version, keys: keys)
        }
        // Answers missing from the cache: inputs generated and solved on `jobs` threads. Cached ones:
        // inputs generated by the worker that runs each test, while the other workers' tests run.
        let missing = keys.filter { cached[$0] == nil }
        let solved = parallelMap(missing, threads: jobs) { key -> (text: String, expected: Result<String, JudgeFailure>) in
            let input = reference.generate(seed: UInt64(bitPattern: key.seed), size: key.size)
            do {
                return (input.text, .success(try reference.solve(input).json))
            } catch {
                return (input.text, .failure(JudgeFailure(message: "the reference solver failed on random test (seed \(key.seed), size \(key.size)): \(error.localizedDescription)")))
            }
        }
        let solvedByKey = Dictionary(zip(missing, solved), uniquingKeysWith: { first, _ in first })
        var computed: [RandomTestKey: String] = [:]
        for key in keys {
            if let answer = cached[key] {
                plan.append(PlannedTest(ordinal: plan.count + 1, origin: .random, testCaseId: nil, seed: key.seed,
                                        size: key.size, expected: .success(answer)) {
                    reference.generate(seed: UInt64(bitPattern: key.seed), size: key.size).text
                })
            } else if let test = solvedByKey[key] {
                if case .success(let answer) = test.expected { computed[key] = answer }
                plan.append(PlannedTest(ordinal: plan.count + 1, origin: .random, testCaseId: nil, seed: key.seed,
                                        size: key.size, input: test.text, expected: test.expected))
            }
        }
        if !computed.isEmpty {
            try storage { () throws(StorageError) in
                try database.cacheExpected(problemId: problemId, referenceVersion: version, computed)
            }
        }
        return plan
    }

    /// Copies the source into the workspace and builds it when its language compiles.
    private func prepare(source: String, recipe: LanguageRecipe?, command: String?,
                         in workspace: Workspace, interruption: CancellationFlag?) throws(ServiceError) -> Build {
        guard let recipe else {
            return .ready(PreparedSolution(arguments: commandArguments(command ?? ""),
                                           workingDirectory: FileManager.default.currentDirectoryPath))
        }
        let sourcePath = workspace.path + "/" + recipe.sourceFileName
        let executablePath = workspace.path + "/solution"
        do {
            try Data(source.utf8).write(to: URL(fileURLWithPath: sourcePath))
        } catch {
            throw .internalFailure("cannot write the solution into \(workspace.path): \(error.localizedDescription)")
        }
        if let compile = recipe.compile {
            let request = RunRequest(arguments: recipe.expand(compile, source: sourcePath, executable: executablePath),
                                     workingDirectory: workspace.path, limits: compileLimits)
            let result: RunResult
            do {
                result = try runner.run(request, cancellation: interruption)
            } catch {
                if case .executableNotFound = error { throw .toolMissing(tool: compile[0], language: recipe.name) }
                throw .runner(error)
            }
            if result.limitExceeded == .cancelled { throw .interrupted }
            if result.limitExceeded != nil || result.termination != .exited(0) {
                let output = String(decoding: result.stderr + result.stdout, as: UTF8.self)
                let lines = output.split(separator: "\n", omittingEmptySubsequences: false).prefix(30).joined(separator: "\n")
                let reason = result.limitExceeded.map { "the compiler was stopped: \($0.rawValue) limit\n" } ?? ""
                return .compileError(reason + lines.trimmingCharacters(in: .whitespacesAndNewlines))
            }
        }
        var arguments = recipe.expand(recipe.run, source: sourcePath, executable: executablePath)
        if let interpreter = realInterpreter(recipe) { arguments[0] = interpreter }
        return .ready(PreparedSolution(arguments: arguments, workingDirectory: workspace.path))
    }

    /// The interpreter's real executable when the recipe can ask for it, else nil (keep the command).
    private func realInterpreter(_ recipe: LanguageRecipe) -> String? {
        guard let query = recipe.realInterpreter,
              let result = try? runner.run(RunRequest(arguments: query, limits: compileLimits), cancellation: nil),
              result.termination == .exited(0) else { return nil }
        let path = String(decoding: result.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return path.hasPrefix("/") && FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    private func outcomeRecord(_ result: TestResult) -> OutcomeRecord {
        let failed = result.verdict != .AC
        return OutcomeRecord(
            id: nil, attemptId: nil, testCaseId: result.test.testCaseId, ordinal: result.test.ordinal,
            origin: result.test.origin.rawValue, seed: result.test.seed, size: result.test.size,
            verdict: result.verdict.rawValue, cpuMs: result.cpuTime.map { $0 * 1000 }, wallMs: result.wallTime.map { $0 * 1000 },
            memoryKB: result.peakMemoryBytes.map { $0 / 1024 }, exitCode: result.exitCode.map(Int.init),
            signal: result.signal.map(Int.init),
            input: failed ? excerpt(result.test.input) : nil,
            expected: failed ? (try? result.test.expected.get()).map { excerpt($0) } : nil,
            actual: failed ? result.actual.map { excerpt($0) } : nil,
            stderr: failed ? result.stderr.flatMap { $0.isEmpty ? nil : excerpt($0) } : nil,
            message: result.message)
    }

    private func describe(_ result: TestResult) -> String {
        "test \(result.test.ordinal) (\(result.test.origin.rawValue)): \(result.verdict.rawValue)" + (result.message.map { ": " + $0 } ?? "")
    }
}

/// `transform` of every item, in order, computed on up to `threads` threads (items interleaved, so
/// that growing sizes spread evenly).
func parallelMap<Item: Sendable, Output: Sendable>(_ items: [Item], threads: Int,
                                                   _ transform: @Sendable (Item) -> Output) -> [Output] {
    let workers = max(1, min(threads, ProcessInfo.processInfo.activeProcessorCount, items.count))
    guard workers > 1 else { return items.map(transform) }
    let slots = Slots<Output>(count: items.count)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
        for index in stride(from: worker, to: items.count, by: workers) { slots.set(index, transform(items[index])) }
    }
    return slots.values()
}

/// Results written by index from several threads, each index by one thread only (raw memory: an
/// array property would be one variable under Swift's exclusive-access rule).
private final class Slots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    func set(_ index: Int, _ value: Value) { storage[index] = value }

    /// Every slot, once all are set.
    func values() -> [Value] { storage.map { $0! } }
}

/// The arguments that run `--cmd COMMAND`: its words themselves when the shell would do nothing
/// but split them (plain words: no operators, quotes, escapes, globs, variables, assignments or
/// comments) and the program exists and is not a shell builtin, so no shell is started for every
/// test; otherwise `shellArguments(command)`. A missing program keeps the shell, which reports it.
func commandArguments(_ command: String) -> [String] {
    let words = command.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    let special = CharacterSet(charactersIn: ";&|<>()`$\n'\"\\*?[]~#!{}")
    guard let program = words.first, words.allSatisfy({ $0.rangeOfCharacter(from: special) == nil }),
          !program.contains("="), !shellBuiltins.contains(program), ProcessSetup.which(program) != nil
    else { return shellArguments(command) }
    return words
}

/// Words `/bin/sh` runs itself instead of a program of that name (POSIX special and regular
/// builtins, and dash's `echo`, `printf`, `test` and `local`, whose behaviour differs from the programs').
private let shellBuiltins: Set = [".", ":", "alias", "bg", "break", "cd", "command", "continue", "echo", "eval", "exec",
                                  "exit", "export", "false", "fc", "fg", "getopts", "hash", "jobs", "kill", "local",
                                  "newgrp", "printf", "pwd", "read", "readonly", "return", "set", "shift", "test",
                                  "times", "trap", "true", "type", "ulimit", "umask", "unalias", "unset", "wait"]

/// `/bin/sh -c COMMAND`. A simple command (no operators, redirections or substitutions) is
/// `exec`ed, so the solution itself is the judged child: its signals, memory and CPU time are
/// measured directly instead of through the shell's exit status.
func shellArguments(_ command: String) -> [String] {
    let operators = CharacterSet(charactersIn: ";&|<>()`$\n")
    let simple = command.rangeOfCharacter(from: operators) == nil
    return ["/bin/sh", "-c", simple ? "exec " + command : command]
}

/// The solution after the build step.
enum Build {
    case ready(PreparedSolution)
    case compileError(String)

    var isCompileError: Bool { if case .compileError = self { true } else { false } }

    /// The command recorded with the attempt: the compile and run steps as a user would type them.
    func commandLine(recipe: LanguageRecipe?, command: String?) -> String {
        guard let recipe else { return command ?? "" }
        let run = recipe.expand(recipe.run, source: recipe.sourceFileName, executable: "./solution").joined(separator: " ")
        guard let compile = recipe.compile else { return run }
        return recipe.expand(compile, source: recipe.sourceFileName, executable: "solution").joined(separator: " ") + " && " + run
    }
}

/// A private temporary directory for one attempt, removed afterwards.
struct Workspace {
    let path: String

    init() throws(ServiceError) {
        let base = FileManager.default.temporaryDirectory.path
        let path = base + "/practice-" + UUID().uuidString.lowercased()
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw .internalFailure("cannot create a work directory in \(base): \(error.localizedDescription)")
        }
        self.path = path
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
