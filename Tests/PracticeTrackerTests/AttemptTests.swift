import Foundation
import PracticeModel
import PracticeCatalog
import PracticeRunner
import PracticeTracker
import PracticeStorage
import PracticeTestSupport
import Testing

/// The attempt workflow on an in-memory database with a fake runner.
@Suite struct AttemptTests {
    let solutionPath: String

    init() throws {
        solutionPath = FileManager.default.temporaryDirectory.appendingPathComponent("practice-svc-\(UUID().uuidString).txt").path
        try Data("any source: the fake runner ignores it\n".utf8).write(to: URL(fileURLWithPath: solutionPath))
    }

    private func practice(_ runner: FakeRunner) throws -> Practice {
        Practice(database: try AppDatabase.inMemory(), runner: runner)
    }

    private func request(_ problem: String = "581", random: Int = 20, seed: Int64? = 11, all: Bool = false) -> AttemptRequest {
        AttemptRequest(problem: problem, solutionPath: solutionPath, command: "fake", randomCount: random, seed: seed, jobs: 2,
                       runAll: all)
    }

    /// The reference's own answer for an input text.
    private static func reference(_ slug: String, _ stdin: String) -> String {
        guard let problem = Catalog.problem(slug: slug),
              let input = try? TestInput.parse(stdin, arity: problem.signature.parameters.count),
              let answer = try? problem.solve(input) else { return "null" }
        return answer.json
    }

    @Test func correctAnswersAreAcceptedAndRecorded() throws {
        let runner = FakeRunner.printing { Self.reference("shortest-unsorted-subarray", $0) }
        let practice = try practice(runner)
        let report = try practice.attempt(request())
        #expect(report.verdict == .AC)
        #expect(report.addedProblem)
        // 3 examples, 20 random tests and 581's 2 worst cases (random tests without a seed).
        #expect(report.passed == 25 && report.total == 25 && report.ran == 25)
        #expect(report.testsByOrigin == ["example": 3, "random": 20, "worst-case": 2])
        #expect(runner.runCount == 25)

        let stored = try #require(try practice.attemptDetail(id: report.attemptId))
        #expect(stored.attempt.verdict == .AC)
        #expect(stored.attempt.language == "custom")
        #expect(stored.attempt.seed == 11)
        #expect(stored.attempt.sourceSHA256.count == 64)
        #expect(stored.outcomes.count == 25)
        #expect(stored.outcomes.map(\.ordinal) == Array(1...25))
        #expect(stored.outcomes.allSatisfy { $0.verdict == .AC && $0.input == nil })

        let stats = try practice.stats()
        #expect(stats.attempts == 1 && stats.accepted == 1 && stats.totals.solved == 1)
        #expect(stats.currentStreak == 1)
    }

    @Test func randomTestsGrowAndCacheTheReference() throws {
        let practice = try practice(FakeRunner.printing { Self.reference("shortest-unsorted-subarray", $0) })
        let report = try practice.attempt(request(random: 30, seed: 5))
        let outcomes = try #require(try practice.attemptDetail(id: report.attemptId)).outcomes
        let sizes = outcomes.filter { $0.seed != nil }.compactMap(\.size)
        #expect(sizes.count == 30)
        #expect(sizes == sizes.sorted())
        #expect(sizes.last == 10_000)
        // Then the problem's worst cases, at the largest size, without a seed.
        let worst = outcomes.filter { $0.origin == .random && $0.seed == nil }
        #expect(worst.count == 2 && worst.allSatisfy { $0.size == 10_000 })
        #expect(worst.map(\.ordinal) == [34, 35])
        let problem = try #require(try practice.database.problem(slug: "shortest-unsorted-subarray"))
        let keys = outcomes.compactMap { outcome in outcome.seed.map { RandomTestKey(seed: $0, size: outcome.size ?? 0) } }
        let cached = try practice.database.cachedExpected(problemId: try #require(problem.id),
                                                          referenceVersion: problem.referenceVersion, keys: keys)
        #expect(cached.count == 30)
    }

