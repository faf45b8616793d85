import Foundation
import Testing
import PracticeCatalog

@Suite struct RNNGradientNormsTests {
    let problem = RNNGradientNorms()

    /// The four arguments as numbers.
    private struct Arguments {
        var w: [[Double]], u: [[Double]], xs: [[Double]], h0: [Double]

        init(_ input: TestInput) throws {
            func rows(_ value: JSONValue) throws -> [[Double]] {
                guard case .array(let rows) = value else { throw CatalogError.invalidInput("not rows") }
                return try rows.map(numbers)
            }
            func numbers(_ value: JSONValue) throws -> [Double] {
                guard case .array(let entries) = value else { throw CatalogError.invalidInput("not numbers") }
                return try entries.map { entry in
                    guard let number = entry.number else { throw CatalogError.invalidInput("not a number") }
                    return number
                }
            }
            let arguments = input.arguments
            try #require(arguments.count == 4)
            (w, u, xs, h0) = (try rows(arguments[0]), try rows(arguments[1]), try rows(arguments[2]), try numbers(arguments[3]))
        }
    }

    private func norms(_ value: JSONValue) throws -> [Double] {
        guard case .array(let entries) = value else { throw CatalogError.invalidInput("not an array") }
        return entries.compactMap(\.number)
    }

    /// A second, deliberately different implementation: sums in reverse order and associates the
    /// Jacobian product as (J diag(s)) W instead of J (diag(s) W).
    private func alternativeNorms(_ arguments: Arguments) -> [Double] {
        let (w, u, xs) = (arguments.w, arguments.u, arguments.xs)
        let n = arguments.h0.count
        var states = [arguments.h0]
        for x in xs {
            let h = states[states.count - 1]
            states.append((0..<n).map { i in
                var sum = 0.0
                for j in (0..<x.count).reversed() { sum += x[j] * u[i][j] }
                for j in (0..<n).reversed() { sum += h[j] * w[i][j] }
                return tanh(sum)
            })
        }
        var jacobian = (0..<n).map { i in (0..<n).map { j in i == j ? 1.0 : 0.0 } }
        var result = [sqrt(Double(n))]
        for k in (0..<xs.count).reversed() {
            let scaled = jacobian.map { row in (0..<n).map { l in row[l] * (1 - states[k + 1][l] * states[k + 1][l]) } }
            jacobian = scaled.map { row in
                (0..<n).map { j in (0..<n).reversed().reduce(0.0) { $0 + row[$1] * w[$1][j] } }
            }
            result.insert(sqrt(jacobian.joined().reduce(0) { $0 + $1 * $1 }), at: 0)
        }
        return result
    }

    @Test func describesTheProblem() {
        #expect(problem.number == nil && problem.sourceURL == nil)
        #expect(problem.difficulty == .medium)
        #expect(problem.tags == ["deep-learning", "rnn", "backpropagation", "matrices"])
        #expect(problem.signature.functionName == "gradientNorms")
        #expect(problem.signature.parameters.map(\.name) == ["W", "U", "xs", "h0"])
        #expect(problem.signature.parameters.map(\.type) == ["[[Double]]", "[[Double]]", "[[Double]]", "[Double]"])
        #expect(problem.signature.returnType == "[Double]")
        #expect(problem.checker == .float(tolerance: 1e-6))
        #expect(problem.limits == Limits(timeLimit: 2.0, memoryLimitMB: 256))
        #expect(problem.maxSize == 200)
        for topic in ["spectral radius", "LSTM", "GRU", "forget gate", "explode"] {
            #expect(problem.statement.contains(topic), "statement explains \(topic)")
        }
    }

    @Test func answersTheOneUnitExampleAnalytically() throws {
        let example = problem.examples[0]
        #expect(example.text == "[[0.5]]\n[[1.0]]\n[[0.2]]\n[0.1]\n")
        let h1 = tanh(0.5 * 0.1 + 1.0 * 0.2)
        let expected = "[\((1 - h1 * h1) * 0.5),1.0]"
        #expect(problem.checker.check(expected: expected, actual: try problem.solve(example).json) == .accepted)
    }

