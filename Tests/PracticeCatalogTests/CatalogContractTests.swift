import Testing
import PracticeCatalog

/// What every catalog problem promises, declared or hand-written (issue 12's generic suite).
@Suite struct CatalogContractTests {
    static let problems = Catalog.problems.map { ProblemCase(problem: $0) }

    @Test(arguments: problems)
    func referenceAgreesWithBruteForceOnAThousandSmallInputs(_ item: ProblemCase) throws {
        let problem = item.problem
        for seed in UInt64(0)..<1000 {
            let size = 1 + Int(seed % 8)
            let input = problem.generate(seed: seed &* 7919 &+ 1, size: size)
            let reference = try problem.solve(input), brute = try problem.bruteForce(input)
            if problem.checksInput {
                #expect(problem.check(input, expected: brute.json, actual: reference.json) == .accepted, "\(problem.slug) seed \(seed)")
            } else {
                #expect(problem.checker.check(expected: brute.json, actual: reference.json) == .accepted, "\(problem.slug) seed \(seed): \(input.text)")
            }
        }
    }

    @Test(arguments: problems)
    func examplesValidateAndGenerationIsDeterministic(_ item: ProblemCase) throws {
        let problem = item.problem
        #expect(!problem.examples.isEmpty)
        for example in problem.examples { try problem.validate(example) }
        for size in [1, 2, 5, 50, problem.maxSize] {
            #expect(problem.generate(seed: 7, size: size) == problem.generate(seed: 7, size: size))
            #expect(problem.worstCases(seed: 7, size: size) == problem.worstCases(seed: 7, size: size))
        }
        let distinct = Set((UInt64(0)..<20).map { problem.generate(seed: $0, size: 30) })
        #expect(distinct.count > 1, "\(problem.slug): different seeds give different inputs")
    }

    @Test(arguments: problems)
    func generatedInputsAndWorstCasesValidate(_ item: ProblemCase) throws {
        let problem = item.problem
        for seed in UInt64(0)..<40 {
            try problem.validate(problem.generate(seed: seed, size: 1 + Int(seed * 37) % 200))
        }
        try problem.validate(problem.generate(seed: 3, size: problem.maxSize))
        for size in [1, 2, 3, 100, problem.maxSize] {
            for worst in problem.worstCases(seed: 5, size: size) { try problem.validate(worst.input) }
        }
    }

    @Test(arguments: problems)
    func statementHasTheDerivedSections(_ item: ProblemCase) {
        let statement = item.problem.statement
        for section in ["## Input", "## Output", "## Constraints"] { #expect(statement.contains(section), "\(item.problem.slug): \(section)") }
        if let design = item.problem.signature.design {
            #expect(statement.contains("## Class\n`\(design.className)`, with:\n- `\(design.className)("))
        } else if item.problem is any DeclaredProblem {
            #expect(statement.contains("## Function\n`\(item.problem.signature.functionName)("))
        }
    }

    @Test(arguments: problems)
    func shrinkCandidatesAreSmaller(_ item: ProblemCase) {
        let problem = item.problem
        /// JSON values, counting each string's characters too.
        func weight(_ value: JSONValue) -> Int {
            switch value {
            case .array(let elements): elements.reduce(1) { $0 + weight($1) }
            case .string(let text): 1 + text.count
            default: 1
            }
        }
        func values(_ input: TestInput) -> Int { input.arguments.reduce(0) { $0 + weight($1) } }
        let input = problem.generate(seed: 11, size: 12)
        let candidates = problem.shrinkCandidates(input)
        #expect(candidates.contains { values($0) < values(input) }, "\(problem.slug): some candidate holds fewer values")
        for candidate in candidates {
            #expect(values(candidate) <= values(input) && candidate != input, "\(problem.slug): \(candidate.text)")
        }
    }

    /// The Swift notation of every signature is what drivers read today.
    @Test func signaturesKeepTheirTypeStrings() {
        let expected: [String: ([String], String)] = [
            "shortest-unsorted-subarray": (["[Int]"], "Int"), "two-sum": (["[Int]", "Int"], "[Int]"),
            "longest-substring-without-repeating-characters": (["String"], "Int"), "container-with-most-water": (["[Int]"], "Int"),
            "valid-parentheses": (["String"], "Bool"), "find-peak-element": (["[Int]"], "Int"),
            "sliding-window-maximum": (["[Int]", "Int"], "[Int]"), "search-in-rotated-sorted-array": (["[Int]", "Int"], "Int"),
            "kth-largest-element-in-an-array": (["[Int]", "Int"], "Int"), "merge-intervals": (["[[Int]]"], "[[Int]]"),
            "coin-change": (["[Int]", "Int"], "Int"), "number-of-islands": (["[[Character]]"], "Int"),
            "diameter-of-binary-tree": (["TreeNode?"], "Int"),
        ]
        for (slug, (parameters, returnType)) in expected {
            let signature = Catalog.problem(slug: slug)?.signature
            #expect(signature?.parameters.map(\.type) == parameters, "\(slug)")
            #expect(signature?.returnType == returnType, "\(slug)")
            #expect(signature?.parameters.allSatisfy { $0.valueType?.swiftNotation == $0.type } == true, "\(slug)")
        }
        #expect(ValueType.long(0...1).swiftNotation == "Int64" && ValueType.double(0...1).swiftNotation == "Double")
        #expect(ValueType.grid(.double(0...1), rows: 1...2, columns: 1...2).swiftNotation == "[[Double]]")
    }
}

/// A problem as a test argument, labelled by its slug.
struct ProblemCase: CustomTestStringConvertible, Sendable {
    let problem: any CatalogProblem
    var testDescription: String { problem.slug }
}
