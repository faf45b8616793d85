import Testing
import PracticeCatalog

@Suite struct SearchInRotatedSortedArrayTests {
    let problem = SearchInRotatedSortedArray()

    private func input(_ nums: [Int], _ target: Int) -> TestInput { .intsAndInt(nums, target) }

    private func arguments(_ input: TestInput) throws -> (nums: [Int], target: Int) { try input.intsAndInt() }

    @Test func describesLeetCode33() {
        #expect(problem.slug == "search-in-rotated-sorted-array" && problem.number == 33)
        #expect(problem.difficulty == .medium)
        #expect(problem.tags == ["array", "binary-search"])
        #expect(problem.signature == Signature(
            functionName: "search",
            parameters: [Parameter(name: "nums", type: "[Int]"), Parameter(name: "target", type: "Int")],
            returnType: "Int"))
        #expect(problem.limits == Limits(timeLimit: 2.0, memoryLimitMB: 256))
        #expect(problem.checker == .json)
        #expect(problem.maxSize == 5_000)
        #expect(problem.version == "33.1")
    }

    @Test func answersTheExamples() throws {
        #expect(problem.examples.map(\.text) == ["[4,5,6,7,0,1,2]\n0\n", "[4,5,6,7,0,1,2]\n3\n", "[1]\n0\n"])
        #expect(try problem.examples.map(problem.solve) == [4, -1, -1])
        #expect(try problem.examples.map(problem.bruteForce) == [4, -1, -1])
    }

    @Test(arguments: [
        ([1], 1, 0),
        ([3, 1], 1, 1),
        ([3, 1], 3, 0),
        ([1, 3], 2, -1),
        ([5, 1, 3], 5, 0),
        ([5, 1, 3], 3, 2),
        ([4, 5, 6, 7, 8, 1, 2, 3], 8, 4),
        ([6, 7, 1, 2, 3, 4, 5], 6, 0),
        ([-10_000, 10_000], 10_000, 1),
    ])
    func answersHandPickedCases(nums: [Int], target: Int, expected: Int) throws {
        #expect(try problem.solve(input(nums, target)) == .int(expected))
        #expect(try problem.bruteForce(input(nums, target)) == .int(expected))
    }

    @Test func referenceMatchesBruteForceAtMaximumSize() throws {
        for seed in UInt64(0)..<20 {
            let input = problem.generate(seed: seed, size: problem.maxSize)
            #expect(try arguments(input).nums.count == 5_000)
            #expect(try problem.solve(input) == problem.bruteForce(input), "seed \(seed)")
        }
    }

    @Test func generatesValidInputsAcrossSizes() throws {
        for size in [1, 2, 3, 10, 100, 1_000] {
            for seed in UInt64(0)..<20 {
                let input = problem.generate(seed: seed, size: size)
                try problem.validate(input)
                #expect(try arguments(input).nums.count == size, "seed \(seed), size \(size)")
            }
        }
    }

    @Test func generatesVariedShapes() throws {
        var found = 0, missing = 0, unrotated = 0, atThePivot = 0, consecutive = 0, extremes = 0
        for seed in UInt64(0)..<300 {
            let input = problem.generate(seed: seed, size: 40)
            let (nums, target) = try arguments(input)
            if try problem.solve(input) == -1 { missing += 1 } else { found += 1 }
            if nums == nums.sorted() { unrotated += 1 }
            if target == nums.min() { atThePivot += 1 }
            if let low = nums.min(), let high = nums.max(), high - low == 39 { consecutive += 1 }
            if nums.contains(-10_000) && nums.contains(10_000) { extremes += 1 }
        }
        #expect(found > 100 && missing > 60, "\(found) found, \(missing) missing")
        #expect(unrotated > 30 && atThePivot > 20, "\(unrotated) unrotated, \(atThePivot) at the pivot")
        #expect(consecutive > 40 && extremes > 40, "\(consecutive) consecutive, \(extremes) with both extremes")
    }

    @Test(arguments: [
        (TestInput(arguments: [[], 1]), "the length of nums must be between 1 and 5000, got 0"),
        (TestInput(arguments: [[1, 10_001], 1]), "nums[1] = 10001 is outside [-10000, 10000]"),
        (TestInput(arguments: [[1, 2.0], 1]), "nums[1] must be an integer, got 2.0"),
        (TestInput(arguments: [[4, 5, 1, 4], 1]), "nums[0] and nums[3] are both 4; values must be distinct"),
        (TestInput(arguments: [[3, 1, 2, 0], 1]),
         "nums is not a rotated ascending array: it falls after index 0 and again after index 2"),
        (TestInput(arguments: [[3, 4, 1, 5], 1]),
         "nums is not a rotated ascending array: it falls after index 1 but its last value 5 is above its first 3"),
        (TestInput(arguments: [[2, 1], 1.0]), "target must be an integer, got 1.0"),
        (TestInput(arguments: [[2, 1], 10_001]), "target must be between -10000 and 10000, got 10001"),
    ])
    func refusesInvalidInput(input: TestInput, reason: String) {
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.validate(input) }
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.solve(input) }
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.bruteForce(input) }
    }

    @Test func refusesTooManyElements() {
        #expect(throws: CatalogError.invalidInput("the length of nums must be between 1 and 5000, got 5001")) {
            try problem.validate(input(Array(0..<5_001), 1))
        }
    }

    @Test func acceptsTheBoundaries() throws {
        try problem.validate(input([10_000, -10_000], -10_000))
        try problem.validate(input(Array(-2_500..<2_500), 10_000))
        try problem.validate(input(Array(0..<2_000) + Array(-3_000..<0), -10_000))
    }

    @Test func worstCasesMissTheTargetOrPutItLast() throws {
        for size in [1, 2, 3, 5_000] {
            let cases = problem.worstCases(seed: 9, size: size)
            #expect(cases.map(\.name) == ["target missing", "target last"])
            #expect(try arguments(cases[0].input).nums.count == size)
            #expect(try problem.solve(cases[0].input) == .int(-1))
            #expect(try problem.solve(cases[1].input) == .int(size - 1))
        }
    }
}
