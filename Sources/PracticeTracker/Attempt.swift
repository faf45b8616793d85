import Foundation
import PracticeModel
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
    /// Program or function mode (`--mode`); nil detects it from the source (`ModeDetection`).
    public var mode: SolutionMode? = nil

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

extension Practice {
    /// Judges a solution file against the problem's examples, stored tests and seeded random tests,
    /// records the attempt with every outcome in one transaction, and returns what to show.
    public func attempt(_ request: AttemptRequest,
                        progress: (@Sendable (JudgeProgress) -> Void)? = nil) throws(ServiceError) -> AttemptReport {
        if request.noNetwork, !(runner is NetworkIsolatedRunner) {
            return try Practice(database: database, runner: NetworkIsolatedRunner(runner), catalog: problems,
                                cacheDirectory: cacheDirectory)
                .attempt(request, progress: progress)
        }
        try validate(request)
        let source = try readSolution(request.solutionPath)
        let (language, recipe) = try resolveLanguage(request)
        let (problem, added) = try resolveOrAdd(request.problem)
        let context = try judgeContext(problem, interruption: request.interruption)
        let mode = try resolveMode(request, source: source, language: language, recipe: recipe,
                                   signature: context.reference.catalogProblem?.signature)
        let job = JudgeJob(
            problem: problem, problemId: context.problemId, reference: context.reference, source: source,
            fileName: (request.solutionPath as NSString).lastPathComponent, language: language, recipe: recipe,
            command: request.command, seed: request.seed ?? TestPlanner.freshSeed(),
            randomCount: context.reference.maxSize == nil ? 0 : request.randomCount,
            jobs: request.jobs, timeLimit: request.timeLimit ?? Double(problem.timeLimitMs) / 1000,
            memoryLimitMB: request.memoryLimitMB ?? problem.memoryLimitMB, runAll: request.runAll,
            shrinkTime: request.shrinkTime, scaling: request.scaling, interruption: request.interruption, mode: mode)
        let judgement = try judge(job, progress: progress)
        let saved = try record(judgement, of: job, kind: .submit, note: request.note)
        return AttemptReport(judgement: judgement, job: job, saved: saved, addedProblem: added)
    }

    /// The problem's id and its oracle: the catalog's reference solver, or a user problem's programs
    /// built in a private directory that lives as long as the oracle.
    func judgeContext(_ problem: ProblemRecord, interruption: CancellationFlag? = nil)
        throws(ServiceError) -> (problemId: Int64, reference: any Oracle) {
        guard let problemId = problem.id else { throw .internalFailure("stored problem without id") }
        if problem.origin == .user {
            return (problemId, try userOracle(problem, interruption: interruption))
        }
        guard let reference = reference(slug: problem.slug) else {
            throw .internalFailure("problem '\(problem.slug)' has no reference solver in this version of practice")
        }
        return (problemId, CatalogOracle(reference))
    }

