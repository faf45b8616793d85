import Foundation
import PracticeCatalog
import PracticeStorage

/// A built-in problem as `practice catalog` lists it.
public struct CatalogEntry: Sendable, Encodable {
    public let slug: String
    public let number: Int?
    public let title: String
    public let difficulty: Difficulty
    public let tags: [String]
    public let timeLimit: Double
    public let memoryLimitMB: Int
    public let statement: String
    public let added: Bool

    init(problem: any CatalogProblem, added: Bool) {
        slug = problem.slug
        number = problem.number
        title = problem.title
        difficulty = problem.difficulty
        tags = problem.tags
        timeLimit = problem.limits.timeLimit
        memoryLimitMB = problem.limits.memoryLimitMB
        statement = problem.statement
        self.added = added
    }
}

/// What `practice show` displays.
public struct ProblemDetail: Sendable, Encodable {
    public struct Example: Sendable, Encodable {
        public let input: String
        /// The reference's answer; nil when the reference failed on it.
        public let output: String?
    }

    public let slug: String
    public let number: Int?
    public let title: String
    public let difficulty: Difficulty
    public let tags: [String]
    public let sourceURL: String?
    public let statement: String
    public let timeLimitMs: Int
    public let memoryLimitMB: Int
    public let checker: String
    /// nil when the problem is only in the catalog, not in the user's set.
    public let status: ProblemStatus?
    public let examples: [Example]
    /// A stored test case: examples, counterexamples found by shrinking, user tests.
    public struct StoredTest: Sendable, Encodable {
        public let id: Int64
        public let origin: TestOrigin
        public let input: String
        public let expected: String?
        public let createdAt: Date
    }

    /// Stored tests per origin (example, counterexample, user).
    public let storedTests: [String: Int]
    /// Every stored test, in the order attempts run them.
    public let tests: [StoredTest]
    /// The newest attempts, at most `attemptLimit` (`history` lists them all).
    public let attempts: [AttemptSummary]
    /// A note, as `show` names it.
    public struct Note: Sendable, Encodable {
        public let title: String
        public let type: String
        /// The file it was first imported from.
        public let fileName: String
    }

    /// The notes about this problem (`practice import NOTES`).
    public var notes: [Note] = []
    /// Concept notes related to it: linking to its notes, title or slug, or linked from its notes.
    public var concepts: [Note] = []

    public static let attemptLimit = 20

    /// `catalog` or `user`.
    public let origin: ProblemOrigin
    /// A program a user problem brings: its role (reference, generator, checker), file name and language.
    public struct Program: Sendable, Encodable {
        public let role: String
        public let fileName: String
        public let language: String
    }

    /// The programs of a user problem; empty for a catalog problem.
    public let programs: [Program]

    init(problem: ProblemRecord, tags: [String], status: ProblemStatus, examples: [Example],
         tests: [StoredTest], attempts: [AttemptSummary], programs: [Program] = []) {
        origin = problem.origin
        self.programs = programs
        slug = problem.slug
        number = problem.number
        title = problem.title
        difficulty = problem.difficulty
        self.tags = tags
        sourceURL = problem.sourceURL
        statement = problem.statement
        timeLimitMs = problem.timeLimitMs
        memoryLimitMB = problem.memoryLimitMB
        checker = problem.checker
        self.status = status
        self.examples = examples
        var counts: [String: Int] = [:]
        for test in tests { counts[test.origin.rawValue, default: 0] += 1 }
        storedTests = counts
        self.tests = tests
        self.attempts = attempts
    }

    init(catalogEntry problem: any CatalogProblem) {
        origin = .catalog
        programs = []
        slug = problem.slug
        number = problem.number
        title = problem.title
        difficulty = problem.difficulty
        tags = problem.tags
        sourceURL = problem.sourceURL
        statement = problem.statement
        timeLimitMs = Int((problem.limits.timeLimit * 1000).rounded())
        memoryLimitMB = problem.limits.memoryLimitMB
        checker = problem.checker.name
        status = nil
        examples = problem.examples.map { Example(input: $0.text, output: try? problem.solve($0).json) }
        storedTests = [:]
        tests = []
        attempts = []
    }
}

/// The result of `practice attempt`: the stored attempt and what to show about it.
public struct AttemptReport: Sendable, Encodable {
    /// A failing test, as shown to the user.
    public struct Failure: Sendable, Encodable {
        public let ordinal: Int
        /// What the test is: "example 2", "random 17", "counterexample 1", "worst case 1 (k = n/2)".
        public let label: String
        public let origin: String
        public let seed: Int64?
        public let size: Int?
        public let verdict: Verdict
        public let message: String?
        public let input: String
        public let expected: String?
        public let actual: String?
        public let stderr: String?
        public let exitCode: Int32?
        public let signal: Int32?
        public let cpuMs: Double?
        public let memoryKB: Int?
    }

    public let attemptId: Int64
    public let slug: String
    public let title: String
    /// True when this attempt added the problem to the user's set from the catalog.
    public let addedProblem: Bool
    public let verdict: Verdict
    public let passed: Int
    public let total: Int
    /// How many tests ran (fewer than `total` when judging stopped at the first failure).
    public let ran: Int
    public let language: String
    /// How the solution was run: once per test (program) or through a driver (function).
    public let mode: SolutionMode
    public let command: String
    public let seed: Int64
    public let randomCount: Int
    /// Planned tests per origin.
    public let testsByOrigin: [String: Int]
    public let maxCpuMs: Double?
    public let maxWallMs: Double?
    public let maxMemoryKB: Int?
    public let timeLimitMs: Int
    public let memoryLimitMB: Int
    /// Compiler output for CE, the judge's own failure for IE.
    public let message: String?
    /// The first failing test in plan order (the same for a seed whatever `--jobs` is).
    public let failure: Failure?
    /// Every failing test that ran, in plan order (with `--all`, all of them; else only `failure`).
    public let failures: [Failure]
    /// The failing random test shrunk to a minimal counterexample (stored as a test case).
    public let shrink: ShrinkReport?
    /// The growth check of `--scaling`.
    public let scaling: ScalingReport?
    /// For a rejudge: the attempt whose saved source was judged again.
    public let rejudgeOf: Int64?
}
