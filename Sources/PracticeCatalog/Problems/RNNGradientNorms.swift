import Foundation

/// The vanishing (and exploding) gradient of an Elman RNN, measured as Jacobian norms.
public struct RNNGradientNorms: CatalogProblem {
    /// The most hidden units (n) and input features (m).
    static let maximumWidth = 8
    /// The most time steps (T).
    static let maximumSteps = 200
    /// The range every weight, input and initial state entry lies in.
    static let valueRange = -3.0...3.0
    /// Generated inputs whose norms exceed this are redrawn: beyond it, rounding differences of
    /// 1e-16 in a correct solution's forward pass could grow past the checker's tolerance.
    static let largestStableNorm = 1e6
    /// Draws of a weight regime before the generator falls back to contracting weights.
    static let regimeAttempts = 4

    public init() {}

    public let slug = "rnn-gradient-norms"
    public let number: Int? = nil
    public let title = "Vanishing Gradients in an Elman RNN"
    public let difficulty = Difficulty.medium
    public let tags = ["deep-learning", "rnn", "backpropagation", "matrices"]
    public let sourceURL: String? = nil
    public let signature = Signature(
        functionName: "gradientNorms",
        parameters: [
            Parameter(name: "W", type: "[[Double]]"),
            Parameter(name: "U", type: "[[Double]]"),
            Parameter(name: "xs", type: "[[Double]]"),
            Parameter(name: "h0", type: "[Double]"),
        ],
        returnType: "[Double]"
    )
    public let examples = [
        TestInput(arguments: [[[0.5]], [[1.0]], [[0.2]], [0.1]]),
        TestInput(arguments: [
            [[0.5, -0.3], [0.2, 0.4]],
            [[1.0], [-0.5]],
            [[0.1], [0.2], [-0.3]],
            [0.0, 0.0],
        ]),
        TestInput(arguments: [
            [[2.5, -1.0], [1.5, 2.0]],
            [[3.0, 0.0], [0.0, -3.0]],
            [[1.0, 1.0], [1.0, 1.0], [-1.0, 0.5], [0.5, -1.0]],
            [0.5, -0.5],
        ]),
    ]
    public let limits = Limits(timeLimit: 2.0, memoryLimitMB: 256)
    public let checker = Checker.float(tolerance: 1e-6)
    public let maxSize = maximumSteps
    public let version = "rnn-gradient-norms.1"

    public let statement = """
        An Elman recurrent network with `n` hidden units reads a sequence of `T` input vectors \
        `x_1 ... x_T` of length `m`. Starting from the hidden state `h_0`, each step computes

            h_t = tanh(W h_{t-1} + U x_t)        for t = 1 .. T

        where `W` is `n x n`, `U` is `n x m`, `tanh` applies elementwise and there is no bias.

        Backpropagation through time carries the gradient of a loss on `h_T` back to every \
        earlier state through the Jacobians `J_k = dh_T/dh_k` (`n x n`). One step back multiplies by

            dh_t/dh_{t-1} = diag(1 - h_t^2) W

        so `J_T = I` and `J_k = J_{k+1} diag(1 - h_{k+1}^2) W` for `k = T-1 .. 0`. Return the \
        list `g` of length `T + 1` with `g[k] = ||J_k||_F`, the Frobenius norm (square root of \
        the sum of squared entries). In particular `g[T] = sqrt(n)`.

        ## Why the gradient vanishes
        Each step back multiplies by `A_t = diag(1 - h_t^2) W`, so `J_k = A_T A_{T-1} ... A_{k+1}`, \
        a product of `T - k` matrices. The factor `1 - h_t^2` is at most 1 and close to 0 when a \
        unit saturates (`|h| -> 1`), so the activation can only shrink the signal. Near a fixed \
        point the factors are all about the same matrix `A`, and `||A^j||` behaves like \
        `rho(A)^j`, where `rho` is the spectral radius (the largest eigenvalue magnitude). So \
        while the spectral radius of `diag(1 - h^2) W` stays below 1, `g[k]` shrinks \
        geometrically with the distance `T - k`. Along any trajectory the same holds step by \
        step when every factor has spectral norm at most some `r < 1`: then \
        `g[k] <= sqrt(n) r^(T-k)`. After a few dozen steps the gradient reaching early states is \
        numerically zero, and the network cannot learn dependencies across long gaps. When the \
        radius stays above 1 the same product grows geometrically instead and the gradient \
        explodes, which is why RNN training clips gradient norms.

        LSTM and GRU cells avoid this with gates. An LSTM keeps a cell state updated \
        additively, `c_t = f_t * c_{t-1} + i_t * z_t`, so along the cell path \
        `dc_t/dc_{t-1} = diag(f_t)`: no multiplication by a weight matrix and no squashing \
        derivative. With the forget gate `f_t` near 1 the gradient passes through many steps \
        almost unchanged (the "constant error carousel"), and the network learns when to keep \
        or reset it. A GRU does the same with `h_t = (1 - z_t) * h_{t-1} + z_t * c_t` (`c_t` \
        the candidate state): while the update gate `z_t` is near 0 the identity path dominates \
        and the gradient survives.

        ## Function
        `gradientNorms(W: [[Double]], U: [[Double]], xs: [[Double]], h0: [Double]) -> [Double]`

        ## Input
        Four lines on standard input, one JSON value each: `W` (n rows of n numbers), `U` \
        (n rows of m numbers), `xs` (T rows of m numbers: `xs[t-1]` is `x_t`) and `h0` \
        (n numbers).

        ## Output
        One line on standard output: `g` as a JSON array of `T + 1` numbers, `g[0]` first. \
        Each number is accepted when its absolute or relative error is at most `1e-6`.

        ## Constraints
        - `1 <= n, m <= 8`
        - `1 <= T <= 200`
        - every entry of `W`, `U`, `xs` and `h0` is in `[-3, 3]`
        """

