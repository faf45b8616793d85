import Testing
import PracticeCatalog

@Suite struct TwoSumTests {
    let problem = TwoSum()

    private func input(_ nums: [Int], _ target: Int) -> TestInput { .intsAndInt(nums, target) }

    private func arguments(_ input: TestInput) throws -> (nums: [Int], target: Int) { try input.intsAndInt() }

    @Test func describesLeetCode1() {
        #expect(problem.slug == "two-sum" && problem.number == 1)
        #expect(problem.difficulty == .easy)
        #expect(problem.tags == ["array", "hashing"])
        #expect(problem.signature.functionName == "twoSum")
        #expect(problem.signature.parameters == [Parameter(name: "nums", type: "[Int]"), Parameter(name: "target", type: "Int")])
        #expect(problem.signature.returnType == "[Int]")
        #expect(problem.limits == Limits(timeLimit: 2.0, memoryLimitMB: 256))
        #expect(problem.checker == .anyOrder(.outer))
        #expect(problem.maxSize == 10_000)
        #expect(problem.version == "1.1")
    }

    /// LeetCode: "You can return the answer in any order": `[j, i]` is as right as `[i, j]`; another pair is not.
    @Test func thePairMayComeInEitherOrder() {
        let example = input([2, 7, 11, 15], 9)
        #expect(problem.check(example, expected: "[0,1]", actual: "[1,0]") == .accepted)
        #expect(problem.check(example, expected: "[0,1]", actual: "[0,1]") == .accepted)
        #expect(problem.check(example, expected: "[0,1]", actual: "[0,2]") != .accepted)
        #expect(problem.check(example, expected: "[0,1]", actual: "[1,1]") != .accepted)
        #expect(problem.check(example, expected: "[0,1]", actual: "[0,1,0]") != .accepted)
        #expect(problem.statement.contains("in either order"))
    }

    @Test func answersTheExamples() throws {
        #expect(problem.examples.map(\.text) == ["[2,7,11,15]\n9\n", "[3,2,4]\n6\n", "[3,3]\n6\n"])
        #expect(try problem.examples.map(problem.solve) == [[0, 1], [1, 2], [0, 1]])
        #expect(try problem.examples.map(problem.bruteForce) == [[0, 1], [1, 2], [0, 1]])
    }

    @Test(arguments: [
        ([-3, 4, 3, 90], 0, [0, 2]),
        ([1_000_000_000, 5, -1_000_000_000], 0, [0, 2]),
        ([1_000_000_000, 0, 7], 1_000_000_000, [0, 1]),
        ([5, 1, 5, 8], 10, [0, 2]),
        ([0, 4, 3, 0], 0, [0, 3]),
        ([1, 2], 3, [0, 1]),
    ])
    func answersHandPickedCases(nums: [Int], target: Int, expected: [Int]) throws {
        let answer = JSONValue.array(expected.map(JSONValue.int))
        #expect(try problem.solve(input(nums, target)) == answer)
        #expect(try problem.bruteForce(input(nums, target)) == answer)
    }

    /// Beyond the generic suite's sizes 1...8: the sizes where this problem's shapes differ.
    @Test func referenceMatchesBruteForceAtMediumSizes() throws {
        for seed in UInt64(0)..<200 {
            let size = 2 + Int(seed * 37 % 300)
            let input = problem.generate(seed: seed, size: size)
            #expect(try problem.solve(input) == problem.bruteForce(input), "seed \(seed), size \(size)")
        }
    }

    @Test func generatesValidInputsUpToTheMaximumSize() throws {
        for seed in UInt64(0)..<60 {
            let size = 1 + Int(seed * 997 % 10_000)
            let input = problem.generate(seed: seed, size: size)
            try problem.validate(input)
            #expect(try arguments(input).nums.count == max(size, 2))
        }
        for seed in UInt64(0)..<5 {
            let input = problem.generate(seed: seed, size: problem.maxSize)
            try problem.validate(input)
            #expect(try arguments(input).nums.count == 10_000)
        }
    }

    @Test func generatesVariedShapes() throws {
        var equalPair = 0, atBothEnds = 0, adjacent = 0, duplicates = 0, extremes = 0, allNegative = 0
        for seed in UInt64(0)..<300 {
            let input = problem.generate(seed: seed, size: 40)
            let (nums, _) = try arguments(input)
            guard case .array(let answer) = try problem.solve(input),
                  case .int(let i) = answer[0], case .int(let j) = answer[1]
            else { continue }
            if nums[i] == nums[j] { equalPair += 1 }
            if i == 0 && j == nums.count - 1 { atBothEnds += 1 }
            if j == i + 1 { adjacent += 1 }
            if Set(nums).count < nums.count { duplicates += 1 }
            if nums.contains(1_000_000_000) && nums.contains(-1_000_000_000) { extremes += 1 }
            if nums.allSatisfy({ $0 < 0 }) { allNegative += 1 }
        }
        #expect(equalPair > 20 && atBothEnds > 20 && adjacent > 20, "\(equalPair), \(atBothEnds), \(adjacent)")
        #expect(duplicates > 50 && extremes > 20 && allNegative > 20, "\(duplicates), \(extremes), \(allNegative)")
    }

    @Test(arguments: [
        (TestInput(arguments: [[1], 2]), "the length of nums must be between 2 and 10000, got 1"),
        (TestInput(arguments: [[1, 1_000_000_001], 2]), "nums[1] = 1000000001 is outside [-1000000000, 1000000000]"),
        (TestInput(arguments: [[1, 2.0], 3]), "nums[1] must be an integer, got 2.0"),
        (TestInput(arguments: [5, 3]), "nums must be an array of integers, got 5"),
        (TestInput(arguments: [[1, 2], 3.0]), "target must be an integer, got 3.0"),
        (TestInput(arguments: [[1, 2], "3"]), "target must be an integer, got \"3\""),
        (TestInput(arguments: [[1, 2], -1_000_000_001]), "target must be between -1000000000 and 1000000000, got -1000000001"),
        (TestInput(arguments: [[1, 2], 4]), "exactly one pair of indices must have values summing to target, found none"),
        (TestInput(arguments: [[1, 2, 1], 3]), "exactly one pair of indices must have values summing to target, found more than one"),
        (TestInput(arguments: [[2, 2, 2], 4]), "exactly one pair of indices must have values summing to target, found more than one"),
        (TestInput(arguments: [.array(Array(repeating: 0, count: 10_001)), 1]),
         "the length of nums must be between 2 and 10000, got 10001"),
    ])
    func refusesInvalidInput(input: TestInput, reason: String) {
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.validate(input) }
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.solve(input) }
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.bruteForce(input) }
    }

    @Test func acceptsTheBoundaries() throws {
        try problem.validate(input([-1_000_000_000, 1_000_000_000], 0))
        try problem.validate(input([-1_000_000_000, 0], -1_000_000_000))
        try problem.validate(input([1, 2] + Array(repeating: 0, count: 9_998), 3))
    }

    @Test func worstCasesHideThePairAtTheEnd() throws {
        for size in [1, 2, 3, 500, 10_000] {
            let cases = problem.worstCases(seed: 8, size: size)
            #expect(cases.map(\.name) == ["pair at the end", "equal pair at the end"])
            for worst in cases {
                let count = max(size, 2)
                #expect(try arguments(worst.input).nums.count == count)
                #expect(try problem.solve(worst.input) == [.int(count - 2), .int(count - 1)], "\(worst.name)")
            }
            let equal = try arguments(cases[1].input).nums
            #expect(equal[equal.count - 1] == equal[equal.count - 2])
        }
    }
}
