import Testing
import PracticeCatalog

@Suite struct ContainerWithMostWaterTests {
    let problem = ContainerWithMostWater()

    private func heights(_ input: TestInput) throws -> [Int] {
        guard case .array(let elements) = try #require(input.arguments.first) else {
            Issue.record("height is not an array")
            return []
        }
        return elements.compactMap { if case .int(let value) = $0 { value } else { nil } }
    }

    private func input(_ height: [Int]) -> TestInput {
        TestInput(arguments: [.array(height.map(JSONValue.int))])
    }

    @Test func describesLeetCode11() {
        #expect(problem.slug == "container-with-most-water" && problem.number == 11)
        #expect(problem.difficulty == .medium)
        #expect(problem.tags == ["array", "two-pointers", "greedy"])
        #expect(problem.signature == Signature(
            functionName: "maxArea", parameters: [Parameter(name: "height", type: "[Int]")], returnType: "Int"))
        #expect(problem.limits == Limits(timeLimit: 2.0, memoryLimitMB: 256))
        #expect(problem.checker == .json)
        #expect(problem.maxSize == 100_000)
        #expect(problem.version == "11.1")
    }

    @Test func answersTheExamples() throws {
        #expect(problem.examples.map(\.text) == ["[1,8,6,2,5,4,8,3,7]\n", "[1,1]\n", "[4,3,2,1,4]\n"])
        #expect(try problem.examples.map(problem.solve) == [49, 1, 16])
        #expect(try problem.examples.map(problem.bruteForce) == [49, 1, 16])
    }

    @Test(arguments: [
        ([0, 0], 0),
        ([0, 10_000], 0),
        ([10_000, 10_000], 10_000),
        ([1, 2, 1], 2),
        ([2, 3, 4, 5, 18, 17, 6], 17),
        ([1, 2, 4, 3], 4),
        ([5, 0, 0, 0, 5], 20),
    ])
    func answersHandPickedCases(height: [Int], expected: Int) throws {
        #expect(try problem.solve(input(height)) == .int(expected))
        #expect(try problem.bruteForce(input(height)) == .int(expected))
    }

    /// Beyond the generic suite's sizes 1...8: the sizes where this problem's shapes differ.
    @Test func referenceMatchesBruteForceAtMediumSizes() throws {
        for seed in UInt64(0)..<200 {
            let size = 2 + Int(seed * 37 % 200)
            let input = problem.generate(seed: seed, size: size)
            #expect(try problem.solve(input) == problem.bruteForce(input), "seed \(seed), size \(size)")
        }
    }

    @Test func answersTheMaximumSizeWithoutOverflow() throws {
        // The largest possible answer: (10^5 - 1) * 10^4 with both ends at the maximum height.
        #expect(try problem.solve(input(Array(repeating: 10_000, count: 100_000))) == .int(999_990_000))
    }

    @Test func generatesValidInputsUpToTheMaximumSize() throws {
        for size in [1, 2, 3, 10, 100, 1_000, 10_000, 100_000] {
            for seed in UInt64(0)..<(size < 10_000 ? 20 : 2) {
                let input = problem.generate(seed: seed, size: size)
                try problem.validate(input)
                #expect(try heights(input).count == max(size, 2), "seed \(seed), size \(size)")
            }
        }
    }

    @Test func generatesVariedShapes() throws {
        var ascending = 0, descending = 0, allEqual = 0, fewDistinct = 0, extremes = 0
        var bestAtTheEnds = 0, bestInside = 0
        for seed in UInt64(0)..<300 {
            let input = problem.generate(seed: seed, size: 30)
            let values = try heights(input)
            if values == values.sorted() { ascending += 1 }
            if values == values.sorted(by: >) { descending += 1 }
            if Set(values).count == 1 { allEqual += 1 }
            if Set(values).count <= 4 { fewDistinct += 1 }
            if Set(values).isSubset(of: [0, 10_000]) { extremes += 1 }
            let atTheEnds = 29 * min(values[0], values[29])
            if try problem.solve(input) == .int(atTheEnds) { bestAtTheEnds += 1 } else { bestInside += 1 }
        }
        #expect(ascending > 20 && descending > 20 && allEqual > 10, "\(ascending), \(descending), \(allEqual)")
        #expect(fewDistinct > allEqual + 20 && extremes > 20, "\(fewDistinct), \(extremes)")
        #expect(bestAtTheEnds > 30 && bestInside > 30, "\(bestAtTheEnds) at the ends, \(bestInside) inside")
    }

    @Test(arguments: [
        (TestInput(arguments: [[1]]), "n (the length of height) must be between 2 and 100000, got 1"),
        (TestInput(arguments: [[]]), "n (the length of height) must be between 2 and 100000, got 0"),
        (TestInput(arguments: [[1, -1]]), "height[1] = -1 is outside [0, 10000]"),
        (TestInput(arguments: [[10_001, 1]]), "height[0] = 10001 is outside [0, 10000]"),
        (TestInput(arguments: [[1, 1.5]]), "height[1] must be an integer, got 1.5"),
        (TestInput(arguments: [nil]), "height must be an array of integers, got null"),
    ])
    func refusesInvalidInput(input: TestInput, reason: String) {
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.validate(input) }
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.solve(input) }
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.bruteForce(input) }
    }

    @Test func refusesTooManyLines() {
        let input = TestInput(arguments: [.array(Array(repeating: 1, count: 100_001))])
        #expect(throws: CatalogError.invalidInput("n (the length of height) must be between 2 and 100000, got 100001")) {
            try problem.validate(input)
        }
    }

    @Test func acceptsTheBoundaries() throws {
        try problem.validate(input([0, 10_000]))
        try problem.validate(input(Array(repeating: 0, count: 100_000)))
    }

    @Test func worstCasesHaveTheLargestSize() throws {
        for size in [1, 2, 1_000, 100_000] {
            let cases = problem.worstCases(seed: 2, size: size)
            #expect(cases.map(\.name) == ["random", "ascending"])
            let random = try heights(cases[0].input)
            #expect(random.count == max(size, 2))
            #expect(try heights(cases[1].input) == random.sorted())
        }
    }
}