    /// Builds and runs one source against the problem's planned tests; shrinks a failing random
    /// test and stores the minimal counterexample; runs the scaling check when asked.
    func judge(_ job: JudgeJob, progress: (@Sendable (JudgeProgress) -> Void)?) throws(ServiceError) -> Judgement {
        let answerCache = StoredAnswerCache(database: database, problemId: job.problemId, referenceVersion: job.referenceVersion)
        let tests = try planTests(problemId: job.problemId, reference: job.reference, seed: job.seed,
                                  randomCount: job.randomCount, jobs: job.jobs, cache: answerCache)
        defer { answerCache.flush() }
        let driver: FunctionDriver?
        if job.mode == .function, let recipe = job.recipe {
            guard let signature = job.reference.catalogProblem?.signature else { throw .functionModeWithoutSignature(job.problem.slug) }
            driver = try language { () throws(LanguageError) in
                try FunctionDriver.make(language: recipe.name, signature: signature, solutionSource: job.source,
                                        solutionFileName: recipe.sourceFileName, toolchain: recipe)
            }
        } else {
            driver = nil
        }
        let workspace = try judging { () throws(JudgeError) in try Workspace() }
        defer { workspace.remove() }
        let build = try judging { () throws(JudgeError) in
            try builder.prepare(source: job.source, recipe: job.recipe, command: job.command, driver: driver, in: workspace,
                                interruption: job.interruption)
        }
        let commandLine = build.commandLine(recipe: job.recipe, command: job.command, driver: driver)
        guard case .ready(let solution) = build else {
            guard case .compileError(let output) = build else { throw .internalFailure("unreachable build state") }
            return Judgement(tests: tests, results: [], verdict: .CE, failure: nil, message: output, commandLine: commandLine,
                             shrink: nil, scaling: nil)
        }
        let checker = job.reference
        let testRunner = TestRunner(runner: runner, checker: checker, limits: job.limits, jobs: job.jobs,
                                    stopAtFirstFailure: !job.runAll)
        let results = testRunner.run(tests, solution: solution, interruption: job.interruption, progress: progress)
        if job.interruption?.isCancelled == true { throw .interrupted }
        if results.count < tests.count && !results.contains(where: { $0.verdict != .AC }) {
            // Every test that ran passed, yet some never ran: the judge lost them. Never an AC.
            throw .internalFailure("only \(results.count) of \(tests.count) tests were judged")
        }
        let verdict = Verdict.worst(of: results.map(\.verdict))
        // The failure shown: the first test with the attempt's verdict, in plan order. Stopping at the first failure,
        // that is the first failing test (the same for a seed whatever --jobs is); with --all, the first of the worst.
        let failure = results.first { $0.verdict == verdict && verdict != .AC }
        var shrink: ShrinkReport? = nil
        // Wrong answers and crashes on seeded random tests are shrunk. A smaller input that is still too slow, too big
        // or too loud proves little (and costs a time limit per try), so TLE, MLE and OLE report the failing input's
        // label and size instead; a worst case has no seed for smaller generator inputs, and what fails only at the
        // maximum size (an overflow) would spend the whole bound finding no smaller input.
        if let failure, let bound = job.shrinkTime, bound > 0, failure.test.origin == .random, failure.test.seed != nil,
           failure.verdict == .WA || failure.verdict == .RE {
            let shrinker = Shrinker(reference: job.reference,
                                    testRunner: TestRunner(runner: runner, checker: checker, limits: job.limits, jobs: job.jobs,
                                                           stopAtFirstFailure: false),
                                    solution: solution, timeBound: bound, interruption: job.interruption)
            var report = shrinker.shrink(failure)
            if job.interruption?.isCancelled == true { throw .interrupted }
            if let stored = try storeCounterexample(report.minimalInput, problemId: job.problemId, reference: job.reference) {
                report.storedTestId = stored.id
                report.alreadyStored = !stored.isNew
            }
            shrink = report
        }
        let scaling = job.scaling
            ? ScalingCheck(reference: job.reference, runner: runner, solution: solution, limits: job.limits, seed: job.seed,
                           interruption: job.interruption).run()
            : nil
        if job.interruption?.isCancelled == true { throw .interrupted }
        let message = verdict == .IE ? failure?.message : failure.map { describe($0) + InputFormatHint.note(for: $0, in: job) }
        return Judgement(tests: tests, results: results, verdict: verdict, failure: failure, message: message,
                         commandLine: commandLine, shrink: shrink, scaling: scaling)
    }

