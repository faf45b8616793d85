import Foundation
import PracticeCatalog
import PracticeRunner
import PracticeStorage

/// The service layer: the one place that combines the catalog, the runner and the database.
/// The CLI calls these methods and renders what they return.
public struct Practice: Sendable {
    public let database: AppDatabase
    let runner: any ProcessRunner
    /// The built-in problems (tests inject others, e.g. a deliberately broken reference).
    let problems: [any CatalogProblem]
    /// The user's cache directory for practice (`~/.cache/practice`), where the C++ prelude is kept precompiled;
    /// nil: nothing is cached.
    let cacheDirectory: String?

    public init(database: AppDatabase, runner: any ProcessRunner = NativeRunner(),
                catalog problems: [any CatalogProblem] = Catalog.problems, cacheDirectory: String? = nil) {
        self.database = database
        self.runner = runner
        self.problems = problems
        self.cacheDirectory = cacheDirectory
    }

    /// Builds solutions and user problems' programs with this service's runner.
    var builder: SolutionBuilder { SolutionBuilder(runner: runner, cacheDirectory: cacheDirectory) }

    /// The toolchain of a language that this machine has (C++: clang++, else g++).
    static func installedRecipe(named name: String) -> LanguageRecipe? {
        LanguageRecipe.installed(named: name) { ProcessSetup.which($0) != nil }
    }

    /// The toolchain for a file, by its extension, that this machine has.
    static func installedRecipe(forFile path: String) -> LanguageRecipe? {
        LanguageRecipe.installed(forFile: path) { ProcessSetup.which($0) != nil }
    }

    /// The catalog problem with this slug, the judge's reference for it.
    func reference(slug: String) -> (any CatalogProblem)? { problems.first { $0.slug == slug } }

    /// Opens (creating and migrating on first use) the database at `path`, or at the default path.
    public static func open(databasePath path: String?,
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws(ServiceError) -> Practice {
        let resolved = path ?? defaultDatabasePath(environment: environment)
        return Practice(database: try storage { () throws(StorageError) in try AppDatabase.open(path: resolved) },
                        cacheDirectory: defaultCacheDirectory(environment: environment))
    }

    /// `$XDG_CACHE_HOME/practice`, else `~/.cache/practice`.
    public static func defaultCacheDirectory(environment: [String: String]) -> String {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/practice" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.cache/practice"
    }

    /// `PRACTICE_DB`, else `$XDG_DATA_HOME/practice/practice.sqlite`, else `~/.local/share/practice/practice.sqlite`.
    public static func defaultDatabasePath(environment: [String: String]) -> String {
        if let explicit = environment["PRACTICE_DB"], !explicit.isEmpty { return explicit }
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            dataHome = home + "/.local/share"
        }
        return dataHome + "/practice/practice.sqlite"
    }

    // MARK: Catalog and the user's set

    /// The built-in problems, optionally with one tag, marked when already in the user's set.
    public func catalog(tag: String? = nil) throws(ServiceError) -> [CatalogEntry] {
        let added = Set(try storage { () throws(StorageError) in try database.problems() }.map(\.slug))
        return problems
            .filter { problem in tag.map { problem.tags.contains($0.lowercased()) } ?? true }
            .map { CatalogEntry(problem: $0, added: added.contains($0.slug)) }
    }

    /// Adds a catalog problem (by slug, prefix or number) with its examples, whose answers come from
    /// the reference solver. Adding a problem twice is not an error: `added` is then false.
    public func add(_ name: String) throws(ServiceError) -> (summary: ProblemSummary, added: Bool) {
        let problem = try resolveCatalog(name)
        if let existing = try summary(slug: problem.slug) { return (existing, false) }
        let new = Self.newProblem(problem, at: Date())
        do {
            _ = try database.addProblem(new.record, tags: new.tags, testCases: new.testCases)
        } catch {
            // Another practice process added it a moment ago: that is the same outcome.
            guard case .problemExists = error else { throw .storage(error) }
            if let existing = try summary(slug: problem.slug) { return (existing, false) }
            throw .storage(error)
        }
        guard let saved = try summary(slug: problem.slug) else {
            throw .internalFailure("problem '\(problem.slug)' vanished right after it was added")
        }
        return (saved, true)
    }

    /// A catalog problem as a new row of the set, with its tags and its examples (answers from the reference).
    static func newProblem(_ problem: any CatalogProblem, at now: Date) -> NewProblem {
        let version = ReferenceFingerprint.of(problem)
        var testCases: [TestCaseRecord] = []
        for input in problem.examples {
            let expected: String?
            do { expected = try problem.solve(input).json } catch { expected = nil }  // judged later as IE
            testCases.append(TestCaseRecord(id: nil, problemId: 0, origin: .example, input: input.text,
                                            expected: expected, referenceVersion: expected == nil ? nil : version,
                                            seed: nil, size: nil, createdAt: now))
        }
        let record = ProblemRecord(
            id: nil, slug: problem.slug, number: problem.number, title: problem.title,
            difficulty: problem.difficulty, statement: problem.statement, sourceURL: problem.sourceURL,
            origin: .catalog, timeLimitMs: Int((problem.limits.timeLimit * 1000).rounded()),
            memoryLimitMB: problem.limits.memoryLimitMB, checker: problem.checker.name,
            referenceVersion: version, addedAt: now)
        return NewProblem(record: record, tags: problem.tags, testCases: testCases)
    }

