import Testing
import PracticeCatalog

@Suite struct MergeIntervalsTests {
    let problem = MergeIntervals()

    private func input(_ intervals: [[Int]]) -> TestInput {
        TestInput(arguments: [.array(intervals.map { .array($0.map(JSONValue.int)) })])
    }

    private func intervals(_ value: JSONValue) throws -> [[Int]] {
        guard case .array(let rows) = value else { throw CatalogError.invalidInput("not an array") }
        return try rows.map { row in
            guard case .array(let entries) = row else { throw CatalogError.invalidInput("not a pair") }
            return entries.compactMap { if case .int(let value) = $0 { value } else { nil } }
        }
    }

    @Test func describesLeetCode56() {
        #expect(problem.slug == "merge-intervals" && problem.number == 56)
        #expect(problem.difficulty == .medium)
        #expect(problem.tags == ["array", "intervals", "sorting"])
        #expect(problem.signature.functionName == "merge")
        #expect(problem.signature.parameters == [Parameter(name: "intervals", type: "[[Int]]")])
        #expect(problem.signature.returnType == "[[Int]]")
        #expect(problem.limits == Limits(timeLimit: 2.0, memoryLimitMB: 256))
        #expect(problem.checker == .json)
        #expect(problem.maxSize == 10_000)
        #expect(problem.version == "56.1")
    }

    @Test func answersTheExamples() throws {
        #expect(problem.examples.map(\.text) == ["[[1,3],[2,6],[8,10],[15,18]]\n", "[[1,4],[4,5]]\n", "[[4,7],[1,4],[2,3]]\n"])
        let expected: [JSONValue] = [[[1, 6], [8, 10], [15, 18]], [[1, 5]], [[1, 7]]]
        #expect(try problem.examples.map(problem.solve) == expected)
        #expect(try problem.examples.map(problem.bruteForce) == expected)
    }

    @Test(arguments: [
        ([[1, 2], [3, 4]], [[1, 2], [3, 4]]),
        ([[3, 4], [1, 2]], [[1, 2], [3, 4]]),
        ([[1, 10], [2, 3], [4, 5]], [[1, 10]]),
        ([[5, 5], [5, 5]], [[5, 5]]),
        ([[5, 5], [4, 6]], [[4, 6]]),
        ([[0, 0], [10_000, 10_000]], [[0, 0], [10_000, 10_000]]),
        ([[1, 4], [0, 0]], [[0, 0], [1, 4]]),
        ([[2, 3], [4, 5], [6, 7], [1, 10]], [[1, 10]]),
        ([[1, 3], [5, 6], [3, 5]], [[1, 6]]),
    ])
    func answersHandPickedCases(given: [[Int]], merged: [[Int]]) throws {
        #expect(try intervals(problem.solve(input(given))) == merged)
        #expect(try intervals(problem.bruteForce(input(given))) == merged)
    }

    /// A third algorithm, fast enough for the maximum size: mark each interval on a line of
    /// half-steps (so [1,2] and [3,4] stay apart) with a difference array, then read off the runs.
    private func coveredRuns(_ given: [[Int]]) -> [[Int]] {
        var delta = [Int](repeating: 0, count: 2 * 10_000 + 2)
        for interval in given {
            delta[2 * interval[0]] += 1
            delta[2 * interval[1] + 1] -= 1
        }
        var runs: [[Int]] = []
        var depth = 0
        for cell in 0..<(delta.count - 1) {
            let wasCovered = depth > 0
            depth += delta[cell]
            if depth > 0 && !wasCovered { runs.append([cell / 2, cell / 2]) }
            if depth > 0 { runs[runs.count - 1][1] = cell / 2 }
        }
        return runs
    }

    @Test func referenceMatchesCoverageAtMaximumSize() throws {
        for seed in UInt64(0)..<3 {
            let input = problem.generate(seed: seed, size: problem.maxSize)
            let given = try intervals(input.arguments[0])
            #expect(given.count == 10_000)
            #expect(try intervals(problem.solve(input)) == coveredRuns(given), "seed \(seed)")
        }
    }

