import Foundation

/// One LSTM step forward and backward: the gated cell that keeps gradients from vanishing.
public struct LSTMCellGradients: CatalogProblem {
    /// The most hidden units (n) and input features (m).
    static let maximumWidth = 8
    /// The range every argument's entries lie in.
    static let valueRange = -3.0...3.0

    public init() {}

    public let slug = "lstm-cell-gradients"
    public let number: Int? = nil
    public let title = "Gradients of an LSTM Cell"
    public let difficulty = Difficulty.medium
    public let tags = ["deep-learning", "lstm", "backpropagation", "matrices"]
    public let sourceURL: String? = nil
    public let signature = Signature(
        functionName: "lstmCellGradients",
        parameters: [
            Parameter(name: "x", type: "[Double]"),
            Parameter(name: "hPrev", type: "[Double]"),
            Parameter(name: "cPrev", type: "[Double]"),
            Parameter(name: "W", type: "[[Double]]"),
            Parameter(name: "b", type: "[Double]"),
            Parameter(name: "dh", type: "[Double]"),
            Parameter(name: "dc", type: "[Double]"),
        ],
        returnType: "[[Double]]"
    )
    public let examples = [
        TestInput(arguments: [[1.0], [0.0], [0.5], [[0.0, 1.0], [0.0, 1.0], [0.0, 1.0], [0.0, 1.0]], [0, 0, 0, 0], [1.0], [0.0]]),
        TestInput(arguments: [
            [0.5, -1.0],
            [0.1, -0.2],
            [1.0, -0.5],
            [
                [0.1, 0.2, -0.3, 0.4], [-0.5, 0.6, 0.7, -0.8],
                [0.2, -0.1, 0.3, 0.5], [0.4, 0.3, -0.2, 0.1],
                [0.6, -0.4, 0.2, -0.3], [-0.1, 0.5, -0.6, 0.2],
                [0.3, 0.1, 0.4, -0.2], [-0.3, -0.2, 0.1, 0.6],
            ],
            [0.0, 0.1, 1.0, 1.0, 0.0, -0.1, 0.2, 0.0],
            [1.0, -1.0],
            [0.5, 0.5],
        ]),
        TestInput(arguments: [[2.0], [0.0], [1.5], [[0.0, 0.0], [0.0, 0.0], [0.0, 3.0], [0.0, 0.0]], [-3, 3, 0, 3], [0.0], [1.0]]),
    ]
    public let limits = Limits(timeLimit: 2.0, memoryLimitMB: 256)
    public let checker = Checker.float(tolerance: 1e-6)
    public let maxSize = maximumWidth
    public let version = "lstm-cell-gradients.1"

