import Foundation
import PracticeCatalog
import PracticeRunner
import PracticeTracker
import PracticeStorage
import PracticeTestSupport
import Testing

/// Shrinking, scaling, rejudging and judge errors, on an in-memory database with fake runners.
@Suite struct JudgeAnalysisTests {
    let solutionPath: String

    init() throws {
        solutionPath = FileManager.default.temporaryDirectory.appendingPathComponent("practice-analysis-\(UUID().uuidString).py").path
        try Data("print('the fake runner ignores this')\n".utf8).write(to: URL(fileURLWithPath: solutionPath))
    }

    private static func reference(_ stdin: String) -> String {
        let problem = ShortestUnsortedSubarray()
        guard let input = try? TestInput.parse(stdin, arity: 1), let answer = try? problem.solve(input) else { return "null" }
        return answer.json
    }

    private func request(seed: Int64 = 3, random: Int = 30) -> AttemptRequest {
        AttemptRequest(problem: "581", solutionPath: solutionPath, command: "fake", randomCount: random, seed: seed, jobs: 2)
    }

    @Test func aFailingRandomTestShrinksToAMinimalStoredCounterexample() throws {
        // Wrong exactly when the input holds a negative number: the minimal failing input is [-1].
        let runner = FakeRunner.printing { stdin in stdin.contains("-") ? "99" : Self.reference(stdin) }
        let practice = Practice(database: try AppDatabase.inMemory(), runner: runner)
        let report = try practice.attempt(request())
        #expect(report.verdict == .WA)
        #expect(report.failure?.label.hasPrefix("random ") == true, "\(String(describing: report.failure?.label))")
        let shrink = try #require(report.shrink)
        #expect(shrink.minimal.input == "[-1]\n")
        #expect(shrink.minimal.expected == "0")
        #expect(shrink.minimal.actual?.trimmingCharacters(in: .whitespacesAndNewlines) == "99")
        #expect(shrink.original.input.count > shrink.minimal.input.count)
        #expect(!shrink.timedOut)
        let storedId = try #require(shrink.storedTestId)

        // Stored as a counterexample test case, shown by `show`, and run first by the next attempt.
        let detail = try practice.show("581")
        #expect(detail.tests.first?.id == storedId)
        #expect(detail.tests.first?.origin == .counterexample)
        let next = try practice.attempt(request(seed: 4))
        #expect(next.failure?.origin == "counterexample")
        #expect(next.failure?.ordinal == 1)
        #expect(next.failure?.label == "counterexample 1")
        #expect(next.testsByOrigin["counterexample"] == 1)
    }

    @Test func aTimeLimitIsNotShrunk() throws {
        // Too slow exactly when the input holds a negative number: a TLE on a random test, reported as it is.
        let runner = FakeRunner { stdin in
            stdin.contains("-")
                ? RunResult(termination: .signaled(9), cpuTime: 2.1, wallTime: 2.2, limitExceeded: .cpuTime)
                : RunResult(termination: .exited(0), stdout: Array((Self.reference(stdin) + "\n").utf8), cpuTime: 0.01, wallTime: 0.01)
        }
        let practice = Practice(database: try AppDatabase.inMemory(), runner: runner)
        let report = try practice.attempt(request())
        #expect(report.verdict == .TLE)
        #expect(report.failure?.origin == "random")
        #expect(report.shrink == nil)
        #expect(try practice.show("581").storedTests["counterexample"] == nil)
    }

    @Test func aFailingWorstCaseIsNotShrunk() throws {
        // Wrong only on a strictly ascending array of 10^4 values: 581's first worst case (random arrays that long
        // repeat values), which has no seed and the maximum size.
        let runner = FakeRunner.printing { stdin in
            let nums = (try? JSONSerialization.jsonObject(with: Data(stdin.utf8))) as? [Int] ?? []
            return nums.count == 10_000 && zip(nums, nums.dropFirst()).allSatisfy { $0 < $1 } ? "7" : Self.reference(stdin)
        }
        let practice = Practice(database: try AppDatabase.inMemory(), runner: runner)
        let report = try practice.attempt(request())
        #expect(report.verdict == .WA)
        #expect(report.failure?.label == "worst case 1 (ascending, answer 0)")
        #expect(report.failure?.seed == nil && report.failure?.size == 10_000)
        #expect(report.shrink == nil)
    }

    @Test func shrinkingCanBeTurnedOff() throws {
        let runner = FakeRunner.printing { stdin in stdin.contains("-") ? "99" : Self.reference(stdin) }
        let practice = Practice(database: try AppDatabase.inMemory(), runner: runner)
        var request = request()
        request.shrinkTime = nil
        let report = try practice.attempt(request)
        #expect(report.verdict == .WA)
        #expect(report.shrink == nil)
        #expect(try practice.show("581").storedTests["counterexample"] == nil)
    }

