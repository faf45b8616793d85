import Foundation
import PracticeCatalog
import PracticeRunner
import PracticeStorage

/// A program file a user problem brings (reference, generator or checker).
public struct ProgramFile: Sendable {
    /// Where it came from, for messages.
    public let path: String
    public let source: String
    /// The language recipe's name.
    public let language: String

    public var fileName: String { (path as NSString).lastPathComponent }

    public init(path: String, source: String, language: String) {
        self.path = path
        self.source = source
        self.language = language
    }
}

/// How a user problem's outputs are checked, as given by the user.
public enum CheckerChoice: Sendable {
    case builtin(Checker)
    /// `checker INPUT ACTUAL EXPECTED`, exit 0 = accepted (testlib style).
    case testlib(ProgramFile)
    /// An ICPC output validator: `validator INPUT ANSWER FEEDBACK_DIR [FLAGS] < OUTPUT`, exit 42 = accepted.
    case icpc(ProgramFile, flags: [String])
}

/// One stored test of a user problem as given: its input, and the expected answer when the user has one.
public struct SpecTest: Sendable {
    public let path: String
    public let origin: TestOrigin
    public let input: String
    public let answer: String?
    public let answerPath: String?

    public init(path: String, origin: TestOrigin, input: String, answer: String? = nil, answerPath: String? = nil) {
        self.path = path
        self.origin = origin
        self.input = input
        self.answer = answer
        self.answerPath = answerPath
    }
}

/// Everything needed to create a user problem (`practice add SLUG --reference FILE`, or a problem package).
public struct UserProblemSpec: Sendable {
    public var slug: String
    public var title: String
    public var statement: String
    public var difficulty: Difficulty
    public var tags: [String]
    public var sourceURL: String?
    /// CPU seconds per test; nil: the reference's slowest test times `timeMultiplier`, at least 1 s.
    public var timeLimit: Double?
    public var timeMultiplier: Double
    public var memoryLimitMB: Int
    public var reference: ProgramFile
    public var generator: ProgramFile?
    /// The largest size given to the generator.
    public var maxSize: Int
    public var checker: CheckerChoice
    public var tests: [SpecTest]

    public init(slug: String, title: String, statement: String = "", difficulty: Difficulty = .medium, tags: [String] = [],
                sourceURL: String? = nil, timeLimit: Double? = nil, timeMultiplier: Double = 5, memoryLimitMB: Int = 256,
                reference: ProgramFile, generator: ProgramFile? = nil, maxSize: Int = 100, checker: CheckerChoice = .builtin(.tokens),
                tests: [SpecTest] = []) {
        self.slug = slug
        self.title = title
        self.statement = statement
        self.difficulty = difficulty
        self.tags = tags
        self.sourceURL = sourceURL
        self.timeLimit = timeLimit
        self.timeMultiplier = timeMultiplier
        self.memoryLimitMB = memoryLimitMB
        self.reference = reference
        self.generator = generator
        self.maxSize = maxSize
        self.checker = checker
        self.tests = tests
    }
}

/// A defect of a user problem or package, located by the file it is in.
public struct ProblemDefect: Sendable, Encodable, Equatable {
    public let path: String
    public let message: String

    public init(path: String, _ message: String) {
        self.path = path
        self.message = message
    }
}

/// What `add` found while checking a new user problem.
public struct UserProblemReport: Sendable, Encodable {
    public let slug: String
    public let title: String
    public let tests: Int
    public let hasGenerator: Bool
    public let checker: String
    public let timeLimit: Double
    /// The reference's slowest CPU time over the stored tests, in seconds.
    public let referenceSeconds: Double
}