    /// Writes the attempt and its outcomes in one transaction.
    func record(_ judgement: Judgement, of job: JudgeJob, kind: AttemptKind, note: String?,
                rejudgeOf: Int64? = nil) throws(ServiceError) -> AttemptRecord {
        let results = judgement.results
        var message = judgement.message
        if let stored = judgement.shrink?.storedTestId {
            let already = judgement.shrink?.alreadyStored == true
            message = (message.map { $0 + "; " } ?? "") + "minimal counterexample \(already ? "already stored" : "stored") as test #\(stored)"
        }
        let scalingJSON = judgement.scaling.flatMap { try? JSONEncoder().encode($0) }.map { String(decoding: $0, as: UTF8.self) }
        let attempt = AttemptRecord(
            id: nil, problemId: job.problemId, createdAt: Date(), kind: kind, language: job.language,
            fileName: job.fileName, source: job.source, sourceSHA256: SHA256.hex(Array(job.source.utf8)),
            command: judgement.commandLine, verdict: judgement.verdict,
            passed: results.filter { $0.verdict == .AC }.count, total: judgement.tests.count,
            maxCpuMs: results.compactMap(\.cpuTime).max().map { $0 * 1000 },
            maxWallMs: results.compactMap(\.wallTime).max().map { $0 * 1000 },
            maxMemoryKB: results.compactMap(\.peakMemoryBytes).max().map { $0 / 1024 },
            seed: job.seed, randomCount: job.randomCount, referenceVersion: job.referenceVersion,
            timeLimitMs: Int((job.timeLimit * 1000).rounded()), memoryLimitMB: job.memoryLimitMB,
            note: note, message: message, rejudgeOf: rejudgeOf, scaling: scalingJSON, mode: job.mode)
        let outcomes = results.map(outcomeRecord)
        return try storage { () throws(StorageError) in try database.recordAttempt(attempt, outcomes: outcomes) }
    }

    /// Stores a minimal counterexample as a test case of the problem, once per distinct input: the
    /// stored test's id, and whether this call stored it.
    private func storeCounterexample(_ input: String, problemId: Int64,
                                     reference: any Oracle) throws(ServiceError) -> (id: Int64, isNew: Bool)? {
        guard let expected = try? reference.solve(input) else { return nil }
        let before = try storage { () throws(StorageError) in try database.testCases(problemId: problemId) }
        if let known = before.first(where: { $0.input == input }), let id = known.id { return (id, false) }
        let record = TestCaseRecord(id: nil, problemId: problemId, origin: .counterexample, input: input,
                                    expected: expected, referenceVersion: reference.version, seed: nil, size: nil,
                                    createdAt: Date())
        guard let id = try storage({ () throws(StorageError) in try database.addTestCase(record) }).id else { return nil }
        return (id, true)
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
        switch TextFile.read(path) {
        case .success(let text):
            if text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { throw .emptySolution(path) }
            return text
        case .failure(.missing): throw .unreadableSolution(path, reason: "no such file")
        case .failure(.directory): throw .unreadableSolution(path, reason: "it is a directory")
        case .failure(.unreadable): throw .unreadableSolution(path, reason: "permission denied or unreadable")
        case .failure(.notText): throw .binarySolution(path)
        }
    }

    /// The recorded language name and the recipe (nil with `--cmd`).
    private func resolveLanguage(_ request: AttemptRequest) throws(ServiceError) -> (String, LanguageRecipe?) {
        if let command = request.command {
            if command.trimmingCharacters(in: .whitespaces).isEmpty { throw .invalidOption("--cmd must not be empty") }
            return (request.language?.lowercased() ?? "custom", nil)
        }
        let recipe: LanguageRecipe
        if let name = request.language {
            guard let named = Self.installedRecipe(named: name) else { throw .language(.unknownLanguageName(name)) }
            recipe = named
        } else {
            guard let byExtension = Self.installedRecipe(forFile: request.solutionPath) else {
                throw .language(.unknownLanguage(path: request.solutionPath))
            }
            recipe = byExtension
        }
        // A recipe with a tool finder (Go) is checked by the judge, which looks beyond PATH and at the version.
        guard recipe.toolFinder != nil || ProcessSetup.which(recipe.tool) != nil else {
            throw .language(.toolMissing(tool: recipe.tool, language: recipe.name, package: recipe.package))
        }
        return (recipe.name, recipe)
    }