    @Test func coverageAgreesWithBruteForce() throws {
        for seed in UInt64(0)..<100 {
            let input = problem.generate(seed: seed, size: 1 + Int(seed % 40))
            #expect(try intervals(problem.bruteForce(input)) == coveredRuns(intervals(input.arguments[0])), "seed \(seed)")
        }
    }

    @Test func generatesWithinConstraints() throws {
        for seed in UInt64(0)..<100 {
            let size = 1 + Int(seed * 97 % 1000)
            let input = problem.generate(seed: seed, size: size)
            try problem.validate(input)
            #expect(try intervals(input.arguments[0]).count == size)
        }
    }

    @Test func generatesVariedShapes() throws {
        var outcomes: Set<String> = []
        var points = 0
        var duplicates = 0
        for seed in UInt64(0)..<200 {
            let input = problem.generate(seed: seed, size: 30)
            let given = try intervals(input.arguments[0])
            let merged = try intervals(problem.solve(input))
            outcomes.insert(merged.count == 1 ? "one" : merged.count == 30 ? "none merged" : "some merged")
            if given.contains(where: { $0[0] == $0[1] }) { points += 1 }
            if Set(given).count < given.count { duplicates += 1 }
        }
        #expect(outcomes == ["one", "none merged", "some merged"])
        #expect(points > 20 && duplicates > 20, "\(points) with points, \(duplicates) with duplicates")
    }

    @Test(arguments: [
        (TestInput(arguments: [[]]), "the number of intervals must be between 1 and 10000, got 0"),
        (TestInput(arguments: [5]), "intervals must be an array of [start, end] pairs, got 5"),
        (TestInput(arguments: [[[1, 2], 3]]), "intervals[1] must be an array of integers, got 3"),
        (TestInput(arguments: [[[1, 2, 3]]]), "intervals[0] must hold 2 integers [start, end], got 3"),
        (TestInput(arguments: [[[1]]]), "intervals[0] must hold 2 integers [start, end], got 1"),
        (TestInput(arguments: [[[1, 2.5]]]), "intervals[0][1] must be an integer, got 2.5"),
        (TestInput(arguments: [[[0, 1], [-1, 2]]]), "intervals[1][0] = -1 is outside [0, 10000]"),
        (TestInput(arguments: [[[0, 10_001]]]), "intervals[0][1] = 10001 is outside [0, 10000]"),
        (TestInput(arguments: [[[0, 1], [5, 3]]]), "intervals[1] = [5,3] starts after it ends; start must be <= end"),
        (TestInput(arguments: [.array(Array(repeating: [1, 2], count: 10_001))]),
         "the number of intervals must be between 1 and 10000, got 10001"),
    ])
    func refusesInvalidInput(input: TestInput, reason: String) {
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.validate(input) }
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.solve(input) }
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.bruteForce(input) }
    }

    @Test func acceptsTheBoundaries() throws {
        try problem.validate(input([[0, 10_000], [0, 0], [10_000, 10_000]]))
        try problem.validate(input(Array(repeating: [7, 7], count: 10_000)))
    }

    @Test func worstCasesAreAllDisjointOrAllOneChain() throws {
        for size in [1, 2, 100, 10_000] {
            let cases = problem.worstCases(seed: 12, size: size)
            #expect(cases.map(\.name) == ["all disjoint", "touching chain"])
            let disjoint = try intervals(cases[0].input.arguments[0])
            #expect(disjoint.count == size)
            #expect(try intervals(problem.solve(cases[0].input)) == disjoint.sorted { $0[0] < $1[0] }, "nothing merges")
            let chain = try intervals(cases[1].input.arguments[0])
            #expect(chain.count == size)
            let merged = try intervals(problem.solve(cases[1].input))
            #expect(merged.count == 1 && merged[0][1] - merged[0][0] == size, "everything merges into one")
        }
    }
}