    @Test func scalingFitsTheGrowthExponent() throws {
        // A cubic solution: CPU time 0.05 s start-up + 1e-9 n^3.
        let cubic = FakeRunner { stdin in
            let n = Double(stdin.split(separator: ",").count)
            return RunResult(termination: .exited(0), stdout: Array((Self.reference(stdin) + "\n").utf8),
                             cpuTime: 0.05 + 1e-9 * n * n * n)
        }
        var scaled = request(random: 2)
        scaled.scaling = true
        let report = try Practice(database: try AppDatabase.inMemory(), runner: cubic).attempt(scaled)
        let scaling = try #require(report.scaling)
        let exponent = try #require(scaling.solutionExponent)
        #expect(abs(exponent - 3) < 0.2)
        #expect(scaling.superlinear)
        #expect(scaling.summary.contains("superlinear"))
        // Growth stops being measured once a run costs a second.
        #expect(scaling.points.contains { $0.solutionSeconds == nil })

        let linear = FakeRunner { stdin in
            let n = Double(stdin.split(separator: ",").count)
            return RunResult(termination: .exited(0), stdout: Array((Self.reference(stdin) + "\n").utf8), cpuTime: 0.05 + 1e-5 * n)
        }
        let linearScaling = try #require(try Practice(database: try AppDatabase.inMemory(), runner: linear).attempt(scaled).scaling)
        #expect(abs((linearScaling.solutionExponent ?? 0) - 1) < 0.2)
        #expect(!linearScaling.superlinear)
        // The recorded attempt carries the result.
    }

    @Test func rejudgeShowsWhichAcceptedAttemptsANewCounterexampleBreaks() throws {
        // Right everywhere except on [5,4] (answer 2), which no random test of this seed hits.
        let runner = FakeRunner.printing { stdin in stdin == "[5,4]\n" ? "0" : Self.reference(stdin) }
        let practice = Practice(database: try AppDatabase.inMemory(), runner: runner)
        var python = request()
        python.command = nil  // judged with the python recipe, so it can be rejudged from its source
        let accepted = try practice.attempt(python)
        #expect(accepted.verdict == .AC)

        let problem = try #require(try practice.database.problem(slug: "shortest-unsorted-subarray"))
        let problemId = try #require(problem.id)
        _ = try practice.database.addTestCase(TestCaseRecord(
            id: nil, problemId: problemId, origin: .counterexample, input: "[5,4]\n", expected: nil,
            referenceVersion: nil, seed: nil, size: nil, createdAt: Date()))

        let report = try practice.rejudge("581")
        #expect(report.entries.count == 1)
        let entry = try #require(report.entries.first)
        #expect(entry.originalId == accepted.attemptId)
        #expect(entry.verdict == .WA)
        #expect(entry.broken)
        #expect(entry.failure?.input == "[5,4]\n")

        // A rejudge is the tool's re-check, not the user's practice: statistics ignore it.
        let stats = try practice.stats()
        #expect(stats.attempts == 1 && stats.accepted == 1)
        #expect(try practice.list().first?.status == .solved)

        let history = try practice.history("581")
        #expect(history.first?.kind == .rejudge)
        #expect(history.first?.rejudgeOf == accepted.attemptId)
        #expect(history.first?.rejudgeOfVerdict == .AC)
        let rejudgeId = try #require(entry.attemptId)
        let stored = try #require(try practice.attemptDetail(id: rejudgeId))
        #expect(stored.attempt.seed == accepted.seed)
        #expect(stored.attempt.source == (try String(contentsOfFile: solutionPath, encoding: .utf8)))
    }

    @Test func aFailingReferenceIsAnInternalErrorNeverCountedAgainstTheUser() throws {
        let runner = FakeRunner.printing { Self.reference($0) }
        let practice = Practice(database: try AppDatabase.inMemory(), runner: runner,
                                catalog: [BrokenReference(failAbove: 5)])
        let report = try practice.attempt(request())
        #expect(report.verdict == .IE)
        #expect(report.message?.contains("reference solver failed") == true)
        #expect(report.shrink == nil)
        let stats = try practice.stats()
        #expect(stats.attempts == 0)
        #expect(stats.judgeErrors == 1)
        #expect(try practice.list().first?.status == .todo)
    }
}

/// 581 with a reference that fails on inputs longer than `failAbove` elements.
struct BrokenReference: CatalogProblem {
    let inner = ShortestUnsortedSubarray()
    let failAbove: Int

    var slug: String { inner.slug }
    var number: Int? { inner.number }
    var title: String { inner.title }
    var difficulty: Difficulty { inner.difficulty }
    var tags: [String] { inner.tags }
    var sourceURL: String? { inner.sourceURL }
    var statement: String { inner.statement }
    var signature: Signature { inner.signature }
    var examples: [TestInput] { inner.examples }
    var limits: Limits { inner.limits }
    var checker: Checker { inner.checker }
    var maxSize: Int { inner.maxSize }
    var version: String { "broken.1" }
    func generate(seed: UInt64, size: Int) -> TestInput { inner.generate(seed: seed, size: size) }
    func validate(_ input: TestInput) throws(CatalogError) { try inner.validate(input) }
    func solve(_ input: TestInput) throws(CatalogError) -> JSONValue {
        if case .array(let values)? = input.arguments.first, values.count > failAbove {
            throw .invalidInput("deliberately broken reference")
        }
        return try inner.solve(input)
    }
    func bruteForce(_ input: TestInput) throws(CatalogError) -> JSONValue { try inner.bruteForce(input) }
}