    public let statement = """
        A long short-term memory (LSTM) cell with `n` hidden units reads an input `x` of length \
        `m`, the previous hidden state `h_prev` and the previous cell state `c_prev` (length `n` \
        each). With `W` of size `4n x (n + m)` and `b` of length `4n`, one step computes

            z = W [h_prev; x] + b            ([h_prev; x] is h_prev followed by x)
            i = sigmoid(z[0 .. n-1])         input gate
            f = sigmoid(z[n .. 2n-1])        forget gate
            g = tanh(z[2n .. 3n-1])          candidate values
            o = sigmoid(z[3n .. 4n-1])       output gate
            c = f * c_prev + i * g
            h = o * tanh(c)

        where `sigmoid(t) = 1 / (1 + e^-t)` and `*` multiplies elementwise. So row `r` of `W` \
        feeds gate `r / n` (in the order i, f, g, o), and column `j` multiplies `h_prev[j]` for \
        `j < n` and `x[j - n]` otherwise.

        The rest of the network has already sent back the gradients `dh = dL/dh` and \
        `dc = dL/dc` of a loss `L` (take `L = dh . h + dc . c`, which has exactly these \
        gradients). Return the forward values `h` and `c` and the gradients \
        `dh_prev = dL/dh_prev`, `dc_prev = dL/dc_prev` and `dx = dL/dx`.

        ## Why the cell state carries gradients far
        Backpropagation adds the gradient reaching `c` through `h` to the one arriving directly: \
        `dc_total = dc + dh * o * (1 - tanh(c)^2)`. Because the cell update is additive, the \
        step back along the cell is just `dc_prev = dc_total * f`: no weight matrix and no \
        squashing derivative. Over `k` steps this path multiplies by `f_t * ... * f_(t-k+1)`, \
        and while the forget gate stays near 1 the product decays only slowly (0.99^100 is \
        about 0.37), so an error signal can travel across hundreds of steps; the network learns \
        when to keep (f near 1) and when to reset (f near 0).

        An Elman RNN (`h_t = tanh(W h_{t-1} + U x_t)`, problem `rnn-gradient-norms`) has only \
        one path, and each step back multiplies by `diag(1 - h_t^2) W`. That is a product of \
        `k` such matrices, which shrinks geometrically whenever their spectral radius stays \
        below 1 (0.5^100 is about 8e-31): the vanishing gradient. The LSTM's `h` path has the \
        same kind of factors, but the cell path runs beside it and does not vanish.

        ## Function
        `lstmCellGradients(x: [Double], hPrev: [Double], cPrev: [Double], W: [[Double]], \
        b: [Double], dh: [Double], dc: [Double]) -> [[Double]]`

        ## Input
        Seven lines on standard input, one JSON value each: `x` (m numbers), `hPrev` (`h_prev`, \
        n numbers), `cPrev` (`c_prev`, n), `W` (4n rows of n + m numbers), `b` (4n), `dh` (n) \
        and `dc` (n).

        ## Output
        One line on standard output: a JSON array of five arrays, in this order: \
        `[h, c, dh_prev, dc_prev, dx]` (lengths n, n, n, n and m). Each number is accepted when \
        its absolute or relative error is at most `1e-6`.

        ## Constraints
        - `1 <= n, m <= 8`
        - every entry of every argument is in `[-3, 3]`
        """

    // MARK: Generation

    /// How the arguments are drawn, so that open, closed and saturated gates all occur.
    private enum Regime: CaseIterable {
        /// Everything small: gates near 0.5, the linear part of every nonlinearity.
        case moderate
        /// Everything up to the bounds: gates near 0 or 1, tanh saturated.
        case saturated
        /// A large forget bias: f near 1, the cell remembers and dc_prev is close to dc_total.
        case remembering
        /// A large negative forget bias: f near 0, the cell resets and dc_prev vanishes.
        case forgetting
        /// No gradient arrives on the cell directly (dc = 0): only the path through h.
        case hiddenOnly
    }

    public func generate(seed: UInt64, size: Int) -> TestInput {
        var rng = SplitMix64(seed: seed)
        let widthCap = min(max(size, 1), maxSize)
        let n = rng.int(in: (widthCap + 1) / 2...widthCap)
        let m = rng.int(in: (widthCap + 1) / 2...widthCap)
        let regime = rng.element(of: Regime.allCases)
        let scale = switch regime {
        case .saturated: 3.0
        case .moderate: 0.5
        case .remembering, .forgetting: 0.2
        case .hiddenOnly: 1.0
        }
        func vector(_ count: Int, bound: Double) -> [Double] {
            (0..<count).map { _ in Self.roundedValue(bound: bound, using: &rng) }
        }
        let x = vector(m, bound: scale)
        let hPrev = vector(n, bound: max(1, scale))
        let cPrev = vector(n, bound: 3)
        let w = (0..<4 * n).map { _ in vector(n + m, bound: scale) }
        var b = vector(4 * n, bound: scale)
        if regime == .remembering || regime == .forgetting {
            for unit in n..<2 * n { b[unit] = regime == .remembering ? 3 : -3 }
        }
        let dh = vector(n, bound: 3)
        let dc = regime == .hiddenOnly ? [Double](repeating: 0, count: n) : vector(n, bound: 3)
        func encode(_ vector: [Double]) -> JSONValue { .array(vector.map(JSONValue.double)) }
        return TestInput(arguments: [encode(x), encode(hPrev), encode(cPrev), .array(w.map(encode)), encode(b),
                                     encode(dh), encode(dc)])
    }