    /// The tests to run: `TestPlanner`'s plan of the problem's stored tests (read here) and seeded random tests, made
    /// with the reference's answers cached in the database; stored tests answered again are written back.
    private func planTests(problemId: Int64, reference: any Oracle, seed: Int64, randomCount: Int,
                           jobs: Int, cache: any AnswerCache) throws(ServiceError) -> [PlannedTest] {
        let stored = try storage { () throws(StorageError) in try database.testCases(problemId: problemId) }
        let plan = TestPlanner.plan(
            stored: stored.map { StoredTest(id: $0.id, origin: $0.origin, input: $0.input, expected: $0.expected,
                                            referenceVersion: $0.referenceVersion, seed: $0.seed, size: $0.size) },
            referenceVersion: reference.version, seed: seed, randomCount: randomCount, maxSize: reference.maxSize,
            worstCases: reference.worstCases)
        let (tests, refreshed) = plan.tests(oracle: reference, cache: cache, jobs: jobs)
        if !refreshed.isEmpty {
            try storage { () throws(StorageError) in
                try database.updateExpected(refreshed.map { ($0.testCaseId, $0.expected, $0.referenceVersion) })
            }
        }
        return tests
    }

    /// The mode to judge in: the user's choice, else the one the source looks written for. Function
    /// mode needs a language with a driver and the signature's function in the source.
    private func resolveMode(_ request: AttemptRequest, source: String, language: String, recipe: LanguageRecipe?,
                             signature: Signature?) throws(ServiceError) -> SolutionMode {
        guard let signature else {
            // A user problem: its solutions are programs (there is no signature to call).
            if request.mode == .function { throw .functionModeWithoutSignature(request.problem) }
            return .program
        }
        guard recipe != nil else {
            if request.mode == .function {
                throw .invalidOption("--mode function cannot be used with --cmd: the driver loads the source file itself (pass --lang instead)")
            }
            return .program
        }
        let path = request.solutionPath
        let display = "\(signature.functionName)(\(signature.parameters.map { "\($0.name): \($0.type)" }.joined(separator: ", "))) -> \(signature.returnType)"
        let found = ModeDetection.findings(source, language: language, signature: signature)
        switch request.mode {
        case .program?:
            return .program
        case .function?:
            guard ModeDetection.languages.contains(language) else { throw .language(.noFunctionDriver(language: language)) }
            guard (found.definesSolutionClass || found.definesFunction) && found.mentionsFunction else {
                throw .language(.functionNotFound(path: path, signature: display, language: language))
            }
            return .function
        case nil:
            let mode = ModeDetection.mode(of: source, language: language, signature: signature)
            if mode == .function && !found.mentionsFunction {
                throw .language(.functionNotFound(path: path, signature: display, language: language))
            }
            return mode
        }
    }

    private func outcomeRecord(_ result: TestResult) -> OutcomeRecord {
        let failed = result.verdict != .AC
        // A failing generated test's input and answer are made once for its record (not once per field).
        let (input, expected) = failed ? result.test.materialize() : ("", .failure(JudgeFailure(message: "")))
        return OutcomeRecord(
            id: nil, attemptId: nil, testCaseId: result.test.testCaseId, ordinal: result.test.ordinal,
            origin: result.test.origin, seed: result.test.seed, size: result.test.size,
            verdict: result.verdict, cpuMs: result.cpuTime.map { $0 * 1000 }, wallMs: result.wallTime.map { $0 * 1000 },
            memoryKB: result.peakMemoryBytes.map { $0 / 1024 }, exitCode: result.exitCode.map(Int.init),
            signal: result.signal.map(Int.init),
            input: failed ? excerpt(input) : nil,
            expected: failed ? (try? expected.get()).map { excerpt($0) } : nil,
            actual: failed ? result.actual.map { excerpt($0) } : nil,
            stderr: failed ? result.stderr.flatMap { $0.isEmpty ? nil : excerpt($0) } : nil,
            message: result.message)
    }

    private func describe(_ result: TestResult) -> String {
        "\(result.test.label): \(result.verdict.rawValue)" + (result.message.map { ": " + $0 } ?? "")
    }
}
