import Foundation
import PracticeCatalog
@testable import PracticeJudge
import PracticeLanguages
import PracticeModel
import PracticeRunner
import Testing

/// The judge end to end without a database: a catalog problem's plan, a C solution built in a workspace, and real
/// child processes run by the worker pool and checked.
@Suite(.serialized) struct RealJudgingTests {
    private static let problem = Catalog.problem(slug: "shortest-unsorted-subarray")!
    private static let oracle = CatalogOracle(problem)

    /// Builds `source` as C, runs the problem's examples and `random` seeded tests, and returns the results.
    private func judge(_ source: String, random: Int = 20, cpuTime: Double = 2, stopAtFirstFailure: Bool = true)
        throws -> (tests: [PlannedTest], results: [TestResult]) {
        let recipe = try #require(LanguageRecipe.named("c"))
        let examples = Self.problem.examples.map {
            StoredTest(id: nil, origin: .example, input: $0.text, expected: nil, referenceVersion: nil)
        }
        let plan = TestPlanner.plan(stored: examples, referenceVersion: Self.oracle.version, seed: 11, randomCount: random,
                                    maxSize: Self.oracle.maxSize, worstCases: Self.oracle.worstCases)
        let (tests, _) = plan.tests(oracle: Self.oracle, cache: InMemoryAnswerCache(), jobs: 2)
        let workspace = try Workspace()
        defer { workspace.remove() }
        let runner = NativeRunner()
        let build = try SolutionBuilder(runner: runner).prepare(source: source, recipe: recipe, command: nil, in: workspace,
                                                                interruption: nil)
        guard case .ready(let solution) = build else {
            Issue.record("the solution did not build: \(build)")
            return (tests, [])
        }
        let limits = RunLimits(cpuTime: cpuTime, wallTime: cpuTime * 2 + 1, memoryBytes: 256 << 20, outputBytes: outputLimitBytes)
        let testRunner = TestRunner(runner: runner, checker: Self.oracle, limits: limits, jobs: 2,
                                    stopAtFirstFailure: stopAtFirstFailure)
        return (tests, testRunner.run(tests, solution: solution, progress: nil))
    }

    private static func example(_ path: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples/" + path)
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test func aCorrectSolutionIsAcceptedOnEveryTest() throws {
        let (tests, results) = try judge(try Self.example("shortest-unsorted-subarray/correct.c"))
        #expect(tests.count == 3 + 20 + tests.filter { $0.label.hasPrefix("worst case") }.count)
        #expect(results.count == tests.count)
        #expect(results.allSatisfy { $0.verdict == .AC })
        #expect(results.map(\.test.ordinal) == Array(1...tests.count))
        #expect(results.allSatisfy { ($0.cpuTime ?? -1) >= 0 && ($0.peakMemoryBytes ?? 0) > 0 })
    }

    @Test func aWrongAnswerStopsAtTheFirstFailingTestInPlanOrder() throws {
        // Right on sorted inputs only: example 1 ([2,6,4,8,10,9,15] -> 5) is the first failure.
        let wrong = "#include <stdio.h>\nint main(void) { printf(\"0\\n\"); return 0; }\n"
        let (_, results) = try judge(wrong)
        #expect(results.map(\.verdict) == [.WA])
        #expect(results.first?.test.label == "example 1")
        #expect(results.first?.actual?.trimmingCharacters(in: .whitespacesAndNewlines) == "0")

        // With every test run, the accepted ones are there too, in plan order.
        let (tests, all) = try judge(wrong, random: 6, stopAtFirstFailure: false)
        #expect(all.count == tests.count)
        #expect(all[1].verdict == .AC && all[2].verdict == .AC)  // [1,2,3,4] and [1]: answer 0
        #expect(all.contains { $0.verdict == .WA && $0.test.origin == .random })
    }

    @Test func anEndlessLoopIsATimeLimit() throws {
        let endless = "int main(void) { volatile unsigned long i = 0; for (;;) i++; }\n"
        let (_, results) = try judge(endless, random: 2, cpuTime: 0.3)
        #expect(results.map(\.verdict) == [.TLE])
        #expect(results.first?.message?.contains("CPU time over the 0.30 s limit") == true)
    }
}
