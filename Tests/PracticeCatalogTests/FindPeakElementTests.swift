import Testing
import PracticeCatalog

@Suite struct FindPeakElementTests {
    let problem = FindPeakElement()

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

    /// The peaks by the definition, checking both neighbours of every index.
    private func peaks(_ nums: [Int]) -> [Int] {
        nums.indices.filter { index in
            (index == 0 || nums[index - 1] < nums[index]) && (index == nums.count - 1 || nums[index + 1] < nums[index])
        }
    }

    @Test func describesLeetCode162() {
        #expect(problem.slug == "find-peak-element" && problem.number == 162)
        #expect(problem.difficulty == .medium)
        #expect(problem.tags == ["array", "binary-search"])
        #expect(problem.signature == Signature(
            functionName: "findPeakElement", parameters: [Parameter(name: "nums", type: "[Int]")], returnType: "Int"))
        #expect(problem.limits == Limits(timeLimit: 2.0, memoryLimitMB: 256))
        #expect(problem.checksInput)
        #expect(problem.maxSize == 1_000)
        #expect(problem.version == "162.2")
    }

    @Test func answersTheExamplesWithPeaks() throws {
        #expect(problem.examples.map(\.text) == ["[1,2,3,1]\n", "[1,2,1,3,5,6,4]\n", "[-2147483648]\n"])
        #expect(try problem.examples.map(problem.solve) == [2, 5, 0])
        #expect(try problem.examples.map(problem.bruteForce) == [2, 1, 0])
    }

    @Test func acceptsEveryPeakOfTheSecondExample() {
        let example = problem.examples[1]
        for answer in ["1", "5", " 5\n", "5.0"] {
            #expect(problem.check(example, expected: "5", actual: answer) == .accepted, "answer \(answer)")
        }
    }

    @Test(arguments: [
        ("3", "index 3 is not a peak: nums[3]=3 < nums[4]=5"),
        ("0", "index 0 is not a peak: nums[0]=1 < nums[1]=2"),
        ("6", "index 6 is not a peak: nums[6]=4 < nums[5]=6"),
        ("2", "index 2 is not a peak: nums[2]=1 < nums[1]=2"),
        ("7", "index 7 is out of range 0..<7"),
        ("-1", "index -1 is out of range 0..<7"),
        ("1.5", "output is not an integer index: 1.5"),
        ("\"1\"", "output is not an integer index: \"1\""),
        ("[1]", "output is not an integer index: [1]"),
        ("", "empty output"),
        ("x", "output is not JSON: unexpected character 'x' at offset 0"),
    ])
    func rejectsWrongAnswersWithAReason(actual: String, reason: String) {
        #expect(problem.check(problem.examples[1], expected: "5", actual: actual) == .wrongAnswer(reason))
    }

    @Test func reportsAnInvalidInputAsAJudgeError() {
        guard case .judgeError(let reason) = problem.check(input([1, 1]), expected: "0", actual: "0") else {
            Issue.record("an invalid input was not reported as a judge error")
            return
        }
        #expect(reason.contains("nums[0] and nums[1] are both 1"))
    }

    @Test func checkAcceptsExactlyThePeaks() throws {
        for seed in UInt64(0)..<200 {
            let input = problem.generate(seed: seed, size: 1 + Int(seed % 12))
            let values = try nums(input)
            let accepted = values.indices.filter { problem.check(input, expected: "0", actual: "\($0)") == .accepted }
            #expect(accepted == peaks(values), "seed \(seed): \(values)")
        }
    }

    @Test func referenceAndBruteForceFindPeaks() throws {
        for seed in UInt64(0)..<1000 {
            let size = 1 + Int(seed * 37 % 300)
            let input = problem.generate(seed: seed, size: size)
            let reference = try problem.solve(input).json
            let bruteForce = try problem.bruteForce(input).json
            #expect(problem.check(input, expected: bruteForce, actual: reference) == .accepted, "seed \(seed), size \(size)")
            #expect(problem.check(input, expected: reference, actual: bruteForce) == .accepted, "seed \(seed), size \(size)")
        }
    }

    @Test func generatesValidInputsUpToTheMaximumSize() throws {
        for size in [1, 2, 3, 10, 100, 1_000] {
            for seed in UInt64(0)..<30 {
                let input = problem.generate(seed: seed, size: size)
                try problem.validate(input)
                #expect(try nums(input).count == size, "seed \(seed), size \(size)")
            }
        }
    }

    @Test func generatesVariedShapes() throws {
        var peakCounts: Set<String> = []
        var peakAtStart = 0, peakAtEnd = 0, peakInside = 0, extremes = 0
        for seed in UInt64(0)..<300 {
            let values = try nums(problem.generate(seed: seed, size: 40))
            let found = peaks(values)
            peakCounts.insert(found.count == 1 ? "one" : found.count < 10 ? "some" : "many")
            if found.contains(0) { peakAtStart += 1 }
            if found.contains(39) { peakAtEnd += 1 }
            if found.contains(where: { (1...38).contains($0) }) { peakInside += 1 }
            if values.contains(Int(Int32.min)) || values.contains(Int(Int32.max)) { extremes += 1 }
        }
        #expect(peakCounts == ["one", "some", "many"])
        #expect(peakAtStart > 40 && peakAtEnd > 40 && peakInside > 100, "\(peakAtStart), \(peakAtEnd), \(peakInside)")
        #expect(extremes > 20)
    }

    @Test(arguments: [
        (TestInput(arguments: [[]]), "the length of nums must be between 1 and 1000, got 0"),
        (TestInput(arguments: [[1, 2, 2]]), "nums[1] and nums[2] are both 2; neighbours must differ"),
        (TestInput(arguments: [[2_147_483_648]]), "nums[0] = 2147483648 is outside [-2147483648, 2147483647]"),
        (TestInput(arguments: [[1, -2_147_483_649]]), "nums[1] = -2147483649 is outside [-2147483648, 2147483647]"),
        (TestInput(arguments: [[1, 0.5]]), "nums[1] must be an integer, got 0.5"),
        (TestInput(arguments: ["1,2"]), "nums must be an array of integers, got \"1,2\""),
        (TestInput(arguments: [.array((0..<1_001).map(JSONValue.int))]), "the length of nums must be between 1 and 1000, got 1001"),
    ])
    func refusesInvalidInput(input: TestInput, reason: String) {
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.validate(input) }
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.solve(input) }
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.bruteForce(input) }
    }

    @Test func acceptsTheBoundaries() throws {
        try problem.validate(input([-2_147_483_648, 2_147_483_647, -2_147_483_648]))
        try problem.validate(input((0..<1_000).map { $0 % 2 }))
    }

    @Test func worstCasesPutTheOnlyPeakAtAnEnd() throws {
        for size in [1, 2, 500, 1_000] {
            let cases = problem.worstCases(seed: 3, size: size)
            let ascending = try nums(cases[0].input)
            #expect(ascending.count == size && zip(ascending, ascending.dropFirst()).allSatisfy { $0 < $1 })
            #expect(try nums(cases[1].input) == ascending.reversed())
            #expect(try problem.solve(cases[0].input) == .int(size - 1))
            #expect(try problem.solve(cases[1].input) == .int(0))
        }
    }
}