    @Test func endsEveryAnswerWithSqrtN() throws {
        for example in problem.examples {
            let arguments = try Arguments(example)
            let g = try norms(problem.solve(example))
            #expect(g.count == arguments.xs.count + 1)
            #expect(g.last == sqrt(Double(arguments.h0.count)))
        }
        #expect(problem.examples.map { $0.arguments[0] }.contains([[0.5, -0.3], [0.2, 0.4]]), "an n=2, m=1, T=3 example")
    }

    @Test func referenceMatchesFiniteDifferences() throws {
        for seed in UInt64(0)..<2000 {
            try expectReferenceMatchesFiniteDifferences(problem.generate(seed: seed, size: 1 + Int(seed % 10)), "seed \(seed)")
        }
    }

    @Test func referenceMatchesFiniteDifferencesOnWideNetworks() throws {
        for seed in UInt64(0)..<12 {
            let input = problem.generate(seed: seed, size: 24)
            #expect(try Arguments(input).h0.count >= 4)
            try expectReferenceMatchesFiniteDifferences(input, "seed \(seed)")
        }
    }

    private func expectReferenceMatchesFiniteDifferences(_ input: TestInput, _ comment: Comment) throws {
        let reference = try norms(problem.solve(input))
        let estimate = try norms(problem.bruteForce(input))
        try #require(reference.count == estimate.count, comment)
        for (exact, approximate) in zip(reference, estimate) {
            let error = abs(exact - approximate)
            #expect(error <= 1e-5 || error <= 1e-4 * abs(exact), "\(comment): \(exact) vs \(approximate)")
        }
    }

    @Test func referenceIsStableAtMaximumSize() throws {
        for seed in UInt64(0)..<12 {
            let input = problem.generate(seed: seed, size: problem.maxSize)
            let arguments = try Arguments(input)
            #expect(arguments.xs.count == 200)
            let answer = try problem.solve(input)
            let g = try norms(answer)
            #expect(g.count == 201 && g.allSatisfy { $0.isFinite && $0 >= 0 })
            // A correct solution that rounds differently must still be accepted.
            let alternative = JSONValue.array(alternativeNorms(arguments).map(JSONValue.double)).json
            #expect(problem.checker.check(expected: answer.json, actual: alternative) == .accepted, "seed \(seed)")
        }
    }

    @Test func generatesWithinConstraints() throws {
        for seed in UInt64(0)..<300 {
            let size = 1 + Int(seed % 200)
            let arguments = try Arguments(problem.generate(seed: seed, size: size))
            let n = arguments.h0.count
            let m = try #require(arguments.u.first).count
            #expect((1...8).contains(n) && (1...8).contains(m))
            #expect(arguments.xs.count == size)
            #expect(arguments.w.count == n && arguments.w.allSatisfy { $0.count == n })
            #expect(arguments.u.count == n && arguments.xs.allSatisfy { $0.count == m })
            let entries = (arguments.w + arguments.u + arguments.xs).joined() + arguments.h0
            #expect(entries.allSatisfy { (-3...3).contains($0) && ($0 * 1000).rounded() / 1000 == $0 })
        }
        for seed in UInt64(0)..<10 {
            let tiny = try Arguments(problem.generate(seed: seed, size: 1))
            #expect(tiny.h0.count == 1 && tiny.u.first?.count == 1 && tiny.xs.count == 1, "size 1 is n = m = T = 1")
        }
    }

