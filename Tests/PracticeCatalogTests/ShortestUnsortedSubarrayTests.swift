import Testing
import PracticeCatalog

@Suite struct ShortestUnsortedSubarrayTests {
    let problem = ShortestUnsortedSubarray()

    private func nums(_ input: TestInput) throws -> [Int] {
        guard case .array(let elements) = try #require(input.arguments.first) else {
            Issue.record("nums is not an array")
            return []
        }
        return elements.compactMap { if case .int(let value) = $0 { value } else { nil } }
    }

    private func input(_ nums: [Int]) -> TestInput {
        TestInput(arguments: [.array(nums.map(JSONValue.int))])
    }

    @Test func describesLeetCode581() {
        #expect(problem.number == 581)
        #expect(problem.difficulty == .medium)
        #expect(problem.tags == ["array", "sorting", "two-pointers", "stack", "greedy"])
        #expect(problem.signature.functionName == "findUnsortedSubarray")
        #expect(problem.signature.parameters == [Parameter(name: "nums", type: "[Int]")])
        #expect(problem.limits == Limits(timeLimit: 2.0, memoryLimitMB: 256))
        #expect(problem.checker == .json)
        #expect(problem.maxSize == 10_000)
    }

    @Test func answersTheExamples() throws {
        #expect(problem.examples.map(\.text) == ["[2,6,4,8,10,9,15]\n", "[1,2,3,4]\n", "[1]\n"])
        #expect(try problem.examples.map(problem.solve) == [5, 0, 0])
        #expect(try problem.examples.map(problem.bruteForce) == [5, 0, 0])
    }

    @Test(arguments: [
        ([1, 3, 2, 2, 2], 4),
        ([2, 1], 2),
        ([1, 1, 1], 0),
        ([3, 2, 1], 3),
        ([1, 2, 4, 5, 3], 3),
        ([5, 1, 2, 3, 4], 5),
        ([1, 2, 3, 3, 3], 0),
        ([2, 3, 3, 2, 4], 3),
    ])
    func answersHandPickedCases(nums: [Int], expected: Int) throws {
        #expect(try problem.solve(input(nums)) == .int(expected))
        #expect(try problem.bruteForce(input(nums)) == .int(expected))
    }

    @Test func referenceMatchesBruteForceAtMaximumSize() throws {
        for seed in UInt64(0)..<8 {
            let input = problem.generate(seed: seed, size: problem.maxSize)
            #expect(try nums(input).count == 10_000)
            #expect(try problem.solve(input) == problem.bruteForce(input), "seed \(seed)")
        }
    }

    @Test func generatesWithinConstraints() throws {
        for seed in UInt64(0)..<300 {
            let size = 1 + Int(seed * 97 % 2000)
            let values = try nums(problem.generate(seed: seed, size: size))
            #expect(values.count == size)
            #expect(values.allSatisfy { (-100_000...100_000).contains($0) })
        }
    }

    @Test func generatesVariedShapes() throws {
        var answers: Set<String> = []
        var allEqual = 0
        var fewDistinct = 0
        for seed in UInt64(0)..<200 {
            let input = problem.generate(seed: seed, size: 50)
            let values = try nums(input)
            guard case .int(let answer) = try problem.solve(input) else { continue }
            answers.insert(answer == 0 ? "sorted" : answer == 50 ? "whole" : answer <= 12 ? "small window" : "partial")
            if Set(values).count == 1 { allEqual += 1 }
            if Set(values).count <= 5 { fewDistinct += 1 }
        }
        #expect(answers == ["sorted", "whole", "small window", "partial"])
        #expect(allEqual > 0)
        #expect(fewDistinct > allEqual)
    }

    @Test(arguments: [
        (TestInput(arguments: [[]]), "the length of nums must be between 1 and 10000, got 0"),
        (TestInput(arguments: [[1, 100_001]]), "nums[1] = 100001 is outside [-100000, 100000]"),
        (TestInput(arguments: [[-100_001]]), "nums[0] = -100001 is outside [-100000, 100000]"),
        (TestInput(arguments: [[1, 2.5]]), "nums[1] must be an integer, got 2.5"),
        (TestInput(arguments: [[1, 2.0]]), "nums[1] must be an integer, got 2.0"),
        (TestInput(arguments: [["1"]]), "nums[0] must be an integer, got \"1\""),
        (TestInput(arguments: [5]), "nums must be an array of integers, got 5"),
        (TestInput(arguments: [.array(Array(repeating: 1, count: 10_001))]),
         "the length of nums must be between 1 and 10000, got 10001"),
    ])
    func refusesInvalidInput(input: TestInput, reason: String) {
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.validate(input) }
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.solve(input) }
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.bruteForce(input) }
    }

    @Test func acceptsTheBoundaries() throws {
        try problem.validate(input([-100_000, 100_000]))
        try problem.validate(input(Array(repeating: 0, count: 10_000)))
    }

    @Test func worstCasesAreSortedOrSwappedInTheMiddle() throws {
        for size in [1, 2, 3, 10_000] {
            let cases = problem.worstCases(seed: 13, size: size)
            let ascending = try nums(cases[0].input)
            #expect(ascending.count == size && zip(ascending, ascending.dropFirst()).allSatisfy { $0 < $1 })
            #expect(try problem.solve(cases[0].input) == .int(0))
            #expect(try problem.solve(cases[1].input) == .int(size >= 2 ? 2 : 0))
        }
    }
}
