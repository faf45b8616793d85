import Testing
import PracticeCatalog

@Suite struct ValidParenthesesTests {
    let problem = ValidParentheses()

    private func text(_ input: TestInput) throws -> String {
        guard case .string(let s) = try #require(input.arguments.first) else {
            Issue.record("s is not a string")
            return ""
        }
        return s
    }

    @Test func describesLeetCode20() {
        #expect(problem.slug == "valid-parentheses" && problem.number == 20)
        #expect(problem.difficulty == .easy)
        #expect(problem.tags == ["strings", "stack"])
        #expect(problem.signature == Signature(
            functionName: "isValid", parameters: [Parameter(name: "s", type: "String")], returnType: "Bool"))
        #expect(problem.limits == Limits(timeLimit: 2.0, memoryLimitMB: 256))
        #expect(problem.checker == .json)
        #expect(problem.maxSize == 10_000)
        #expect(problem.version == "20.1")
    }

    @Test func answersTheExamples() throws {
        #expect(problem.examples.map(\.text) == ["\"()[]{}\"\n", "\"([)]\"\n", "\"{[()]}\"\n"])
        #expect(try problem.examples.map(problem.solve) == [true, false, true])
        #expect(try problem.examples.map(problem.bruteForce) == [true, false, true])
    }

    @Test(arguments: [
        ("(", false),
        (")", false),
        ("(]", false),
        ("((", false),
        ("())", false),
        (")(", false),
        ("([]", false),
        ("[({})]", true),
        ("{}{}[[]]", true),
        ("(([]){})", true),
        ("([{}])}", false),
    ])
    func answersHandPickedCases(s: String, expected: Bool) throws {
        let input = TestInput(arguments: [.string(s)])
        #expect(try problem.solve(input) == .bool(expected))
        #expect(try problem.bruteForce(input) == .bool(expected))
    }

    /// Beyond the generic suite's sizes 1...8: the sizes where this problem's shapes differ.
    @Test func referenceMatchesBruteForceAtMediumSizes() throws {
        for seed in UInt64(0)..<200 {
            let size = 1 + Int(seed * 37 % 120)
            let input = problem.generate(seed: seed, size: size)
            #expect(try problem.solve(input) == problem.bruteForce(input), "seed \(seed), size \(size)")
        }
    }

    @Test func generatesValidInputsUpToTheMaximumSize() throws {
        for seed in UInt64(0)..<100 {
            let size = 1 + Int(seed * 997 % 10_000)
            let input = problem.generate(seed: seed, size: size)
            try problem.validate(input)
            #expect(abs(try text(input).utf8.count - size) <= 1, "seed \(seed), size \(size)")
        }
        for seed in UInt64(0)..<10 {
            try problem.validate(problem.generate(seed: seed, size: problem.maxSize))
        }
    }

    /// The deepest nesting reached: the most openers minus closers over all prefixes.
    private func depth(_ s: String) -> Int {
        var depth = 0
        var deepest = 0
        for character in s {
            depth += "([{".contains(character) ? 1 : -1
            deepest = max(deepest, depth)
        }
        return deepest
    }

    @Test func mixesBalancedAndNearlyBalancedStrings() throws {
        var balanced = 0, deep = 0, flat = 0, oddLength = 0
        for seed in UInt64(0)..<300 {
            let input = problem.generate(seed: seed, size: 100)
            let s = try text(input)
            if try problem.solve(input) == true {
                balanced += 1
                if depth(s) >= 20 { deep += 1 }
                if depth(s) <= 2 { flat += 1 }
            }
            if s.utf8.count % 2 == 1 { oddLength += 1 }
        }
        #expect(balanced > 60 && balanced < 200, "\(balanced) of 300 balanced")
        #expect(deep > 10 && flat > 10 && oddLength > 30, "\(deep) deep, \(flat) flat, \(oddLength) of odd length")
    }

    @Test(arguments: [
        (TestInput(arguments: [""]), "the length of s must be between 1 and 10000, got 0"),
        (TestInput(arguments: [1]), "s must be a string, got 1"),
        (TestInput(arguments: ["(a)"]), "s[1] = \"a\" is not one of ()[]{}"),
        (TestInput(arguments: ["( )"]), "s[1] = \" \" is not one of ()[]{}"),
        (TestInput(arguments: ["<>"]), "s[0] = \"<\" is not one of ()[]{}"),
        (TestInput(arguments: [.string(String(repeating: "()", count: 5_001))]),
         "the length of s must be between 1 and 10000, got 10002"),
    ])
    func refusesInvalidInput(input: TestInput, reason: String) {
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.validate(input) }
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.solve(input) }
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.bruteForce(input) }
    }

    @Test func acceptsTheBoundaries() throws {
        try problem.validate(TestInput(arguments: ["]"]))
        try problem.validate(TestInput(arguments: [.string(String(repeating: "{}", count: 5_000))]))
    }

    @Test func worstCasesNestHalfTheLengthDeep() throws {
        for size in [1, 2, 7, 10_000] {
            let cases = problem.worstCases(seed: 1, size: size)
            let nested = try text(cases[0].input)
            let depth = max(size / 2, 1)
            #expect(nested.count == 2 * depth)
            #expect(nested.prefix(depth).allSatisfy { "([{".contains($0) } && nested.suffix(depth).allSatisfy { ")]}".contains($0) })
            #expect(try problem.solve(cases[0].input) == true)
            #expect(try problem.solve(cases[1].input) == false)
            #expect(try text(cases[1].input).dropLast() == nested.dropLast())
        }
        #expect(try text(problem.worstCases(seed: 1, size: 7)[0].input) == "([{}])")
    }
}