    @Test func generatesVanishingAndGrowingRegimes() throws {
        var vanishing = 0
        var growing = 0
        var saturated = 0
        for seed in UInt64(0)..<100 {
            let input = problem.generate(seed: seed, size: 20)
            let g = try norms(problem.solve(input))
            if g[0] < 1e-6 * g[20] { vanishing += 1 }
            if g[0] > g[20] { growing += 1 }
            if try Arguments(input).u.joined().contains(where: { abs($0) > 2 }) { saturated += 1 }
        }
        #expect(vanishing > 10 && growing > 3 && saturated > 10, "\(vanishing) vanishing, \(growing) growing, \(saturated) saturated")
    }

    // MARK: Validation

    private static let valid = TestInput(arguments: [
        [[0.5, -0.3], [0.2, 0.4]], [[1.0], [-0.5]], [[0.1], [0.2], [-0.3]], [0.0, 0.0],
    ])

    private static func replacing(_ index: Int, with value: JSONValue) -> TestInput {
        var arguments = valid.arguments
        arguments[index] = value
        return TestInput(arguments: arguments)
    }

    @Test(arguments: [
        (replacing(0, with: [[0.5, -0.3], [0.2]]), "W[1] must have n = 2 entries, got 1"),
        (replacing(0, with: [[0.5, -0.3, 0.1], [0.2, 0.4, 0.1]]), "W[0] must have n = 2 entries, got 3"),
        (replacing(0, with: []), "n (the number of rows of W) must be between 1 and 8, got 0"),
        (replacing(0, with: .array(Array(repeating: .array(Array(repeating: 0, count: 9)), count: 9))),
         "n (the number of rows of W) must be between 1 and 8, got 9"),
        (replacing(0, with: [[0.5, "a"], [0.2, 0.4]]), "W[0][1] must be a number, got \"a\""),
        (replacing(0, with: 1), "W must be an array of arrays of numbers, got 1"),
        (replacing(0, with: [1, 2]), "W[0] must be an array of numbers, got 1"),
        (replacing(0, with: [[0.5, -0.3], [3.5, 0.4]]), "W[1][0] = 3.5 is outside [-3.0, 3.0]"),
        (replacing(1, with: [[1.0]]), "U must have n = 2 rows, got 1"),
        (replacing(1, with: [[], []]), "m (the length of U's rows) must be between 1 and 8, got 0"),
        (replacing(1, with: [[1.0], [-0.5, 1]]), "U[1] must have m = 1 entries, got 2"),
        (replacing(2, with: []), "T (the number of vectors in xs) must be between 1 and 200, got 0"),
        (replacing(2, with: .array(Array(repeating: [0.1], count: 201))),
         "T (the number of vectors in xs) must be between 1 and 200, got 201"),
        (replacing(2, with: [[0.1], [0.2, 0.3]]), "xs[1] must have m = 1 entries, got 2"),
        (replacing(2, with: [[0.1], [0.2], [-3.001]]), "xs[2][0] = -3.001 is outside [-3.0, 3.0]"),
        (replacing(3, with: [0]), "h0 must have n = 2 entries, got 1"),
        (replacing(3, with: [0, 4]), "h0[1] = 4.0 is outside [-3.0, 3.0]"),
        (replacing(3, with: [0, nil]), "h0[1] must be a number, got null"),
    ])
    func refusesInvalidInput(input: TestInput, reason: String) {
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.validate(input) }
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.solve(input) }
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.bruteForce(input) }
    }

    @Test func acceptsIntegersAndTheBoundaries() throws {
        try problem.validate(TestInput(arguments: [[[3, -3], [0, 1]], [[-3], [3]], [[3], [-3]], [3, -3]]))
        try problem.validate(TestInput(arguments: [
            .array(Array(repeating: .array(Array(repeating: 0, count: 8)), count: 8)),
            .array(Array(repeating: .array(Array(repeating: 0, count: 8)), count: 8)),
            .array(Array(repeating: .array(Array(repeating: 0, count: 8)), count: 200)),
            .array(Array(repeating: 0, count: 8)),
        ]))
    }
}