    /// A uniform multiple of 0.001 in [-bound, bound], so the input text stays short.
    private static func roundedValue(bound: Double, using rng: inout SplitMix64) -> Double {
        let thousandths = Int((bound * 1000).rounded(.down))
        return Double(rng.int(in: -thousandths...thousandths)) / 1000
    }

    // MARK: Solving

    public func validate(_ input: TestInput) throws(CatalogError) {
        _ = try decode(input)
    }

    private func decode(_ input: TestInput) throws(CatalogError) -> LSTMStep {
        try input.requireArity(signature.parameters.count)
        let x = try input.arguments[0].numbers(named: "x")
        let hPrev = try input.arguments[1].numbers(named: "hPrev")
        let cPrev = try input.arguments[2].numbers(named: "cPrev")
        let w = try input.arguments[3].numberRows(named: "W")
        let b = try input.arguments[4].numbers(named: "b")
        let dh = try input.arguments[5].numbers(named: "dh")
        let dc = try input.arguments[6].numbers(named: "dc")

        let m = x.count
        let n = hPrev.count
        try Constraint.count(m, of: "m (the length of x)", in: 1...Self.maximumWidth)
        try Constraint.count(n, of: "n (the length of hPrev)", in: 1...Self.maximumWidth)
        try Self.requireCount(cPrev.count, of: "cPrev", "entries", equal: n, "n")
        try Self.requireCount(w.count, of: "W", "rows", equal: 4 * n, "4n")
        for (index, row) in w.enumerated() {
            try Self.requireCount(row.count, of: "W[\(index)]", "entries", equal: n + m, "n + m")
        }
        try Self.requireCount(b.count, of: "b", "entries", equal: 4 * n, "4n")
        try Self.requireCount(dh.count, of: "dh", "entries", equal: n, "n")
        try Self.requireCount(dc.count, of: "dc", "entries", equal: n, "n")
        for (name, vector) in [("x", x), ("hPrev", hPrev), ("cPrev", cPrev)] {
            try Constraint.values(vector, named: name, in: Self.valueRange)
        }
        for (index, row) in w.enumerated() {
            try Constraint.values(row, named: "W[\(index)]", in: Self.valueRange)
        }
        for (name, vector) in [("b", b), ("dh", dh), ("dc", dc)] {
            try Constraint.values(vector, named: name, in: Self.valueRange)
        }
        return LSTMStep(x: x, hPrev: hPrev, cPrev: cPrev, w: w, b: b, dh: dh, dc: dc)
    }

    /// Throws unless `name` holds `count` == `expected` `things` (`expectedName` says which size).
    private static func requireCount(
        _ count: Int, of name: String, _ things: String, equal expected: Int, _ expectedName: String
    ) throws(CatalogError) {
        guard count == expected else {
            throw .invalidInput("\(name) must have \(expectedName) = \(expected) \(things), got \(count)")
        }
    }

    /// The forward pass, then the chain rule backwards through h, c, the gates and W.
    public func solve(_ input: TestInput) throws(CatalogError) -> JSONValue {
        Self.encode(try decode(input).analyticGradients())
    }

    /// The forward values, and central finite differences of L = dh . h + dc . c with respect to
    /// every entry of h_prev, c_prev and x: independent of the backward formulas.
    public func bruteForce(_ input: TestInput) throws(CatalogError) -> JSONValue {
        Self.encode(try decode(input).finiteDifferenceGradients())
    }

    private static func encode(_ vectors: [[Double]]) -> JSONValue {
        .array(vectors.map { .array($0.map(JSONValue.double)) })
    }
}

/// The arguments of one LSTM step; `w` holds 4n rows over [h_prev; x].
struct LSTMStep {
    let x: [Double]
    let hPrev: [Double]
    let cPrev: [Double]
    let w: [[Double]]
    let b: [Double]
    let dh: [Double]
    let dc: [Double]

