import Foundation
import Testing
import PracticeCatalog

@Suite struct LSTMCellGradientsTests {
    let problem = LSTMCellGradients()

    /// The seven arguments as numbers.
    private struct Arguments {
        var x: [Double], hPrev: [Double], cPrev: [Double], w: [[Double]], b: [Double], dh: [Double], dc: [Double]

        init(_ input: TestInput) throws {
            let arguments = input.arguments
            try #require(arguments.count == 7)
            (x, hPrev, cPrev) = (try numbers(arguments[0]), try numbers(arguments[1]), try numbers(arguments[2]))
            w = try rows(arguments[3])
            (b, dh, dc) = (try numbers(arguments[4]), try numbers(arguments[5]), try numbers(arguments[6]))
        }
    }

    private func sigmoid(_ t: Double) -> Double { 1 / (1 + exp(-t)) }

    @Test func describesTheProblem() {
        #expect(problem.slug == "lstm-cell-gradients")
        #expect(problem.number == nil && problem.sourceURL == nil)
        #expect(problem.difficulty == .medium)
        #expect(problem.tags == ["deep-learning", "lstm", "backpropagation", "matrices"])
        #expect(problem.signature.functionName == "lstmCellGradients")
        #expect(problem.signature.parameters.map(\.name) == ["x", "hPrev", "cPrev", "W", "b", "dh", "dc"])
        #expect(problem.signature.parameters.map(\.type) == ["[Double]", "[Double]", "[Double]", "[[Double]]", "[Double]", "[Double]", "[Double]"])
        #expect(problem.signature.returnType == "[[Double]]")
        #expect(problem.checker == .float(tolerance: 1e-6))
        #expect(problem.limits == Limits(timeLimit: 2.0, memoryLimitMB: 256))
        #expect(problem.maxSize == 8)
        #expect(problem.version == "lstm-cell-gradients.1")
        for topic in ["[h, c, dh_prev, dc_prev, dx]", "dc_prev = dc_total * f", "forget gate", "Elman", "rnn-gradient-norms",
                      "diag(1 - h_t^2) W", "spectral radius"] {
            #expect(problem.statement.contains(topic), "statement explains \(topic)")
        }
    }

    @Test func answersTheOneUnitExampleAnalytically() throws {
        // x = 1 feeds every gate with weight 1, h_prev = 0, c_prev = 0.5, no bias; dh = 1, dc = 0.
        let example = problem.examples[0]
        #expect(example.text == "[1.0]\n[0.0]\n[0.5]\n[[0.0,1.0],[0.0,1.0],[0.0,1.0],[0.0,1.0]]\n[0,0,0,0]\n[1.0]\n[0.0]\n")
        let (gate, g) = (sigmoid(1), tanh(1.0))
        let c = gate * 0.5 + gate * g
        let h = gate * tanh(c)
        let dcTotal = gate * (1 - tanh(c) * tanh(c))
        let dx = dcTotal * g * gate * (1 - gate) + dcTotal * 0.5 * gate * (1 - gate) + dcTotal * gate * (1 - g * g)
            + tanh(c) * gate * (1 - gate)
        let expected = JSONValue.array([[.double(h)], [.double(c)], [0.0], [.double(dcTotal * gate)], [.double(dx)]])
        #expect(problem.checker.check(expected: expected.json, actual: try problem.solve(example).json) == .accepted)
    }

    @Test func passesTheCellGradientThroughTheForgetGate() throws {
        // dh = 0, dc = 1: dc_prev is exactly f = sigmoid(3), and nothing else flows.
        let answer = try rows(problem.solve(problem.examples[2]))
        #expect(abs(answer[3][0] - sigmoid(3)) < 1e-12)
        #expect(answer[2] == [0])
        #expect(abs(answer[4][0]) < 1e-4, "the input gate is almost closed: \(answer[4][0])")
    }

    @Test func hasZeroGradientsWithoutUpstreamGradients() throws {
        var arguments = problem.generate(seed: 7, size: 5).arguments
        let n = try numbers(arguments[1]).count
        arguments[5] = .array(Array(repeating: 0.0, count: n))
        arguments[6] = .array(Array(repeating: 0.0, count: n))
        let answer = try rows(problem.solve(TestInput(arguments: arguments)))
        #expect(answer[2...].joined().allSatisfy { $0 == 0 })
    }

    @Test func referenceMatchesFiniteDifferencesAtMaximumSize() throws {
        for seed in UInt64(0)..<40 {
            let input = problem.generate(seed: seed, size: problem.maxSize)
            let result = problem.check(input, expected: try problem.solve(input).json, actual: try problem.bruteForce(input).json)
            #expect(result == .accepted, "seed \(seed)")
        }
    }

    @Test func generatesWithinConstraints() throws {
        for seed in UInt64(0)..<200 {
            let size = 1 + Int(seed % 8)
            let input = problem.generate(seed: seed, size: size)
            try problem.validate(input)
            let arguments = try Arguments(input)
            let (n, m) = (arguments.hPrev.count, arguments.x.count)
            #expect((1...size).contains(n) && (1...size).contains(m))
            #expect(arguments.w.count == 4 * n && arguments.w.allSatisfy { $0.count == n + m })
            let vectors: [[Double]] = [arguments.x, arguments.hPrev, arguments.cPrev, arguments.b, arguments.dh, arguments.dc]
            let entries: [Double] = Array(vectors.joined()) + Array(arguments.w.joined())
            #expect(entries.allSatisfy { (-3...3).contains($0) && ($0 * 1000).rounded() / 1000 == $0 })
        }
        for seed in UInt64(0)..<10 {
            let tiny = try Arguments(problem.generate(seed: seed, size: 1))
            #expect(tiny.hPrev.count == 1 && tiny.x.count == 1, "size 1 is n = m = 1")
        }
    }