    /// The user's problems, optionally filtered.
    public func list(tag: String? = nil, status: ProblemStatus? = nil) throws(ServiceError) -> [ProblemSummary] {
        try storage { () throws(StorageError) in try database.problemSummaries(tag: tag?.lowercased(), status: status) }
    }

    /// A problem of the user's set with its examples and attempts; a catalog problem not yet added
    /// is shown too (with no attempts).
    public func show(_ name: String) throws(ServiceError) -> ProblemDetail {
        let record: ProblemRecord
        do {
            record = try resolveOwn(name)
        } catch let error {
            guard case .unknownProblem = error, let entry = try? resolveCatalog(name) else { throw error }
            return ProblemDetail(catalogEntry: entry)
        }
        guard let id = record.id, let problem = try summary(id: id) else {
            throw .internalFailure("problem '\(record.slug)' vanished while it was read")
        }
        let tests = try storage { () throws(StorageError) in try database.testCases(problemId: id) }
        let attempts = try storage { () throws(StorageError) in
            try database.attemptSummaries(problemId: id, limit: ProblemDetail.attemptLimit)
        }
        let examples = tests.filter { $0.origin == .example }
            .map { ProblemDetail.Example(input: $0.input, output: $0.expected) }
        let order: [TestOrigin] = [.counterexample, .example, .user]
        let stored = tests.sorted { (order.firstIndex(of: $0.origin) ?? 3, $0.id ?? 0) < (order.firstIndex(of: $1.origin) ?? 3, $1.id ?? 0) }
            .map { ProblemDetail.StoredTest(id: $0.id ?? 0, origin: $0.origin, input: $0.input, expected: $0.expected,
                                            createdAt: $0.createdAt) }
        let programs = try storage { () throws(StorageError) in try database.programs(problemId: id) }
            .map { ProblemDetail.Program(role: $0.role, fileName: $0.fileName, language: $0.language) }
        var detail = ProblemDetail(problem: problem.problem, tags: problem.tags, status: problem.status,
                                   examples: examples, tests: stored, attempts: attempts, programs: programs)
        let summary = { (note: NoteRecord) in ProblemDetail.Note(title: note.title, type: note.type, fileName: note.fileName) }
        detail.notes = try storage { () throws(StorageError) in try database.notes(problemId: id) }.map(summary)
        detail.concepts = try storage { () throws(StorageError) in try database.relatedConcepts(problemId: id) }.map(summary)
        return detail
    }

    /// Past attempts, newest first, of one problem or of all.
    public func history(_ name: String? = nil, limit: Int? = nil) throws(ServiceError) -> [AttemptSummary] {
        let problemId = try name.map { name throws(ServiceError) in try resolveOwn(name).id }
        return try storage { () throws(StorageError) in try database.attemptSummaries(problemId: problemId ?? nil, limit: limit) }
    }

    /// One attempt with its outcomes.
    public func attemptDetail(id: Int64) throws(ServiceError) -> (attempt: AttemptRecord, outcomes: [OutcomeRecord])? {
        guard let attempt = try storage({ () throws(StorageError) in try database.attempt(id: id) }) else { return nil }
        return (attempt, try storage { () throws(StorageError) in try database.outcomes(attemptId: id) })
    }

    // MARK: Resolving names

    func summary(id: Int64) throws(ServiceError) -> ProblemSummary? {
        try storage { () throws(StorageError) in try database.problemSummary(id: id) }
    }

    func summary(slug: String) throws(ServiceError) -> ProblemSummary? {
        guard let id = try storage({ () throws(StorageError) in try database.problem(slug: slug) })?.id else { return nil }
        return try summary(id: id)
    }

    /// A problem of the user's set by slug, unique prefix or number. Reads only the problem rows,
    /// never the attempts: every command resolves a name.
    func resolveOwn(_ name: String) throws(ServiceError) -> ProblemRecord {
        let own = try storage { () throws(StorageError) in try database.problems() }
        switch NameResolver.resolve(name, among: own.map { ($0.slug, $0.number) }) {
        case .found(let index):
            return own[index]
        case .ambiguous(let matches):
            throw .ambiguousProblem(name, matches: matches)
        case .notFound(let suggestions):
            let fromCatalog: [String]
            if case .notFound(let more) = NameResolver.resolve(name, among: problems.map { ($0.slug, $0.number) }) {
                fromCatalog = more
            } else {
                fromCatalog = []
            }
            throw .unknownProblem(name, suggestions: Array((suggestions + fromCatalog.filter { !suggestions.contains($0) }).prefix(3)),
                                  inCatalog: false)
        }
    }

    /// A catalog problem by slug, unique prefix or number.
    func resolveCatalog(_ name: String) throws(ServiceError) -> any CatalogProblem {
        switch NameResolver.resolve(name, among: problems.map { ($0.slug, $0.number) }) {
        case .found(let index): return problems[index]
        case .ambiguous(let matches): throw .ambiguousProblem(name, matches: matches)
        case .notFound(let suggestions): throw .unknownProblem(name, suggestions: suggestions, inCatalog: true)
        }
    }

    /// A problem of the user's set, adding it from the catalog first when it is only there.
    func resolveOrAdd(_ name: String) throws(ServiceError) -> (problem: ProblemRecord, added: Bool) {
        do {
            return (try resolveOwn(name), false)
        } catch let error {
            guard case .unknownProblem = error, (try? resolveCatalog(name)) != nil else { throw error }
            let (summary, added) = try add(name)
            return (summary.problem, added)
        }
    }
}