    @Test func theSameSeedReplaysTheSameTests() throws {
        let practice = try practice(FakeRunner.printing { Self.reference("shortest-unsorted-subarray", $0) })
        let first = try practice.attempt(request(seed: 99))
        let second = try practice.attempt(request(seed: 99))
        let third = try practice.attempt(request(seed: 100))
        let seeds = { (id: Int64) in try #require(try practice.attemptDetail(id: id)).outcomes.map(\.seed) }
        #expect(try seeds(first.attemptId) == seeds(second.attemptId))
        #expect(try seeds(first.attemptId) != seeds(third.attemptId))
    }

    @Test func aWrongAnswerStopsJudgingAndKeepsTheEvidence() throws {
        // Right on the examples, wrong on any input with more than 7 numbers.
        let runner = FakeRunner.printing { stdin in
            stdin.split(separator: ",").count > 7 ? "-1" : Self.reference("shortest-unsorted-subarray", stdin)
        }
        let practice = try practice(runner)
        let report = try practice.attempt(request(random: 50))
        #expect(report.verdict == .WA)
        #expect(report.ran < report.total)
        let failure = try #require(report.failure)
        #expect(failure.origin == "random")
        #expect(failure.actual?.trimmingCharacters(in: .whitespacesAndNewlines) == "-1")
        #expect(failure.message?.contains("-1") == true)
        let outcomes = try #require(try practice.attemptDetail(id: report.attemptId)).outcomes
        let failed = try #require(outcomes.first { $0.verdict == .WA })
        #expect(failed.input != nil && failed.expected != nil && failed.actual != nil)

        let all = try practice.attempt(request(random: 50, all: true))
        #expect(all.ran == all.total)
        #expect(all.passed < all.total)
        #expect(try practice.list().first?.status == .attempted)
    }

    @Test func limitsAndCrashesMapToVerdicts() throws {
        let cases: [(RunResult, Verdict)] = [
            (RunResult(termination: .signaled(9), limitExceeded: .cpuTime), .TLE),
            (RunResult(termination: .signaled(9), limitExceeded: .wallTime), .TLE),
            (RunResult(termination: .signaled(9), limitExceeded: .memory), .MLE),
            (RunResult(termination: .signaled(9), limitExceeded: .output), .OLE),
            (RunResult(termination: .signaled(24)), .TLE),  // SIGXCPU, the RLIMIT_CPU backstop
            (RunResult(termination: .signaled(11)), .RE),
            (RunResult(termination: .exited(3), stdout: Array("5\n".utf8)), .RE),
            (RunResult(termination: .exited(0), stdout: Array("five\n".utf8)), .WA),
            (RunResult(termination: .exited(0)), .WA),
        ]
        for (result, verdict) in cases {
            let practice = try practice(FakeRunner { _ in result })
            let report = try practice.attempt(request(random: 2))
            #expect(report.verdict == verdict, "\(result)")
            #expect(report.failure?.ordinal == 1)
        }
    }

    @Test func aForkBombIsNamedInTheMessage() throws {
        let bomb = RunResult(termination: .signaled(9), limitExceeded: .wallTime, reachedTaskLimit: true)
        let report = try practice(FakeRunner { _ in bomb }).attempt(request(random: 1))
        #expect(report.verdict == .TLE)
        #expect(report.failure?.message?.contains("fork bomb") == true)
    }

    @Test func limitsComeFromTheProblemUnlessOverridden() throws {
        let runner = FakeRunner.printing { Self.reference("shortest-unsorted-subarray", $0) }
        let practice = try practice(runner)
        _ = try practice.attempt(request(random: 1))
        #expect(runner.lastLimits?.cpuTime == 2)
        #expect(runner.lastLimits?.memoryBytes == 256 << 20)
        var custom = request(random: 1)
        custom.timeLimit = 0.5
        custom.memoryLimitMB = 64
        let report = try practice.attempt(custom)
        #expect(runner.lastLimits?.cpuTime == 0.5)
        #expect(runner.lastLimits?.memoryBytes == 64 << 20)
        #expect(report.timeLimitMs == 500)
    }

    @Test func theFloatCheckerJudgesTheRNNProblem() throws {
        // Answers perturbed by 1e-9 are accepted; by 1e-3, rejected.
        func perturbed(_ delta: Double) -> @Sendable (String) -> String {
            { stdin in
                guard case .array(let values)? = try? JSONValue.parse(Self.reference("rnn-gradient-norms", stdin)) else { return "null" }
                return JSONValue.array(values.map { .double(($0.number ?? 0) * (1 + delta) + delta) }).json
            }
        }
        let close = try practice(FakeRunner.printing(perturbed(1e-9))).attempt(request("rnn-gradient-norms", random: 10))
        #expect(close.verdict == .AC)
        let far = try practice(FakeRunner.printing(perturbed(1e-3))).attempt(request("rnn-gradient-norms", random: 10))
        #expect(far.verdict == .WA)
    }

    @Test func unknownProblemsAndBadFilesAreRefusedBeforeJudging() throws {
        let runner = FakeRunner.printing { _ in "0" }
        let practice = try practice(runner)
        #expect { try practice.attempt(request("no-such-problem")) } throws: { error in
            guard case ServiceError.unknownProblem = error else { return false }
            return true
        }
        var empty = request()
        empty.solutionPath = FileManager.default.temporaryDirectory.appendingPathComponent("practice-empty-\(UUID()).py").path
        _ = FileManager.default.createFile(atPath: empty.solutionPath, contents: Data("  \n".utf8))
        #expect { try practice.attempt(empty) } throws: { error in
            guard case ServiceError.emptySolution = error else { return false }
            return true
        }
        var unknownExtension = request()
        unknownExtension.command = nil
        #expect { try practice.attempt(unknownExtension) } throws: { error in
            guard case ServiceError.language(.unknownLanguage) = error else { return false }
            return true
        }
        #expect(runner.runCount == 0)
        #expect(try practice.history().isEmpty)
    }

    @Test func addingTwiceIsHarmlessAndNamesResolve() throws {
        let practice = try practice(FakeRunner.printing { _ in "0" })
        let first = try practice.add("581")
        #expect(first.added)
        let second = try practice.add("shortest-unsorted-subarray")
        #expect(!second.added)
        #expect(try practice.list().count == 1)
        #expect(try practice.show("shortest").examples.map(\.output) == ["5", "0", "0"])
        #expect(try practice.catalog().first { $0.slug == "shortest-unsorted-subarray" }?.added == true)
    }
}
