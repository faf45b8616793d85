import Foundation
import PracticeCatalog
import PracticeRunner
import PracticeStorage

/// What `practice rejudge` did for each past attempt.
public struct RejudgeReport: Sendable, Encodable {
    public struct Entry: Sendable, Encodable {
        public let originalId: Int64
        public let originalVerdict: Verdict
        public let language: String
        /// The new attempt (kind `rejudge`), nil when skipped.
        public let attemptId: Int64?
        public let verdict: Verdict?
        public let passed: Int?
        public let total: Int?
        /// The first failing test of the new judgement.
        public let failure: AttemptReport.Failure?
        /// Why it was not rejudged.
        public let skipped: String?

        /// An accepted attempt that the current tests reject.
        public var broken: Bool { originalVerdict == .AC && verdict != nil && verdict != .AC && verdict != .IE }
    }

    public let slug: String
    public let entries: [Entry]
}

extension Practice {
    /// Re-runs past attempts of a problem from their saved source on the problem's current tests
    /// (stored counterexamples, examples, and each attempt's own seeded random tests), recording
    /// each result as a new attempt of kind `rejudge` that points at the old one. By default only
    /// accepted attempts are rejudged: they are the ones a new counterexample can break.
    public func rejudge(_ name: String, allAttempts: Bool = false, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                        interruption: CancellationFlag? = nil,
                        progress: (@Sendable (Int, Int) -> Void)? = nil) throws(ServiceError) -> RejudgeReport {
        let problem = try resolveOwn(name)
        let context = try judgeContext(problem, interruption: interruption)
        let candidates = try storage { () throws(StorageError) in try database.attemptSummaries(problemId: context.problemId) }
            .filter { $0.kind == .submit && (allAttempts || $0.verdict == .AC) }
            .reversed()  // oldest first
        var entries: [RejudgeReport.Entry] = []
        for (index, summary) in candidates.enumerated() {
            progress?(index, candidates.count)
            guard let old = try storage({ () throws(StorageError) in try database.attempt(id: summary.id) }) else { continue }
            guard let recipe = Self.installedRecipe(named: old.language) else {
                entries.append(.init(originalId: summary.id, originalVerdict: old.verdict, language: old.language, attemptId: nil,
                                     verdict: nil, passed: nil, total: nil, failure: nil,
                                     skipped: "judged with --cmd: run 'practice attempt --cmd' again to rejudge it"))
                continue
            }
            let tool = recipe.tool
            guard ProcessSetup.which(tool) != nil else {
                entries.append(.init(originalId: summary.id, originalVerdict: old.verdict, language: old.language, attemptId: nil,
                                     verdict: nil, passed: nil, total: nil, failure: nil, skipped: "'\(tool)' is not installed"))
                continue
            }
            let job = JudgeJob(
                problem: problem, problemId: context.problemId, reference: context.reference, source: old.source,
                fileName: old.fileName, language: old.language, recipe: recipe, command: nil, seed: old.seed,
                randomCount: old.randomCount, jobs: jobs, timeLimit: Double(old.timeLimitMs) / 1000,
                memoryLimitMB: old.memoryLimitMB, runAll: false, shrinkTime: nil, scaling: false, interruption: interruption,
                mode: old.mode)
            let judgement = try judge(job, progress: nil)
            let saved = try record(judgement, of: job, kind: .rejudge, note: nil, rejudgeOf: summary.id)
            entries.append(.init(originalId: summary.id, originalVerdict: old.verdict, language: old.language, attemptId: saved.id,
                                 verdict: judgement.verdict, passed: saved.passed, total: saved.total,
                                 failure: judgement.failure.map(AttemptReport.Failure.init), skipped: nil))
        }
        return RejudgeReport(slug: problem.slug, entries: entries)
    }
}
