import Foundation
import Testing
import PracticeCatalog

/// Properties every catalog problem must have.
@Suite struct CatalogTests {
    @Test func listsTheSeedProblemsInOrder() {
        #expect(Array(Catalog.problems.map(\.slug).prefix(2)) == ["shortest-unsorted-subarray", "rnn-gradient-norms"])
        #expect(Catalog.problems.count >= 14)
        #expect(Set(Catalog.problems.map(\.slug)).count == Catalog.problems.count, "slugs are unique")
        let numbers = Catalog.problems.compactMap(\.number)
        #expect(Set(numbers).count == numbers.count, "LeetCode numbers are unique")
        #expect(Catalog.problem(slug: "rnn-gradient-norms")?.title == "Vanishing Gradients in an Elman RNN")
        #expect(Catalog.problem(slug: "581") == nil)
    }

    @Test func resolvesCatalogNames() {
        let candidates = Catalog.problems.map { (slug: $0.slug, number: $0.number) }
        #expect(NameResolver.resolve("581", among: candidates) == .found(0))
        #expect(NameResolver.resolve("rnn", among: candidates) == .found(1))
    }

    @Test(arguments: Catalog.problems.indices)
    func hasConsistentMetadata(index: Int) throws {
        let problem = Catalog.problems[index]
        #expect(!problem.title.isEmpty && !problem.statement.isEmpty && !problem.version.isEmpty)
        #expect(!problem.tags.isEmpty)
        #expect(problem.maxSize >= 1)
        #expect(Checker(name: problem.checker.name) == problem.checker)
        #expect(problem.statement.contains("## Input") && problem.statement.contains("## Output"))
        #expect(problem.statement.contains("## Constraints"))
        #expect(!problem.examples.isEmpty)
        for example in problem.examples {
            try problem.validate(example)
            #expect(example.arguments.count == problem.signature.parameters.count)
            #expect(try TestInput.parse(example.text, arity: example.arguments.count) == example)
        }
    }

    @Test(arguments: Catalog.problems.indices)
    func generatesDeterministically(index: Int) {
        let problem = Catalog.problems[index]
        // Sizes up to 2000 keep this fast in debug builds; the maximum size gets two seeds below.
        let top = min(problem.maxSize, 2_000)
        for size in [1, 2, 5, top / 2, top] {
            let inputs = (UInt64(0)..<10).map { problem.generate(seed: $0, size: size) }
            #expect(inputs == (UInt64(0)..<10).map { problem.generate(seed: $0, size: size) })
            if size >= 50 {
                #expect(Set(inputs).count == inputs.count, "different seeds give different inputs")
            }
        }
        #expect(problem.generate(seed: 1, size: problem.maxSize) == problem.generate(seed: 1, size: problem.maxSize))
        #expect(problem.generate(seed: 1, size: problem.maxSize) != problem.generate(seed: 2, size: problem.maxSize))
    }

    @Test(arguments: Catalog.problems.indices)
    func clampsSizes(index: Int) {
        let problem = Catalog.problems[index]
        #expect(problem.generate(seed: 9, size: 0) == problem.generate(seed: 9, size: 1))
        #expect(problem.generate(seed: 9, size: -5) == problem.generate(seed: 9, size: 1))
        #expect(problem.generate(seed: 9, size: problem.maxSize + 1) == problem.generate(seed: 9, size: problem.maxSize))
    }

    @Test(arguments: Catalog.problems.indices)
    func generatedInputsValidateAndRoundTripAsText(index: Int) throws {
        let problem = Catalog.problems[index]
        let arity = problem.signature.parameters.count
        // 58 sizes spread up to 5000 (fast in debug builds), then two at the maximum.
        let top = min(problem.maxSize, 5_000)
        for seed in UInt64(0)..<60 {
            let size = seed >= 58 ? problem.maxSize : 1 + Int(seed) * (top - 1) / 57
            let input = problem.generate(seed: seed, size: size)
            try problem.validate(input)
            #expect(try TestInput.parse(input.text, arity: arity) == input)
        }
    }

    @Test(arguments: Catalog.problems.indices)
    func acceptsItsOwnAnswers(index: Int) throws {
        let problem = Catalog.problems[index]
        for seed in UInt64(0)..<20 {
            let input = problem.generate(seed: seed, size: 1 + Int(seed))
            let answer = try problem.solve(input)
            #expect(problem.check(input, expected: answer.json, actual: answer.json + "\n") == .accepted)
        }
    }

    @Test(arguments: Catalog.problems.indices)
    func refusesTheWrongArity(index: Int) {
        let problem = Catalog.problems[index]
        let arity = problem.signature.parameters.count
        let example = problem.examples[0]
        let tooMany = TestInput(arguments: example.arguments + [.null])
        #expect(throws: CatalogError.wrongArgumentCount(expected: arity, actual: arity + 1)) {
            try problem.validate(tooMany)
        }
        #expect(throws: CatalogError.wrongArgumentCount(expected: arity, actual: 0)) {
            try problem.solve(TestInput(arguments: []))
        }
        #expect(throws: CatalogError.wrongArgumentCount(expected: arity, actual: 0)) {
            try problem.bruteForce(TestInput(arguments: []))
        }
    }

    /// The machine-learning problems: fixed computations on small matrices, no naive complexity to catch.
    static let withoutWorstCases: Set<String> = ["rnn-gradient-norms", "lstm-cell-gradients"]

    @Test(arguments: Catalog.problems.indices)
    func buildsValidDeterministicWorstCases(index: Int) throws {
        let problem = Catalog.problems[index]
        let largest = problem.worstCases(seed: 3, size: problem.maxSize)
        if Self.withoutWorstCases.contains(problem.slug) {
            #expect(largest.isEmpty)
            return
        }
        #expect((1...4).contains(largest.count), "\(problem.slug): \(largest.count) worst cases")
        #expect(Set(largest.map(\.name)).count == largest.count, "names tell the cases apart")
        #expect(largest.allSatisfy { !$0.name.isEmpty })
        let arity = problem.signature.parameters.count
        for size in [1, 2, 7, max(1, problem.maxSize / 10), problem.maxSize] {
            let cases = problem.worstCases(seed: 11, size: size)
            #expect(cases.map(\.name).count == largest.count, "the same cases at every size")
            for worst in cases {
                try problem.validate(worst.input)
                if size < problem.maxSize { #expect(try TestInput.parse(worst.input.text, arity: arity) == worst.input) }
            }
            #expect(cases == problem.worstCases(seed: 11, size: size), "size \(size): the same for the same seed")
        }
        #expect(problem.worstCases(seed: 11, size: 0) == problem.worstCases(seed: 11, size: 1))
        #expect(problem.worstCases(seed: 11, size: problem.maxSize + 1) == problem.worstCases(seed: 11, size: problem.maxSize))
        // The reference's answers are right on small ones, and it answers the largest quickly: the judge solves them
        // while planning.
        for seed in UInt64(0)..<20 {
            for worst in problem.worstCases(seed: seed, size: 1 + Int(seed)) {
                #expect(try problem.solve(worst.input) == problem.bruteForce(worst.input), "seed \(seed): \(worst.name)")
            }
        }
        for worst in largest {
            let started = Date()
            _ = try problem.solve(worst.input)
            #expect(Date().timeIntervalSince(started) < 5, "\(problem.slug), \(worst.name): the reference is slow")
        }
    }
}
