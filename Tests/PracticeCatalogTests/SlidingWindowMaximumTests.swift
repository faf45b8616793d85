import Testing
import PracticeCatalog

@Suite struct SlidingWindowMaximumTests {
    let problem = SlidingWindowMaximum()

    private func input(_ nums: [Int], _ k: Int) -> TestInput { .intsAndInt(nums, k) }

    private func arguments(_ input: TestInput) throws -> (nums: [Int], k: Int) { try input.intsAndInt() }

    @Test func describesLeetCode239() {
        #expect(problem.slug == "sliding-window-maximum" && problem.number == 239)
        #expect(problem.difficulty == .hard)
        #expect(problem.tags == ["array", "sliding-window", "heap", "monotonic-queue"])
        #expect(problem.signature == Signature(
            functionName: "maxSlidingWindow",
            parameters: [Parameter(name: "nums", type: "[Int]"), Parameter(name: "k", type: "Int")],
            returnType: "[Int]"))
        #expect(problem.limits == Limits(timeLimit: 2.0, memoryLimitMB: 256))
        #expect(problem.checker == .json)
        #expect(problem.maxSize == 100_000)
        #expect(problem.version == "239.1")
    }

    @Test func answersTheExamples() throws {
        #expect(problem.examples.map(\.text) == ["[1,3,-1,-3,5,3,6,7]\n3\n", "[1]\n1\n", "[9,8,7,7,1,2]\n2\n"])
        let expected: [JSONValue] = [[3, 3, 5, 5, 6, 7], [1], [9, 8, 7, 7, 2]]
        #expect(try problem.examples.map(problem.solve) == expected)
        #expect(try problem.examples.map(problem.bruteForce) == expected)
    }

    @Test(arguments: [
        ([4, 2, 12, 3], 1, [4, 2, 12, 3]),
        ([4, 2, 12, 3], 4, [12]),
        ([1, -1], 1, [1, -1]),
        ([7, 2, 4], 2, [7, 4]),
        ([5, 5, 5, 5], 2, [5, 5, 5]),
        ([1, 3, 1, 2, 0, 5], 3, [3, 3, 2, 5]),
        ([-10_000, -10_000, 10_000], 2, [-10_000, 10_000]),
    ])
    func answersHandPickedCases(nums: [Int], k: Int, expected: [Int]) throws {
        let answer = JSONValue.array(expected.map(JSONValue.int))
        #expect(try problem.solve(input(nums, k)) == answer)
        #expect(try problem.bruteForce(input(nums, k)) == answer)
    }

    /// Beyond the generic suite's sizes 1...8: the sizes where this problem's shapes differ.
    @Test func referenceMatchesBruteForceAtMediumSizes() throws {
        for seed in UInt64(0)..<200 {
            let size = 1 + Int(seed * 37 % 200)
            let input = problem.generate(seed: seed, size: size)
            #expect(try problem.solve(input) == problem.bruteForce(input), "seed \(seed), size \(size)")
        }
    }

    @Test func generatesValidInputsUpToTheMaximumSize() throws {
        for size in [1, 2, 3, 10, 100, 1_000, 10_000, 100_000] {
            for seed in UInt64(0)..<(size < 10_000 ? 20 : 2) {
                let input = problem.generate(seed: seed, size: size)
                try problem.validate(input)
                #expect(try arguments(input).nums.count == size, "seed \(seed), size \(size)")
            }
        }
    }

    @Test func generatesVariedShapes() throws {
        var windowOfOne = 0, wholeWindow = 0, otherWindows = 0, allEqual = 0, descending = 0, fewDistinct = 0
        for seed in UInt64(0)..<300 {
            let (nums, k) = try arguments(problem.generate(seed: seed, size: 60))
            if k == 1 { windowOfOne += 1 } else if k == 60 { wholeWindow += 1 } else { otherWindows += 1 }
            if Set(nums).count == 1 { allEqual += 1 }
            if Set(nums).count <= 3 { fewDistinct += 1 }
            if nums == nums.sorted(by: >) { descending += 1 }
        }
        #expect(windowOfOne > 30 && wholeWindow > 30 && otherWindows > 100, "\(windowOfOne), \(wholeWindow), \(otherWindows)")
        #expect(allEqual > 10 && descending > allEqual + 10 && fewDistinct > allEqual + 10, "\(allEqual), \(descending), \(fewDistinct)")
    }

    @Test(arguments: [
        (TestInput(arguments: [[], 1]), "the length of nums must be between 1 and 100000, got 0"),
        (TestInput(arguments: [[1, 10_001], 1]), "nums[1] = 10001 is outside [-10000, 10000]"),
        (TestInput(arguments: [[1, 2.5], 1]), "nums[1] must be an integer, got 2.5"),
        (TestInput(arguments: [[1, 2], 0]), "k must be between 1 and 2, got 0"),
        (TestInput(arguments: [[1, 2], 3]), "k must be between 1 and 2, got 3"),
        (TestInput(arguments: [[1, 2], "2"]), "k must be an integer, got \"2\""),
        (TestInput(arguments: [[1, 2], [2]]), "k must be an integer, got [2]"),
    ])
    func refusesInvalidInput(input: TestInput, reason: String) {
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.validate(input) }
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.solve(input) }
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.bruteForce(input) }
    }

    @Test func refusesTooManyElements() {
        #expect(throws: CatalogError.invalidInput("the length of nums must be between 1 and 100000, got 100001")) {
            try problem.validate(input(Array(repeating: 0, count: 100_001), 1))
        }
    }

    @Test func acceptsTheBoundaries() throws {
        try problem.validate(input([-10_000, 10_000], 2))
        try problem.validate(input(Array(repeating: 0, count: 100_000), 100_000))
    }

    @Test func worstCasesMakeEveryWindowAThirdToTwoThirdsOfTheArray() throws {
        for size in [3, 10, 1_000, 100_000] {
            let cases = problem.worstCases(seed: 5, size: size)
            #expect(cases.map(\.name) == ["descending, k = n/2", "random, k = n/3", "ascending, k = 2n/3"])
            for worst in cases {
                let (nums, k) = try arguments(worst.input)
                #expect(nums.count == size)
                #expect(size / 3 <= k && k <= 2 * size / 3, "\(worst.name): k = \(k) of \(size)")
            }
            let descending = try arguments(cases[0].input).nums
            #expect(descending == descending.sorted(by: >) && Set(descending).count >= min(size, 20_000) / 2)
            let ascending = try arguments(cases[2].input).nums
            #expect(ascending == ascending.sorted())
        }
        #expect(try arguments(problem.worstCases(seed: 5, size: 1)[0].input) == ([10_000], 1))
    }
}