/// The default and the range of user problem settings.
enum UserProblemRules {
    /// Lowercase letters, digits and '-', starting with a letter or digit, at most 64 characters.
    static func isValidSlug(_ slug: String) -> Bool {
        guard let first = slug.first, first != "-", slug.count <= 64 else { return false }
        return slug.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
    static let defaultTimeLimit = 2.0
    /// Generous limits for the trusted programs while a problem is checked: the time limit is not known yet.
    static let checkingLimits = RunLimits(cpuTime: 30, wallTime: 60, memoryBytes: 2 << 30, outputBytes: outputLimitBytes)

    /// A reference's limits when judging: it must never be the reason a test fails, so it gets room.
    static func referenceLimits(timeLimit: Double, memoryLimitMB: Int) -> RunLimits {
        let cpu = max(10, timeLimit * 5)
        return RunLimits(cpuTime: cpu, wallTime: cpu * 2 + 1, memoryBytes: max(memoryLimitMB, 1024) << 20,
                         outputBytes: outputLimitBytes)
    }
}

extension Practice {
    /// Creates a user problem: builds its programs, runs the reference on every given test (checking it
    /// against given answers with the problem's checker), checks that the generator is deterministic, and
    /// stores the problem, its programs and its tests in one transaction. Every defect found is reported
    /// at once (`ServiceError.invalidProblem`); nothing is stored then.
    /// `defects` are those already found while reading the files: checking goes on to find the others.
    public func addUserProblem(_ spec: UserProblemSpec, origin: String = "the command line", defects found: [ProblemDefect] = [],
                               interruption: CancellationFlag? = nil) throws(ServiceError) -> UserProblemReport {
        try validateSettings(spec)
        if (try? resolveCatalog(spec.slug))?.slug == spec.slug {
            throw .invalidOption("'\(spec.slug)' is a catalog problem: choose another slug for your own problem")
        }
        if try storage({ () throws(StorageError) in try database.problem(slug: spec.slug) }) != nil {
            throw .invalidOption("a problem named '\(spec.slug)' is already in your set: choose another slug")
        }
        var defects = found
        if spec.tests.isEmpty && spec.generator == nil && found.isEmpty {
            defects.append(ProblemDefect(path: origin, "no tests and no generator: give test files or a generator"))
        }
        let checkerName = Self.checkerName(spec.checker)
        let version = Self.userVersion(spec, checkerName: checkerName)
        let workspace = try judging { () throws(JudgeError) in try Workspace() }
        let built = try buildPrograms(reference: spec.reference, generator: spec.generator, checker: spec.checker,
                                      in: workspace, interruption: interruption, defects: &defects)
        guard let built else { throw .invalidProblem(origin, defects: defects) }
        let oracle = UserOracle(version: version, maxSize: spec.generator == nil ? nil : spec.maxSize, runner: runner,
                                reference: built.reference, referenceName: spec.reference.path, generator: built.generator,
                                checker: built.checker, referenceLimits: UserProblemRules.checkingLimits, workspace: workspace,
                                interruption: interruption)

        // The reference on every stored test, timed.
        let timed = WorkerPool.map(spec.tests.count, jobs: ProcessInfo.processInfo.activeProcessorCount) { index in
            Result { () throws(JudgeFailure) in try oracle.timedSolve(spec.tests[index].input) }
        }
        if interruption?.isCancelled == true { throw .interrupted }
        var expected: [String] = []
        var slowest = 0.0
        for (test, run) in zip(spec.tests, timed) {
            switch run {
            case .failure(let failure):
                defects.append(ProblemDefect(path: test.path, failure.message))
                expected.append("")
            case .success(let (output, seconds)):
                slowest = max(slowest, seconds)
                if let answer = test.answer {
                    switch oracle.check(input: test.input, expected: answer, actual: output) {
                    case .accepted:
                        break
                    case .wrongAnswer(let reason):
                        defects.append(ProblemDefect(path: test.answerPath ?? test.path,
                                                     "the reference \(spec.reference.path) disagrees with this answer: \(reason)"))
                    case .judgeError(let reason):
                        defects.append(ProblemDefect(path: test.answerPath ?? test.path, "the checker failed: \(reason)"))
                    }
                }
                expected.append(test.answer ?? output)
            }
        }
        // The generator: it must work at the smallest and largest size, give the same input for the same
        // seed and size, and the reference must answer what it makes.
        if let generator = spec.generator {
            for (seed, size) in [(UInt64(1), 1), (UInt64(2), spec.maxSize)] {
                do throws(JudgeFailure) {
                    let first = try oracle.generate(seed: seed, size: size)
                    let second = try oracle.generate(seed: seed, size: size)
                    if first != second {
                        defects.append(ProblemDefect(path: generator.path,
                                                     "not deterministic: seed \(seed) size \(size) gave two different inputs; seed its random generator with the first argument"))
                    } else if first.allSatisfy(\.isWhitespace) {
                        defects.append(ProblemDefect(path: generator.path, "printed nothing for seed \(seed) size \(size)"))
                    } else {
                        do throws(JudgeFailure) {
                            _ = try oracle.solve(first)
                        } catch {
                            defects.append(ProblemDefect(path: spec.reference.path,
                                                         "on the generator's input for seed \(seed) size \(size): \(error.message)"))
                        }
                    }
                } catch {
                    defects.append(ProblemDefect(path: generator.path, "\(error.message) (arguments: \(seed) \(size))"))
                }
            }
        }
        if interruption?.isCancelled == true { throw .interrupted }
        guard defects.isEmpty else { throw .invalidProblem(origin, defects: defects) }

        let timeLimit = spec.timeLimit ?? max(1, (slowest * spec.timeMultiplier * 10).rounded(.up) / 10)
        let now = Date()
        let record = ProblemRecord(
            slug: spec.slug, number: nil, title: spec.title, difficulty: spec.difficulty, statement: spec.statement,
            sourceURL: spec.sourceURL, origin: .user, timeLimitMs: Int((timeLimit * 1000).rounded()),
            memoryLimitMB: spec.memoryLimitMB, checker: checkerName, referenceVersion: version, addedAt: now,
            maxSize: spec.generator == nil ? nil : spec.maxSize)
        let tests = zip(spec.tests, expected).map { test, answer in
            TestCaseRecord(problemId: 0, origin: test.origin, input: test.input, expected: answer,
                           referenceVersion: version, createdAt: now)
        }
        var programs = [ProblemProgramRecord(role: "reference", language: spec.reference.language,
                                             fileName: spec.reference.fileName, source: spec.reference.source)]
        if let generator = spec.generator {
            programs.append(ProblemProgramRecord(role: "generator", language: generator.language, fileName: generator.fileName,
                                                 source: generator.source))
        }
        switch spec.checker {
        case .builtin: break
        case .testlib(let program), .icpc(let program, _):
            programs.append(ProblemProgramRecord(role: "checker", language: program.language, fileName: program.fileName,
                                                 source: program.source))
        }
        do {
            _ = try database.addProblem(record, tags: spec.tags.map { $0.lowercased() }, testCases: Self.unique(tests),
                                        programs: programs)
        } catch {
            if case .problemExists = error {
                throw .invalidOption("a problem named '\(spec.slug)' is already in your set: choose another slug")
            }
            throw .storage(error)
        }
        return UserProblemReport(slug: spec.slug, title: spec.title, tests: spec.tests.count, hasGenerator: spec.generator != nil,
                                 checker: checkerName, timeLimit: timeLimit, referenceSeconds: slowest)
    }