    @Test func generatesOpenClosedAndSaturatedGates() throws {
        var remembering = 0
        var forgetting = 0
        var hiddenOnly = 0
        var saturated = 0
        for seed in UInt64(0)..<200 {
            let arguments = try Arguments(problem.generate(seed: seed, size: 4))
            let n = arguments.hPrev.count
            let forgetBias = arguments.b[n..<(2 * n)]
            if forgetBias.allSatisfy({ $0 == 3 }) { remembering += 1 }
            if forgetBias.allSatisfy({ $0 == -3 }) { forgetting += 1 }
            if arguments.dc.allSatisfy({ $0 == 0 }) { hiddenOnly += 1 }
            if arguments.w.joined().contains(where: { abs($0) > 2 }) { saturated += 1 }
        }
        let counts = "\(remembering) remembering, \(forgetting) forgetting, \(hiddenOnly) hidden only, \(saturated) saturated"
        #expect(remembering > 15 && forgetting > 15 && hiddenOnly > 15 && saturated > 15, "\(counts)")
    }

    // MARK: Validation

    private static let valid = TestInput(arguments: [
        [0.5], [0.1, -0.2], [1.0, -0.5],
        .array(Array(repeating: [0.1, 0.2, 0.3], count: 8)),
        .array(Array(repeating: 0.0, count: 8)), [1.0, -1.0], [0.5, 0.5],
    ])

    private static func replacing(_ index: Int, with value: JSONValue) -> TestInput {
        var arguments = valid.arguments
        arguments[index] = value
        return TestInput(arguments: arguments)
    }

    @Test(arguments: [
        (replacing(0, with: []), "m (the length of x) must be between 1 and 8, got 0"),
        (replacing(0, with: .array(Array(repeating: 0.0, count: 9))), "m (the length of x) must be between 1 and 8, got 9"),
        (replacing(0, with: [3.5]), "x[0] = 3.5 is outside [-3.0, 3.0]"),
        (replacing(0, with: 1), "x must be an array of numbers, got 1"),
        (replacing(1, with: []), "n (the length of hPrev) must be between 1 and 8, got 0"),
        (replacing(1, with: [0.1, nil]), "hPrev[1] must be a number, got null"),
        (replacing(2, with: [1.0]), "cPrev must have n = 2 entries, got 1"),
        (replacing(2, with: [1.0, -3.001]), "cPrev[1] = -3.001 is outside [-3.0, 3.0]"),
        (replacing(3, with: .array(Array(repeating: [0.1, 0.2, 0.3], count: 7))), "W must have 4n = 8 rows, got 7"),
        (replacing(3, with: .array(Array(repeating: [0.1, 0.2], count: 8))), "W[0] must have n + m = 3 entries, got 2"),
        (replacing(3, with: .array(Array(repeating: [0.1, 0.2, 0.3], count: 7) + [[0.1, 0.2, 4]])), "W[7][2] = 4.0 is outside [-3.0, 3.0]"),
        (replacing(3, with: [1, 2]), "W[0] must be an array of numbers, got 1"),
        (replacing(4, with: [0.0]), "b must have 4n = 8 entries, got 1"),
        (replacing(5, with: [1.0]), "dh must have n = 2 entries, got 1"),
        (replacing(5, with: [1.0, 5]), "dh[1] = 5.0 is outside [-3.0, 3.0]"),
        (replacing(6, with: [0.5, 0.5, 0.5]), "dc must have n = 2 entries, got 3"),
        (replacing(6, with: [0.5, "a"]), "dc[1] must be a number, got \"a\""),
    ])
    func refusesInvalidInput(input: TestInput, reason: String) {
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.validate(input) }
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.solve(input) }
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.bruteForce(input) }
    }

    @Test func acceptsIntegersAndTheBoundaries() throws {
        try problem.validate(Self.replacing(6, with: [3, -3]))
        try problem.validate(TestInput(arguments: [
            .array(Array(repeating: 3, count: 8)), .array(Array(repeating: -3, count: 8)), .array(Array(repeating: 3, count: 8)),
            .array(Array(repeating: .array(Array(repeating: -3, count: 16)), count: 32)),
            .array(Array(repeating: 3, count: 32)), .array(Array(repeating: 3, count: 8)), .array(Array(repeating: -3, count: 8)),
        ]))
    }
}

/// The value as an array of numbers.
private func numbers(_ value: JSONValue) throws -> [Double] {
    guard case .array(let entries) = value else { throw CatalogError.invalidInput("not numbers") }
    return try entries.map { entry in
        guard let number = entry.number else { throw CatalogError.invalidInput("not a number") }
        return number
    }
}

/// The value as rows of numbers.
private func rows(_ value: JSONValue) throws -> [[Double]] {
    guard case .array(let rows) = value else { throw CatalogError.invalidInput("not rows") }
    return try rows.map(numbers)
}