    // MARK: Generation

    /// How the weights are drawn, so that vanishing, growing and saturated regimes all occur.
    private enum Regime: CaseIterable {
        /// ||W||_F < 1: a contraction, norms vanish geometrically.
        case contracting
        /// Gain above 1: norms can grow for a while before tanh saturates.
        case amplifying
        /// Large weights and inputs: units sit near +-1 and norms collapse fast.
        case saturated

        /// The largest magnitude of the entries of each argument.
        func bounds(n: Int, using rng: inout SplitMix64) -> (w: Double, u: Double, xs: Double, h0: Double) {
            switch self {
            case .contracting:
                // Entries below r / n keep the Frobenius norm, hence the spectral radius, below r < 1.
                (w: rng.double(in: 0.3...0.95) / Double(n), u: 1, xs: 1, h0: 1)
            case .amplifying:
                // Uniform entries in [-b, b] give a spectral radius near b * sqrt(n / 3).
                (w: min(3, rng.double(in: 1.2...2.5) * (3 / Double(n)).squareRoot()), u: 1, xs: 0.5, h0: 1)
            case .saturated:
                (w: 3, u: 3, xs: 3, h0: 3)
            }
        }
    }

    public func generate(seed: UInt64, size: Int) -> TestInput {
        var rng = SplitMix64(seed: seed)
        let steps = min(max(size, 1), maxSize)
        let widthCap = min(Self.maximumWidth, 1 + steps / 2)
        let n = rng.int(in: (widthCap + 1) / 2...widthCap)
        let m = rng.int(in: (widthCap + 1) / 2...widthCap)
        let regime = rng.element(of: Regime.allCases)
        for _ in 0..<Self.regimeAttempts {
            let arguments = Self.arguments(regime, n: n, m: m, steps: steps, using: &rng)
            if regime == .contracting
                || arguments.network.gradientNorms().allSatisfy({ $0 <= Self.largestStableNorm }) {
                return arguments.testInput
            }
        }
        return Self.arguments(.contracting, n: n, m: m, steps: steps, using: &rng).testInput
    }

    private static func arguments(_ regime: Regime, n: Int, m: Int, steps: Int, using rng: inout SplitMix64) -> RNNArguments {
        let bounds = regime.bounds(n: n, using: &rng)
        func matrix(rows: Int, columns: Int, bound: Double) -> [[Double]] {
            (0..<rows).map { _ in (0..<columns).map { _ in roundedValue(bound: bound, using: &rng) } }
        }
        return RNNArguments(
            w: matrix(rows: n, columns: n, bound: bounds.w),
            u: matrix(rows: n, columns: m, bound: bounds.u),
            xs: matrix(rows: steps, columns: m, bound: bounds.xs),
            h0: matrix(rows: 1, columns: n, bound: bounds.h0)[0]
        )
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

    private func decode(_ input: TestInput) throws(CatalogError) -> ElmanRNN {
        try input.requireArity(signature.parameters.count)
        let w = try input.arguments[0].numberRows(named: "W")
        let u = try input.arguments[1].numberRows(named: "U")
        let xs = try input.arguments[2].numberRows(named: "xs")
        let h0 = try input.arguments[3].numbers(named: "h0")

        let n = w.count
        try Constraint.count(n, of: "n (the number of rows of W)", in: 1...Self.maximumWidth)
        try Self.requireWidth(of: w, named: "W", width: n, widthName: "n")
        guard u.count == n else {
            throw .invalidInput("U must have n = \(n) rows, got \(u.count)")
        }
        let m = u[0].count
        try Constraint.count(m, of: "m (the length of U's rows)", in: 1...Self.maximumWidth)
        try Self.requireWidth(of: u, named: "U", width: m, widthName: "m")
        try Constraint.count(xs.count, of: "T (the number of vectors in xs)", in: 1...Self.maximumSteps)
        try Self.requireWidth(of: xs, named: "xs", width: m, widthName: "m")
        guard h0.count == n else {
            throw .invalidInput("h0 must have n = \(n) entries, got \(h0.count)")
        }
        for (name, rows) in [("W", w), ("U", u), ("xs", xs)] {
            for (index, row) in rows.enumerated() {
                try Constraint.values(row, named: "\(name)[\(index)]", in: Self.valueRange)
            }
        }
        try Constraint.values(h0, named: "h0", in: Self.valueRange)
        return RNNArguments(w: w, u: u, xs: xs, h0: h0).network
    }

    /// Throws unless every row has `width` entries.
    private static func requireWidth(
        of rows: [[Double]], named name: String, width: Int, widthName: String
    ) throws(CatalogError) {
        if let index = rows.firstIndex(where: { $0.count != width }) {
            throw .invalidInput("\(name)[\(index)] must have \(widthName) = \(width) entries, got \(rows[index].count)")
        }
    }

    /// Forward pass, then backward accumulation of the Jacobian products.
    public func solve(_ input: TestInput) throws(CatalogError) -> JSONValue {
        .array(try decode(input).gradientNorms().map(JSONValue.double))
    }

    /// Central finite differences of h_T with respect to each h_k, rerunning the forward pass
    /// from step k: independent of the analytic Jacobians.
    public func bruteForce(_ input: TestInput) throws(CatalogError) -> JSONValue {
        .array(try decode(input).finiteDifferenceNorms().map(JSONValue.double))
    }
}

/// The four arguments of a test, as rows of numbers.
struct RNNArguments {
    let w: [[Double]]
    let u: [[Double]]
    let xs: [[Double]]
    let h0: [Double]

