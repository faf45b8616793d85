import Foundation
import PracticeCatalog
import PracticeRunner

/// The result of `practice attempt --scaling`: how the solution's CPU time grows with the input
/// size, next to the reference's, as exponents of a least-squares fit of log time on log size.
public struct ScalingReport: Sendable, Codable {
    public struct Point: Sendable, Codable {
        public let size: Int
        /// The solution's worst CPU seconds over the inputs of this size, above its start-up time (nil: not run, or it failed/timed out).
        public let solutionSeconds: Double?
        /// The reference's seconds per call, in process.
        public let referenceSeconds: Double
    }

    public let points: [Point]
    /// The solution's start-up CPU seconds (at size 1), subtracted from its times.
    public let baselineSeconds: Double
    public let solutionExponent: Double?
    public let referenceExponent: Double?
    /// The solution's time grows faster than linearly (exponent above 1.25).
    public let superlinear: Bool
    /// One line: "your solution ~ n^2.9, reference ~ n^1.0: ...".
    public let summary: String
}

/// Measures a prepared solution and the reference at sizes growing by sqrt(2).
package struct ScalingCheck {
    let reference: any Oracle
    let runner: any ProcessRunner
    let solution: PreparedSolution
    let limits: RunLimits
    let seed: Int64
    let interruption: CancellationFlag?
    /// Stop growing once one run costs this many CPU seconds (or fails).
    var budgetPerRun = 1.0
    /// Times below this (seconds, above start-up) are noise, not fitted; the threshold rises to twice
    /// the spread of the start-up runs (an interpreter's start-up varies by tens of milliseconds).
    static let measurable = 0.01
    /// In function mode the driver times the call alone, without an interpreter's start-up, so far
    /// smaller times are measurable.
    static let measurableInFunctionMode = 0.001
    /// Inputs per size: generators vary the input's shape with the seed, and the slowest shape is
    /// the one that times out, so each size is timed on several and the worst counts.
    static let inputsPerSize = 2
    /// Runs per input: interference only ever adds CPU time, so the fastest run of an input is its
    /// truest time (noise is the reason for the minimum, shape the reason for the maximum).
    static let runsPerInput = 2

    package init(reference: any Oracle, runner: any ProcessRunner, solution: PreparedSolution, limits: RunLimits, seed: Int64,
                 interruption: CancellationFlag?) {
        self.reference = reference
        self.runner = runner
        self.solution = solution
        self.limits = limits
        self.seed = seed
        self.interruption = interruption
    }

    /// nil when the problem has no generator (nothing to grow).
    package func run() -> ScalingReport? {
        guard let maxSize = reference.maxSize, maxSize > 1 else { return nil }
        let sizes = Self.sizes(maxSize: maxSize)
        var seeds = SplitMix64(seed: UInt64(bitPattern: seed) ^ 0x5CA1_AB1E)
        guard let tiny = try? reference.generate(seed: seeds.next(), size: 1) else { return nil }
        let startups = (0..<5).compactMap { _ in cpuSeconds(tiny) }.sorted()
        let baseline = startups.isEmpty ? 0 : startups[startups.count / 2]
        // The spread of the middle runs: one start-up slowed by a loaded machine must not lift the noise floor
        // above every point (it did in CI: "too fast to measure" for a cubic solution).
        let spread = startups.count >= 5 ? startups[startups.count - 2] - startups[1]
                                         : (startups.last ?? 0) - (startups.first ?? 0)
        var points: [ScalingReport.Point] = []
        var solutionStopped = false
        for size in sizes {
            if interruption?.isCancelled == true { break }
            // Random shapes, and the problem's worst cases at this size: every size parameter that drives the cost
            // grows with n (k = n/2 in a sliding window, a path-shaped tree), so a naive solution shows its exponent.
            let inputs = (0..<Self.inputsPerSize).compactMap { _ in try? reference.generate(seed: seeds.next(), size: size) }
                + reference.worstCases(seed: seeds.next(), size: size).map(\.input)
            if inputs.isEmpty { break }
            let referenceTime = inputs.map(reference.referenceSeconds).max() ?? 0
            var solutionTime: Double? = nil
            if !solutionStopped {
                let times = inputs.map { input -> Double? in
                    let runs = (0..<Self.runsPerInput).map { _ in cpuSeconds(input) }
                    return runs.contains { $0 == nil } ? nil : runs.compactMap { $0 }.min()
                }
                if times.contains(where: { $0 == nil }) {
                    solutionStopped = true
                } else {
                    let worst = times.compactMap { $0 }.max() ?? 0
                    solutionTime = max(0, worst - baseline)
                    if worst >= budgetPerRun { solutionStopped = true }
                }
            }
            points.append(.init(size: size, solutionSeconds: solutionTime, referenceSeconds: referenceTime))
        }
        // Fitted: points above the noise floor, and within 20x of the largest time, where noise of
        // a few tens of milliseconds no longer bends the line.
        let largest = points.compactMap(\.solutionSeconds).max() ?? 0
        let threshold = max(solution.functionArity == nil ? Self.measurable : Self.measurableInFunctionMode, 2 * spread, largest / 20)
        let solutionExponent = Self.exponent(points.compactMap { point in
            point.solutionSeconds.flatMap { $0 >= threshold ? (point.size, $0) : nil }
        })
        // A reference run as a process (user problems) includes its start-up: fit what is above the smallest time.
        let referenceStartup = reference.catalogProblem == nil ? (points.map(\.referenceSeconds).min() ?? 0) : 0
        let referenceExponent = Self.exponent(points.compactMap { point in
            let seconds = point.referenceSeconds - referenceStartup
            // Start-up of an interpreter varies by tens of milliseconds: only what is well above it counts.
            return seconds >= (referenceStartup > 0 ? max(Self.measurable, 2 * spread, referenceStartup / 2) : 1e-12)
                ? (point.size, seconds) : nil
        })
        let superlinear = (solutionExponent ?? 0) > 1.25
        return ScalingReport(points: points, baselineSeconds: baseline, solutionExponent: solutionExponent,
                             referenceExponent: referenceExponent, superlinear: superlinear,
                             summary: Self.summary(solutionExponent, referenceExponent, superlinear: superlinear,
                                                   largest: points.last { $0.solutionSeconds != nil }))
    }

    /// The solution's CPU seconds on one input, nil when it did not finish correctly in time. In
    /// function mode, the driver's figure for the call (its start-up is not in it).
    private func cpuSeconds(_ input: String) -> Double? {
        if solution.functionArity != nil { return functionCpuSeconds(input) }
        let request = RunRequest(arguments: solution.arguments, workingDirectory: solution.workingDirectory,
                                 stdin: Array(input.utf8), limits: limits)
        guard let result = try? runner.run(request, cancellation: interruption),
              result.limitExceeded == nil, result.termination == .exited(0) else { return nil }
        return result.cpuTime
    }

    private func functionCpuSeconds(_ input: String) -> Double? {
        let driver = TestRunner(runner: runner, checker: reference, limits: limits, jobs: 1,
                                stopAtFirstFailure: false)
        var seconds: Double? = nil
        let run = DriverRun(count: 1, outputLimit: limits.outputBytes) { _, answer in
            if case .value = answer.outcome, answer.cpu <= limits.cpuTime { seconds = answer.cpu }
            return true
        }
        let request = RunRequest(arguments: solution.arguments, workingDirectory: solution.workingDirectory,
                                 stdin: Array(input.utf8), limits: driver.driverLimits(forTests: 1))
        guard (try? runner.run(request, cancellation: interruption, output: { run.receive($0, $1) })) != nil else { return nil }
        return seconds
    }

    /// Sizes growing by sqrt(2) from maxSize/1024 up to maxSize: fine enough that a fast-growing
    /// solution still leaves three measurable points before it reaches the per-run budget.
    static func sizes(maxSize: Int) -> [Int] {
        var sizes: Set<Int> = [maxSize]
        var size = Double(maxSize)
        for _ in 0..<20 {
            size /= 2.0.squareRoot()
            if size >= 1 { sizes.insert(Int(size.rounded())) }
        }
        return sizes.sorted()
    }

    /// The slope of log(time) on log(size) by least squares; nil with fewer than 3 points or no spread.
    static func exponent(_ points: [(Int, Double)]) -> Double? {
        guard points.count >= 3 else { return nil }
        let xs = points.map { log(Double($0.0)) }
        let ys = points.map { log($0.1) }
        let meanX = xs.reduce(0, +) / Double(xs.count)
        let meanY = ys.reduce(0, +) / Double(ys.count)
        let sxx = xs.reduce(0) { $0 + ($1 - meanX) * ($1 - meanX) }
        guard sxx > 1e-9 else { return nil }
        let sxy = zip(xs, ys).reduce(0) { $0 + ($1.0 - meanX) * ($1.1 - meanY) }
        return sxy / sxx
    }

    static func summary(_ solution: Double?, _ reference: Double?, superlinear: Bool, largest: ScalingReport.Point?) -> String {
        let format = { (value: Double?) in value.map { String(format: "~ n^%.1f", $0) } ?? "too fast to measure" }
        var line = "your solution \(format(solution)), reference \(format(reference))"
        if solution == nil, let largest, let seconds = largest.solutionSeconds {
            line += String(format: " (yours: %.1f ms above start-up at n = %d)", seconds * 1000, largest.size)
        }
        if superlinear { line += ": superlinear" }
        if let solution, let reference, solution - reference >= 0.5 {
            line += ", it grows faster than the reference and will time out on large inputs"
        }
        return line
    }
}
