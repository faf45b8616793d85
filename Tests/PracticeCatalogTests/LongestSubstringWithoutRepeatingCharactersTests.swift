import Testing
import PracticeCatalog

@Suite struct LongestSubstringWithoutRepeatingCharactersTests {
    let problem = LongestSubstringWithoutRepeatingCharacters()

    private func text(_ input: TestInput) throws -> String {
        guard case .string(let s) = try #require(input.arguments.first) else {
            Issue.record("s is not a string")
            return ""
        }
        return s
    }

    @Test func describesLeetCode3() {
        #expect(problem.slug == "longest-substring-without-repeating-characters" && problem.number == 3)
        #expect(problem.difficulty == .medium)
        #expect(problem.tags == ["strings", "sliding-window", "hashing"])
        #expect(problem.signature == Signature(
            functionName: "lengthOfLongestSubstring", parameters: [Parameter(name: "s", type: "String")], returnType: "Int"))
        #expect(problem.limits == Limits(timeLimit: 2.0, memoryLimitMB: 256))
        #expect(problem.checker == .json)
        #expect(problem.maxSize == 50_000)
        #expect(problem.version == "3.1")
    }

    @Test func answersTheExamples() throws {
        #expect(problem.examples.map(\.text) == ["\"abcabcbb\"\n", "\"pwwkew\"\n", "\"\"\n"])
        #expect(try problem.examples.map(problem.solve) == [3, 3, 0])
        #expect(try problem.examples.map(problem.bruteForce) == [3, 3, 0])
    }

    @Test(arguments: [
        ("bbbbb", 1),
        (" ", 1),
        ("abba", 2),
        ("dvdf", 3),
        ("tmmzuxt", 5),
        ("aA", 2),
        ("a b c", 3),
        (#""\"\"#, 2),
        ("abcdefghijklmnopqrstuvwxyz", 26),
    ])
    func answersHandPickedCases(s: String, expected: Int) throws {
        let input = TestInput(arguments: [.string(s)])
        #expect(try problem.solve(input) == .int(expected))
        #expect(try problem.bruteForce(input) == .int(expected))
    }

    @Test func referenceMatchesBruteForceAtMaximumSize() throws {
        let input = problem.generate(seed: 0, size: problem.maxSize)
        #expect(try text(input).utf8.count == 50_000)
        #expect(try problem.solve(input) == problem.bruteForce(input))
    }

    @Test func generatesValidInputsUpToTheMaximumSize() throws {
        for seed in UInt64(0)..<60 {
            let size = 1 + Int(seed * 997 % 50_000)
            let input = problem.generate(seed: seed, size: size)
            try problem.validate(input)
            #expect(try text(input).utf8.count == size)
            #expect(try TestInput.parse(input.text, arity: 1) == input)
        }
    }

    @Test func generatesVariedShapes() throws {
        var answers: Set<String> = []
        var withSpaces = 0, withEscapes = 0, distinctCharacters: Set<Int> = []
        for seed in UInt64(0)..<300 {
            let input = problem.generate(seed: seed, size: 200)
            let s = try text(input)
            guard case .int(let answer) = try problem.solve(input) else { continue }
            answers.insert(answer <= 3 ? "tiny" : answer <= 26 ? "short" : answer <= 94 ? "long" : "all 95")
            if s.contains(" ") { withSpaces += 1 }
            if s.contains("\"") || s.contains("\\") { withEscapes += 1 }
            distinctCharacters.insert(Set(s).count)
        }
        #expect(answers == ["tiny", "short", "long", "all 95"])
        #expect(withSpaces > 50 && withEscapes > 50, "\(withSpaces) with spaces, \(withEscapes) with escapes")
        #expect(distinctCharacters.contains(1) && distinctCharacters.contains(95))
    }

    @Test(arguments: [
        (TestInput(arguments: [5]), "s must be a string, got 5"),
        (TestInput(arguments: [["a"]]), "s must be a string, got [\"a\"]"),
        (TestInput(arguments: ["ab\tc"]), "s[2] = \"\\t\" is not printable ASCII (codes 32 to 126)"),
        (TestInput(arguments: ["caf\u{E9}"]), "s[3] = \"\u{E9}\" is not printable ASCII (codes 32 to 126)"),
        (TestInput(arguments: ["a\u{7F}"]), "s[1] = \"\u{7F}\" is not printable ASCII (codes 32 to 126)"),
        (TestInput(arguments: [.string(String(repeating: "a", count: 50_001))]),
         "the length of s must be between 0 and 50000, got 50001"),
    ])
    func refusesInvalidInput(input: TestInput, reason: String) {
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.validate(input) }
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.solve(input) }
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.bruteForce(input) }
    }

    @Test func acceptsTheBoundaries() throws {
        try problem.validate(TestInput(arguments: [""]))
        try problem.validate(TestInput(arguments: [" ~"]))
        try problem.validate(TestInput(arguments: [.string(String(repeating: "z", count: 50_000))]))
    }

    @Test func worstCasesUseTheWholePrintableAlphabet() throws {
        for size in [1, 94, 95, 96, 50_000] {
            let cases = problem.worstCases(seed: 6, size: size)
            #expect(cases.count == 2)
            for worst in cases {
                let s = try text(worst.input)
                #expect(s.utf8.count == size)
                #expect(try problem.solve(worst.input) == .int(min(size, 95)), "\(worst.name), size \(size)")
                #expect(Set(s.utf8).count == min(size, 95))
            }
            // The cycle repeats with period 95: every start runs 95 characters before a repeat.
            let cycle = Array(try text(cases[0].input).utf8)
            #expect(cycle.indices.dropFirst(95).allSatisfy { cycle[$0] == cycle[$0 - 95] })
        }
    }
}