    /// The arguments in signature order.
    var testInput: TestInput {
        func rows(_ matrix: [[Double]]) -> JSONValue {
            .array(matrix.map { .array($0.map(JSONValue.double)) })
        }
        return TestInput(arguments: [rows(w), rows(u), rows(xs), .array(h0.map(JSONValue.double))])
    }

    var network: ElmanRNN {
        ElmanRNN(w: w.flatMap { $0 }, u: u.flatMap { $0 }, xs: xs.flatMap { $0 }, h0: h0)
    }
}

/// An Elman RNN with its input sequence, h_t = tanh(W h_{t-1} + U x_t), matrices stored flat in
/// row-major order.
struct ElmanRNN {
    let w: [Double]
    let u: [Double]
    let xs: [Double]
    let h0: [Double]
    /// Hidden units.
    let n: Int
    /// Input features.
    let m: Int
    /// Time steps (T).
    let steps: Int

    init(w: [Double], u: [Double], xs: [Double], h0: [Double]) {
        self.w = w
        self.u = u
        self.xs = xs
        self.h0 = h0
        n = h0.count
        m = u.count / n
        steps = xs.count / m
    }

    /// The state after step `t` (1-based) from state `h`.
    func step(_ t: Int, from h: [Double]) -> [Double] {
        let input = (t - 1) * m
        var next = [Double](repeating: 0, count: n)
        for i in 0..<n {
            var sum = 0.0
            for j in 0..<n { sum += w[i * n + j] * h[j] }
            for j in 0..<m { sum += u[i * m + j] * xs[input + j] }
            next[i] = tanh(sum)
        }
        return next
    }

    /// h_0 ... h_T.
    func states() -> [[Double]] {
        var states = [h0]
        for t in 1...steps {
            states.append(step(t, from: states[t - 1]))
        }
        return states
    }

    /// g[k] = ||dh_T/dh_k||_F from J_T = I, J_k = J_{k+1} diag(1 - h_{k+1}^2) W.
    func gradientNorms() -> [Double] {
        let h = states()
        var jacobian = [Double](repeating: 0, count: n * n)
        for i in 0..<n { jacobian[i * n + i] = 1 }
        var stepJacobian = jacobian
        var product = jacobian
        var norms = [Double](repeating: 0, count: steps + 1)
        norms[steps] = Self.euclideanNorm(jacobian)
        for k in stride(from: steps - 1, through: 0, by: -1) {
            for l in 0..<n {
                let slope = 1 - h[k + 1][l] * h[k + 1][l]
                for j in 0..<n { stepJacobian[l * n + j] = slope * w[l * n + j] }
            }
            for i in 0..<n {
                for j in 0..<n {
                    var sum = 0.0
                    for l in 0..<n { sum += jacobian[i * n + l] * stepJacobian[l * n + j] }
                    product[i * n + j] = sum
                }
            }
            swap(&jacobian, &product)
            norms[k] = Self.euclideanNorm(jacobian)
        }
        return norms
    }

    /// g[k] estimated column by column: (h_T(h_k + e_j) - h_T(h_k - e_j)) / 2e.
    func finiteDifferenceNorms() -> [Double] {
        let h = states()
        let epsilon = 1e-6
        return (0...steps).map { k in
            var sumOfSquares = 0.0
            for j in 0..<n {
                var plus = h[k]
                var minus = h[k]
                plus[j] += epsilon
                minus[j] -= epsilon
                let delta = plus[j] - minus[j]
                for t in stride(from: k + 1, through: steps, by: 1) {
                    plus = step(t, from: plus)
                    minus = step(t, from: minus)
                }
                for i in 0..<n {
                    let derivative = (plus[i] - minus[i]) / delta
                    sumOfSquares += derivative * derivative
                }
            }
            return sumOfSquares.squareRoot()
        }
    }

    /// The square root of the sum of squares: the Frobenius norm of a flat matrix.
    private static func euclideanNorm(_ values: [Double]) -> Double {
        values.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }
}
