import Testing
import PracticeCatalog

@Suite struct KthLargestElementTests {
    let problem = KthLargestElement()

    private func input(_ nums: [Int], _ k: Int) -> TestInput { .intsAndInt(nums, k) }

    /// The generated (nums, k).
    private func arguments(_ input: TestInput) throws -> (nums: [Int], k: Int) { try input.intsAndInt() }

    @Test func describesLeetCode215() {
        #expect(problem.slug == "kth-largest-element-in-an-array" && problem.number == 215)
        #expect(problem.difficulty == .medium)
        #expect(problem.tags == ["array", "heap", "sorting", "quickselect"])
        #expect(problem.signature.functionName == "findKthLargest")
        #expect(problem.signature.parameters == [Parameter(name: "nums", type: "[Int]"), Parameter(name: "k", type: "Int")])
        #expect(problem.signature.returnType == "Int")
        #expect(problem.limits == Limits(timeLimit: 2.0, memoryLimitMB: 256))
        #expect(problem.checker == .json)
        #expect(problem.maxSize == 100_000)
        #expect(problem.version == "215.1")
    }

    @Test func answersTheExamples() throws {
        #expect(problem.examples.map(\.text) == ["[3,2,1,5,6,4]\n2\n", "[3,2,3,1,2,4,5,5,6]\n4\n", "[-1]\n1\n"])
        #expect(try problem.examples.map(problem.solve) == [5, 4, -1])
        #expect(try problem.examples.map(problem.bruteForce) == [5, 4, -1])
    }

    @Test(arguments: [
        ([5, 5, 4], 1, 5),
        ([5, 5, 4], 2, 5),
        ([5, 5, 4], 3, 4),
        ([-10_000, 10_000], 1, 10_000),
        ([-10_000, 10_000], 2, -10_000),
        ([7, 7, 7, 7], 4, 7),
        ([1, 2, 3, 4, 5], 5, 1),
        ([-3, -1, -2], 2, -2),
    ])
    func answersHandPickedCases(nums: [Int], k: Int, expected: Int) throws {
        #expect(try problem.solve(input(nums, k)) == .int(expected))
        #expect(try problem.bruteForce(input(nums, k)) == .int(expected))
    }

    @Test func referenceMatchesBruteForceAtMaximumSize() throws {
        let input = problem.generate(seed: 0, size: problem.maxSize)
        #expect(try arguments(input).nums.count == 100_000)
        #expect(try problem.solve(input) == problem.bruteForce(input))
    }

    @Test func generatesWithinConstraints() throws {
        for seed in UInt64(0)..<100 {
            let size = 1 + Int(seed * 97 % 1000)
            let input = problem.generate(seed: seed, size: size)
            try problem.validate(input)
            let (nums, k) = try arguments(input)
            #expect(nums.count == size && (1...size).contains(k))
        }
    }

    @Test func generatesVariedShapes() throws {
        var ranks: Set<String> = []
        var allEqual = 0
        var extremes = 0
        var sorted = 0
        for seed in UInt64(0)..<200 {
            let (nums, k) = try arguments(problem.generate(seed: seed, size: 40))
            ranks.insert(k == 1 ? "largest" : k == 40 ? "smallest" : k == 20 ? "median" : "other")
            if Set(nums).count == 1 { allEqual += 1 }
            if nums.contains(-10_000) && nums.contains(10_000) { extremes += 1 }
            if nums == nums.sorted() || nums == nums.sorted(by: >) { sorted += 1 }
        }
        #expect(ranks == ["largest", "smallest", "median", "other"])
        #expect(allEqual > 10 && extremes > 10 && sorted > allEqual, "\(allEqual) equal, \(extremes) extremes, \(sorted) sorted")
    }

    @Test(arguments: [
        (TestInput(arguments: [[], 1]), "the length of nums must be between 1 and 100000, got 0"),
        (TestInput(arguments: [[1, 10_001], 1]), "nums[1] = 10001 is outside [-10000, 10000]"),
        (TestInput(arguments: [[1, 2.5], 1]), "nums[1] must be an integer, got 2.5"),
        (TestInput(arguments: [5, 1]), "nums must be an array of integers, got 5"),
        (TestInput(arguments: [[1, 2], 3]), "k must be between 1 and 2, got 3"),
        (TestInput(arguments: [[1, 2], 0]), "k must be between 1 and 2, got 0"),
        (TestInput(arguments: [[1, 2], 1.0]), "k must be an integer, got 1.0"),
        (TestInput(arguments: [[1, 2], "1"]), "k must be an integer, got \"1\""),
        (TestInput(arguments: [.array(Array(repeating: 1, count: 100_001)), 1]),
         "the length of nums must be between 1 and 100000, got 100001"),
    ])
    func refusesInvalidInput(input: TestInput, reason: String) {
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.validate(input) }
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.solve(input) }
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.bruteForce(input) }
    }

    @Test func acceptsTheBoundaries() throws {
        try problem.validate(input([-10_000, 10_000], 2))
        try problem.validate(input(Array(repeating: 0, count: 100_000), 100_000))
    }

    @Test func worstCasesAskForTheMedianOfEqualAndSortedValues() throws {
        for size in [1, 2, 9, 100_000] {
            let cases = try problem.worstCases(seed: 4, size: size).map { try arguments($0.input) }
            #expect(cases.count == 3)
            for (nums, k) in cases {
                #expect(nums.count == size && k == (size + 1) / 2)
            }
            #expect(Set(cases[0].nums).count == 1)
            #expect(cases[1].nums == cases[1].nums.sorted() && cases[2].nums == cases[1].nums.reversed())
        }
    }
}
