import Testing
import PracticeCatalog

/// The kit's derivations on a small declaration of its own.
@Suite struct DeclarationKitTests {
    static let pairs = ProblemDeclaration(
        nil, "count-pairs", "Count Pairs", .easy, tags: ["array"], url: nil,
        function: "countPairs", parameters: ["nums": .array(.int(-5...5), count: 1...20), "k": .int(1...20, atMost: .length(of: "nums")),
                                             "s": .string(length: 0...4, alphabet: .oneOf("ab"))],
        returns: .long(0...1_000), examples: [TestInput(arguments: [[1, 2, 3], 2, "ab"])],
        description: "Count something.", version: "0",
        solve: Solution { (nums: [Int], k: Int, s: String) -> Int64 in Int64(nums.count * k + s.count) },
        bruteForce: Solution { (nums: [Int], k: Int, s: String) -> Int64 in Int64(nums.count * k + s.count) })

    @Test(arguments: [
        (TestInput(arguments: [[], 1, ""]), "the length of nums must be between 1 and 20, got 0"),
        (TestInput(arguments: [[1, 6], 1, ""]), "nums[1] = 6 is outside [-5, 5]"),
        (TestInput(arguments: [[1, 2], 3, ""]), "k must be between 1 and 2, got 3"),
        (TestInput(arguments: [[1, 2], 1, "ab!"]), "s[2] = \"!\" is not one of ab"),
        (TestInput(arguments: [[1, 2], 1, "ababa"]), "the length of s must be between 0 and 4, got 5"),
        (TestInput(arguments: [[1, 2.5], 1, ""]), "nums[1] must be an integer, got 2.5"),
    ])
    func validationNamesTheArgumentAndTheConstraint(input: TestInput, reason: String) {
        #expect(throws: CatalogError.invalidInput(reason)) { try Self.pairs.validate(input) }
    }

    @Test func derivesSignatureStatementAndTypedResults() throws {
        #expect(Self.pairs.signature.parameters.map(\.type) == ["[Int]", "Int", "String"])
        #expect(Self.pairs.signature.returnType == "Int64")
        let statement = Self.pairs.statement
        #expect(statement.contains("`countPairs(nums: [Int], k: Int, s: String) -> Int64`"))
        #expect(statement.contains("Three lines on standard input: `nums` as a JSON array of integers, then `k` as a JSON integer"))
        #expect(statement.contains("e.g. `[1,2,3]` and `2` and `\"ab\"`"))
        #expect(statement.contains("- `1 <= k <= nums.length`") && statement.contains("- `-5 <= nums[i] <= 5`"))
        #expect(statement.contains("e.g. `8`"))
        #expect(try Self.pairs.solve(Self.pairs.examples[0]) == .int(8))
    }

    @Test func defaultGeneratorRespectsRelationsAndSizes() throws {
        for seed in UInt64(0)..<300 {
            let input = Self.pairs.generate(seed: seed, size: 1 + Int(seed % 20))
            try Self.pairs.validate(input)
            guard case .array(let nums) = input.arguments[0] else { Issue.record("nums not an array"); return }
            #expect(nums.count == 1 + Int(seed % 20))
        }
        #expect(Self.pairs.maxSize == 20)
    }

    @Test func derivesLeetCodeURLFromTheSlug() {
        func declaration(_ number: Int?, url: String? = nil) -> ProblemDeclaration {
            ProblemDeclaration(
                number, "count-pairs", "Count Pairs", .easy, tags: [], url: url, function: "f",
                parameters: ["nums": .array(.int(0...1), count: 1...2)], returns: .int(0...2), examples: [.of([1])],
                description: "Count.", version: "0",
                solve: Solution { (nums: [Int]) -> Int in nums.count }, bruteForce: Solution { (nums: [Int]) -> Int in nums.count })
        }
        #expect(declaration(7).sourceURL == "https://leetcode.com/problems/count-pairs/")
        #expect(declaration(7, url: "https://example.org/p").sourceURL == "https://example.org/p")
        #expect(declaration(nil).sourceURL == nil && Self.pairs.sourceURL == nil)
        // The catalog's URLs as they were written out before they were derived.
        let written: [String: String] = [
            "two-sum": "two-sum", "longest-substring-without-repeating-characters":
                "longest-substring-without-repeating-characters",
            "container-with-most-water": "container-with-most-water", "valid-parentheses": "valid-parentheses",
            "search-in-rotated-sorted-array": "search-in-rotated-sorted-array", "merge-intervals": "merge-intervals",
            "find-peak-element": "find-peak-element", "number-of-islands": "number-of-islands",
            "kth-largest-element-in-an-array": "kth-largest-element-in-an-array",
            "sliding-window-maximum": "sliding-window-maximum", "coin-change": "coin-change",
            "diameter-of-binary-tree": "diameter-of-binary-tree",
            "shortest-unsorted-subarray": "shortest-unsorted-continuous-subarray",
        ]
        for problem in Catalog.problems where problem is any DeclaredProblem {
            let page = try? #require(written[problem.slug], "\(problem.slug) has no expected URL")
            #expect(problem.sourceURL == page.map { "https://leetcode.com/problems/\($0)/" }, "\(problem.slug)")
        }
    }
}