    /// The oracle of a stored user problem: its programs rebuilt in a private directory.
    func userOracle(_ problem: ProblemRecord, interruption: CancellationFlag?) throws(ServiceError) -> UserOracle {
        guard let id = problem.id else { throw .internalFailure("stored problem without id") }
        let programs = try storage { () throws(StorageError) in try database.programs(problemId: id) }
        func program(_ role: String) throws(ServiceError) -> ProgramFile? {
            guard let record = programs.first(where: { $0.role == role }) else { return nil }
            return ProgramFile(path: "the stored \(role) \(record.fileName)", source: record.source, language: record.language)
        }
        guard let reference = try program("reference") else {
            throw .internalFailure("user problem '\(problem.slug)' has no stored reference solution")
        }
        let checker: CheckerChoice
        let isICPC = problem.checker == UserChecker.icpcName || problem.checker.hasPrefix(UserChecker.icpcName + ":")
        if problem.checker == UserChecker.testlibName || isICPC {
            guard let file = try program("checker") else {
                throw .internalFailure("user problem '\(problem.slug)' has no stored checker program")
            }
            let flags = problem.checker.split(separator: ":", maxSplits: 1).dropFirst().first
                .map { $0.split(whereSeparator: \.isWhitespace).map(String.init) } ?? []
            checker = isICPC ? .icpc(file, flags: flags) : .testlib(file)
        } else {
            guard let builtin = Checker(name: problem.checker) else {
                throw .internalFailure("user problem '\(problem.slug)' has an unknown checker '\(problem.checker)'")
            }
            checker = .builtin(builtin)
        }
        let workspace = try judging { () throws(JudgeError) in try Workspace() }
        var defects: [ProblemDefect] = []
        let built = try buildPrograms(reference: reference, generator: try program("generator"), checker: checker,
                                      in: workspace, interruption: interruption, defects: &defects)
        guard let built, defects.isEmpty else {
            throw .referenceUnavailable(problem.slug, reason: defects.map { "\($0.path): \($0.message)" }.joined(separator: "; "))
        }
        return UserOracle(version: problem.referenceVersion, maxSize: problem.maxSize, runner: runner, reference: built.reference,
                          referenceName: reference.fileName, generator: built.generator, checker: built.checker,
                          referenceLimits: UserProblemRules.referenceLimits(timeLimit: Double(problem.timeLimitMs) / 1000,
                                                                            memoryLimitMB: problem.memoryLimitMB),
                          workspace: workspace, interruption: interruption)
    }

    // MARK: Steps

