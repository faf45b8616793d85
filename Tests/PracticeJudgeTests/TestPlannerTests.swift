import PracticeCatalog
@testable import PracticeJudge
import PracticeModel
import Testing

/// The pure planner, and the tests a plan makes with an in-memory answer cache.
@Suite struct TestPlannerTests {
    private static let problem = Catalog.problem(slug: "shortest-unsorted-subarray")!
    private static let oracle = CatalogOracle(problem)

    private static let stored: [StoredTest] = [
        StoredTest(id: 4, origin: .user, input: "[3,2,1]\n", expected: "3", referenceVersion: oracle.version),
        StoredTest(id: 2, origin: .example, input: "[1,2,3,4]\n", expected: "0", referenceVersion: oracle.version),
        StoredTest(id: 9, origin: .counterexample, input: "[2,1]\n", expected: nil, referenceVersion: nil),
        StoredTest(id: 1, origin: .example, input: "[2,6,4,8,10,9,15]\n", expected: "5", referenceVersion: "old"),
    ]

    private func plan(random: Int = 5, seed: Int64 = 7, maxSize: Int? = 10_000) -> TestPlan {
        TestPlanner.plan(stored: Self.stored, referenceVersion: Self.oracle.version, seed: seed, randomCount: random,
                         maxSize: maxSize, worstCases: Self.oracle.worstCases)
    }

    @Test func storedTestsComeFirstByOriginThenId() {
        let entries = plan().entries
        #expect(entries.prefix(4).map(\.label) == ["counterexample 1", "example 1", "example 2", "user test 1"])
        #expect(entries.prefix(4).map(\.testCaseId) == [9, 1, 2, 4])
        #expect(entries.map(\.ordinal) == Array(1...entries.count))
        // Answers missing or from another reference version are computed again; the others are kept.
        let stale = entries.prefix(4).map { entry -> Bool in
            if case .stored(_, let needsAnswer) = entry.source { needsAnswer } else { false }
        }
        #expect(stale == [true, true, false, false])
    }

    @Test func randomTestsGrowToTheMaximumThenTheWorstCases() {
        let entries = plan().entries
        let random = entries.filter { if case .random = $0.source { true } else { false } }
        #expect(random.map(\.label) == (1...5).map { "random \($0)" })
        #expect(random.map(\.seed) == TestPlanner.seeds(attemptSeed: 7, count: 5))
        #expect(random.map(\.size) == TestPlanner.sizes(count: 5, maxSize: 10_000))
        let worst = entries.filter { $0.label.hasPrefix("worst case") }
        #expect(!worst.isEmpty)
        #expect(worst.allSatisfy { $0.origin == .random && $0.seed == nil && $0.size == 10_000 && $0.testCaseId == nil })
        #expect(worst.first?.label == "worst case 1 (ascending, answer 0)")
        #expect(entries.suffix(worst.count).map(\.label) == worst.map(\.label))
        #expect(plan().randomKeys == random.map { RandomTestKey(seed: $0.seed!, size: $0.size!) })
    }

    @Test func thePlanIsDeterministicPerSeed() {
        #expect(plan() == plan())
        #expect(plan(seed: 8) != plan())
        #expect(plan(seed: 8).entries.prefix(4) == plan().entries.prefix(4))
    }

    @Test func noGeneratorOrNoRandomTestsMeansStoredTestsOnly() {
        #expect(plan(maxSize: nil).entries.count == 4)
        #expect(plan(random: 0).entries.count == 4)
        #expect(TestPlanner.plan(stored: [], referenceVersion: "v", seed: 1, randomCount: 0, maxSize: nil).entries.isEmpty)
    }

    @Test func madeTestsAnswerStaleStoredTestsAndCacheRandomAnswers() throws {
        let cache = InMemoryAnswerCache()
        let plan = plan()
        let (tests, refreshed) = plan.tests(oracle: Self.oracle, cache: cache, jobs: 2)
        #expect(tests.map(\.label) == plan.entries.map(\.label))
        #expect(refreshed == [RefreshedAnswer(testCaseId: 9, expected: "2", referenceVersion: Self.oracle.version),
                              RefreshedAnswer(testCaseId: 1, expected: "5", referenceVersion: Self.oracle.version)])
        #expect(try tests[3].expected.get() == "3")  // kept as stored
        // A random test's input and answer are made when a worker asks; the answer is then cached.
        #expect(cache.contents.isEmpty)
        let fifth = tests[4].materialize()
        let key = try #require(plan.randomKeys.first)
        #expect(fifth.input == Self.problem.generate(seed: UInt64(bitPattern: key.seed), size: key.size).text)
        #expect(cache.contents[key] == (try fifth.expected.get()))
        // A cached answer is used as it is (here a wrong one, to see it).
        let (again, _) = plan.tests(oracle: Self.oracle, cache: InMemoryAnswerCache([key: "12345"]), jobs: 2)
        #expect(try again[4].expected.get() == "12345")
    }

    @Test func theInMemoryCacheKeepsWhatItIsGiven() {
        let cache = InMemoryAnswerCache()
        let key = RandomTestKey(seed: 1, size: 2)
        cache.plan([key])
        #expect(cache.answer(for: key) == nil)
        cache.store("7", for: key)
        cache.flush()
        #expect(cache.answer(for: key) == "7")
        #expect(cache.answer(for: RandomTestKey(seed: 1, size: 3)) == nil)
        #expect(cache.contents == [key: "7"])
    }
}
