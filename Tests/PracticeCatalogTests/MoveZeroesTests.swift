import Testing
import PracticeCatalog

/// LeetCode 283, the catalog's in-place problem: the answer is `nums` after the call.
@Suite struct MoveZeroesTests {
    let problem = MoveZeroes()

    private func input(_ nums: [Int]) -> TestInput { TestInput(arguments: [.array(nums.map(JSONValue.int))]) }

    private func nums(_ input: TestInput) throws -> [Int] {
        guard case .array(let elements) = try #require(input.arguments.first) else { throw TestInput.ShapeError() }
        return elements.compactMap { if case .int(let value) = $0 { value } else { nil } }
    }

    @Test func describesLeetCode283AsInPlace() {
        #expect(problem.slug == "move-zeroes" && problem.number == 283 && problem.difficulty == .easy)
        #expect(problem.signature.functionName == "moveZeroes")
        #expect(problem.signature.parameters == [Parameter(name: "nums", type: "[Int]")])
        // The function returns nothing: the answer is the first parameter afterwards, of its type.
        #expect(problem.signature.modifies == 0 && problem.signature.modifiedParameter?.name == "nums")
        #expect(problem.signature.returnType == "[Int]")
        #expect(problem.statement.contains("`moveZeroes(nums: [Int])`, which returns nothing: it rearranges `nums` in place"))
        #expect(problem.maxSize == 10_000)
    }

    @Test func answersTheExamples() throws {
        #expect(try problem.examples.map(problem.solve) == [[1, 3, 12, 0, 0], [0], [4, -2, 7, 0, 0, 0]])
        #expect(try problem.examples.map(problem.bruteForce) == [[1, 3, 12, 0, 0], [0], [4, -2, 7, 0, 0, 0]])
    }

    @Test(arguments: [
        ([1], [1]), ([0, 0], [0, 0]), ([1, 2, 3], [1, 2, 3]), ([0, 0, 1], [1, 0, 0]),
        ([-2_147_483_648, 0, 2_147_483_647], [-2_147_483_648, 2_147_483_647, 0]), ([0, -1, 0, -1], [-1, -1, 0, 0]),
    ])
    func answersHandPickedCases(nums: [Int], expected: [Int]) throws {
        #expect(try problem.solve(input(nums)) == .array(expected.map(JSONValue.int)))
        #expect(try problem.bruteForce(input(nums)) == .array(expected.map(JSONValue.int)))
    }

    @Test func generatesEveryShareOfZerosAndMatchesTheBruteForce() throws {
        var shares: Set<Int> = []
        for seed in UInt64(0)..<300 {
            let generated = problem.generate(seed: seed, size: 1 + Int(seed * 31 % 400))
            try problem.validate(generated)
            #expect(try problem.solve(generated) == problem.bruteForce(generated), "seed \(seed)")
            let values = try nums(generated)
            let zeros = values.filter { $0 == 0 }.count
            shares.insert(zeros == 0 ? 0 : zeros == values.count ? 100 : 50)
        }
        #expect(shares == [0, 50, 100], "no zeros, some and all")
        let worst = problem.worstCases(seed: 1, size: 10_000)
        let first = try nums(try #require(worst.first).input)
        #expect(worst.count == 1 && first.count == 10_000 && first.prefix(5_000).allSatisfy { $0 == 0 })
    }
}