    private func validateSettings(_ spec: UserProblemSpec) throws(ServiceError) {
        if !UserProblemRules.isValidSlug(spec.slug) {
            throw .invalidOption("'\(spec.slug)' is not a valid slug: use lowercase letters, digits and '-', at most 64 characters, e.g. 'my-problem'")
        }
        if spec.title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw .invalidOption("the title must not be empty: pass --title 'My problem'")
        }
        if let limit = spec.timeLimit, !(limit > 0 && limit <= 600) {
            throw .invalidOption("--time-limit must be more than 0 and at most 600 seconds, got \(limit)")
        }
        if !(16...65_536).contains(spec.memoryLimitMB) {
            throw .invalidOption("--memory-limit must be between 16 and 65536 MB, got \(spec.memoryLimitMB)")
        }
        if !(1...1_000_000_000).contains(spec.maxSize) {
            throw .invalidOption("--max-size must be between 1 and 1000000000, got \(spec.maxSize)")
        }
    }

    private struct BuiltPrograms {
        let reference: PreparedSolution
        let generator: PreparedSolution?
        let checker: UserChecker
    }

    /// Builds the programs into subdirectories of `workspace`; a compile error is a defect of its file.
    private func buildPrograms(reference: ProgramFile, generator: ProgramFile?, checker: CheckerChoice, in workspace: Workspace,
                               interruption: CancellationFlag?, defects: inout [ProblemDefect]) throws(ServiceError) -> BuiltPrograms? {
        func build(_ file: ProgramFile, _ role: String) throws(ServiceError) -> PreparedSolution? {
            guard var recipe = Self.installedRecipe(named: file.language) else {
                defects.append(ProblemDefect(path: file.path, "unknown language '\(file.language)'"))
                return nil
            }
            // These programs are built for every judgement: a syntax check would cost an interpreter start each time,
            // and a program that does not parse fails on its first run, reported with its path like any failure.
            recipe.syntaxCheck = nil
            guard recipe.toolFinder != nil || ProcessSetup.which(recipe.tool) != nil else {
                throw .language(.toolMissing(tool: recipe.tool, language: recipe.name, package: recipe.package))
            }
            let build = try judging { () throws(JudgeError) in
                try builder.prepare(source: file.source, recipe: recipe, command: nil, in: workspace, subdirectory: role,
                                    interruption: interruption)
            }
            switch build {
            case .ready(let prepared):
                return prepared
            case .compileError(let output):
                let first = output.split(separator: "\n").first.map(String.init) ?? "no compiler output"
                defects.append(ProblemDefect(path: file.path, "does not compile: \(first)"))
                return nil
            }
        }
        let builtReference = try build(reference, "reference")
        let builtGenerator = try generator.map { file throws(ServiceError) in try build(file, "generator") } ?? nil
        let builtChecker: UserChecker?
        switch checker {
        case .builtin(let builtin): builtChecker = .builtin(builtin)
        case .testlib(let file): builtChecker = try build(file, "checker").map { .testlib($0) }
        case .icpc(let file, let flags): builtChecker = try build(file, "checker").map { .icpc($0, flags: flags) }
        }
        guard let builtReference, let builtChecker, generator == nil || builtGenerator != nil else { return nil }
        return BuiltPrograms(reference: builtReference, generator: builtGenerator, checker: builtChecker)
    }

    static func checkerName(_ checker: CheckerChoice) -> String {
        switch checker {
        case .builtin(let builtin): builtin.name
        case .testlib: UserChecker.testlibName
        case .icpc(_, let flags): flags.isEmpty ? UserChecker.icpcName : UserChecker.icpcName + ":" + flags.joined(separator: " ")
        }
    }

    /// "user+" and a hash of everything that decides the answers: programs, their languages, the checker
    /// and the generator's size bound.
    static func userVersion(_ spec: UserProblemSpec, checkerName: String) -> String {
        var text = "reference \(spec.reference.language)\n\(spec.reference.source)\n"
        if let generator = spec.generator { text += "generator \(generator.language) \(spec.maxSize)\n\(generator.source)\n" }
        text += "checker \(checkerName)\n"
        switch spec.checker {
        case .builtin: break
        case .testlib(let file): text += file.source
        case .icpc(let file, let flags): text += flags.joined(separator: " ") + "\n" + file.source
        }
        return "user+" + SHA256.hex(Array(text.utf8)).prefix(12)
    }

    /// Test cases with distinct inputs (the table keeps one row per input), first occurrence kept.
    private static func unique(_ tests: [TestCaseRecord]) -> [TestCaseRecord] {
        var seen: Set<String> = []
        return tests.filter { seen.insert($0.input).inserted }
    }
}