    var n: Int { hPrev.count }

    /// The gate activations and new states of one step from the given previous states and input.
    struct Forward {
        let i: [Double], f: [Double], g: [Double], o: [Double]
        let c: [Double], h: [Double]
    }

    func forward(hPrev: [Double], cPrev: [Double], x: [Double]) -> Forward {
        var z = b
        for row in w.indices {
            for column in 0..<n { z[row] += w[row][column] * hPrev[column] }
            for column in x.indices { z[row] += w[row][n + column] * x[column] }
        }
        let sigmoid = { (t: Double) in 1 / (1 + exp(-t)) }
        let i = z[0..<n].map(sigmoid)
        let f = z[n..<2 * n].map(sigmoid)
        let g = z[2 * n..<3 * n].map(tanh)
        let o = z[3 * n..<4 * n].map(sigmoid)
        let c = (0..<n).map { f[$0] * cPrev[$0] + i[$0] * g[$0] }
        let h = (0..<n).map { o[$0] * tanh(c[$0]) }
        return Forward(i: i, f: f, g: g, o: o, c: c, h: h)
    }

    /// [h, c, dh_prev, dc_prev, dx] by the chain rule.
    func analyticGradients() -> [[Double]] {
        let step = forward(hPrev: hPrev, cPrev: cPrev, x: x)
        var dcPrev = [Double](repeating: 0, count: n)
        // Gradients with respect to the pre-activations z, in blocks of n for i, f, g, o.
        var dz = [Double](repeating: 0, count: 4 * n)
        for unit in 0..<n {
            let (i, f, g, o) = (step.i[unit], step.f[unit], step.g[unit], step.o[unit])
            let tanhC = tanh(step.c[unit])
            let dcTotal: Double = dc[unit] + dh[unit] * o * (1 - tanhC * tanhC)
            dz[unit] = dcTotal * g * i * (1 - i)
            dz[n + unit] = dcTotal * cPrev[unit] * f * (1 - f)
            dz[2 * n + unit] = dcTotal * i * (1 - g * g)
            dz[3 * n + unit] = dh[unit] * tanhC * o * (1 - o)
            dcPrev[unit] = dcTotal * f
        }
        // d[h_prev; x] = W^T dz.
        let dInputs = (0..<(n + x.count)).map { column in w.indices.reduce(0.0) { $0 + w[$1][column] * dz[$1] } }
        return [step.h, step.c, Array(dInputs[..<n]), dcPrev, Array(dInputs[n...])]
    }

    /// [h, c, dh_prev, dc_prev, dx] with the gradients from (L(v + e) - L(v - e)) / 2e.
    func finiteDifferenceGradients() -> [[Double]] {
        let epsilon = 1e-6
        func loss(hPrev: [Double], cPrev: [Double], x: [Double]) -> Double {
            let step = forward(hPrev: hPrev, cPrev: cPrev, x: x)
            return (0..<n).reduce(0.0) { $0 + dh[$1] * step.h[$1] + dc[$1] * step.c[$1] }
        }
        /// The derivative of L along each entry of `vector`, where `evaluate` puts it into L.
        func derivatives(of vector: [Double], _ evaluate: ([Double]) -> Double) -> [Double] {
            vector.indices.map { index in
                var plus = vector
                var minus = vector
                plus[index] += epsilon
                minus[index] -= epsilon
                return (evaluate(plus) - evaluate(minus)) / (plus[index] - minus[index])
            }
        }
        let step = forward(hPrev: hPrev, cPrev: cPrev, x: x)
        return [
            step.h,
            step.c,
            derivatives(of: hPrev) { loss(hPrev: $0, cPrev: cPrev, x: x) },
            derivatives(of: cPrev) { loss(hPrev: hPrev, cPrev: $0, x: x) },
            derivatives(of: x) { loss(hPrev: hPrev, cPrev: cPrev, x: $0) },
        ]
    }
}
