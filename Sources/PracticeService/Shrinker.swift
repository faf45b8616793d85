import Foundation
import PracticeCatalog
import PracticeRunner

/// What shrinking a failing random test found.
public struct ShrinkReport: Sendable, Encodable {
    /// A test input with the reference's answer and the solution's.
    public struct Case: Sendable, Encodable {
        public let input: String
        public let expected: String
        public let actual: String?
        public let verdict: Verdict
        public let message: String?
    }

    public let original: Case
    public let minimal: Case
    /// Reductions kept, solution runs made, and seconds spent.
    public let steps: Int
    public let runs: Int
    public let seconds: Double
    /// True when the time bound stopped the search before no smaller failing input was left.
    public let timedOut: Bool
    /// The stored `counterexample` test case, run first by every later attempt.
    public var storedTestId: Int64?
}

/// Shrinks a failing input while the solution still fails against the reference with the same
/// verdict: first generator inputs of smaller sizes with fresh seeds, then reductions of the
/// failing input itself (the problem's `shrinkCandidates`: deleting elements, rows or time steps,
/// moving numbers toward 0, shortening strings), keeping only valid and strictly smaller inputs.
struct Shrinker {
    let reference: any CatalogProblem
    let testRunner: TestRunner
    let solution: PreparedSolution
    let timeBound: Double
    let interruption: CancellationFlag?
    /// Fresh seeds tried per smaller size.
    var seedsPerSize = 6

    func shrink(_ failure: TestResult) -> ShrinkReport {
        let started = Date()
        let deadline = started.addingTimeInterval(timeBound)
        let target = failure.verdict
        var runs = 0
        var steps = 0
        var current = failure
        var timedOut = false

        /// Runs candidate inputs in plan order (in parallel), returning the first that fails with `target`.
        func firstFailing(_ inputs: [TestInput]) -> TestResult? {
            var tests: [PlannedTest] = []
            for input in inputs {
                guard (try? reference.validate(input)) != nil, let answer = try? reference.solve(input) else { continue }
                tests.append(PlannedTest(ordinal: tests.count + 1, origin: .random, testCaseId: nil, seed: nil, size: nil,
                                         input: input.text, expected: .success(answer.json)))
            }
            guard !tests.isEmpty else { return nil }
            let results = testRunner.run(tests, solution: solution, interruption: interruption, progress: nil)
            runs += results.count
            return results.first { $0.verdict == target }
        }

        func outOfTime() -> Bool {
            if interruption?.isCancelled == true { return true }
            if Date() >= deadline { timedOut = true; return true }
            return false
        }

        // 1. Smaller generator inputs, smallest size first.
        if let seed = failure.test.seed, let size = failure.test.size, size > 1 {
            var generator = SplitMix64(seed: UInt64(bitPattern: seed) ^ 0x9E37_79B9_7F4A_7C15)
            for smaller in Self.smallerSizes(below: size) {
                if outOfTime() { break }
                let inputs = (0..<seedsPerSize).map { _ in reference.generate(seed: generator.next(), size: smaller) }
                let bound = measure(current)
                if let found = firstFailing(inputs.filter { Self.measure($0) < bound }) {
                    current = found
                    steps += 1
                    break
                }
            }
        }

        // 2. Reductions of the failing input itself, restarting after every kept reduction.
        let batch = max(2, testRunner.jobs * 2)
        reduction: while !outOfTime() {
            guard let input = try? TestInput.parse(current.test.input, arity: reference.signature.parameters.count) else { break }
            let size = Self.measure(input)
            let candidates = reference.shrinkCandidates(input).filter { Self.measure($0) < size }
            var start = 0
            while start < candidates.count {
                if outOfTime() { break reduction }
                let slice = Array(candidates[start..<min(start + batch, candidates.count)])
                if let found = firstFailing(slice) {
                    current = found
                    steps += 1
                    continue reduction
                }
                start += batch
            }
            break  // no candidate fails: minimal
        }

        return ShrinkReport(original: Self.describe(failure), minimal: Self.describe(current), steps: steps, runs: runs,
                            seconds: Date().timeIntervalSince(started), timedOut: timedOut, storedTestId: nil)
    }

    /// Sizes to try below a failing size: 1, 2, 3, 4, 6, 8, 11, ... (about x1.4 each).
    static func smallerSizes(below size: Int) -> [Int] {
        var sizes: [Int] = []
        var next = 1
        while next < size {
            sizes.append(next)
            next = max(next + 1, Int((Double(next) * 1.4).rounded()))
        }
        return sizes
    }

    /// How big an input is: its text length first, then the magnitude of its numbers and strings
    /// (so moving a number toward 0 counts as smaller).
    static func measure(_ input: TestInput) -> Measure {
        Measure(length: input.text.count, magnitude: input.arguments.reduce(0) { $0 + magnitude($1) })
    }

    struct Measure: Comparable {
        let length: Int
        let magnitude: Double
        static func < (lhs: Measure, rhs: Measure) -> Bool {
            (lhs.length, lhs.magnitude) < (rhs.length, rhs.magnitude)
        }
    }

    private static func magnitude(_ value: JSONValue) -> Double {
        switch value {
        case .int(let number): Double(number.magnitude)
        case .double(let number): number.isFinite ? abs(number) : 0
        case .string(let text): Double(text.count)
        case .bool(let flag): flag ? 1 : 0
        case .array(let elements): elements.reduce(0) { $0 + magnitude($1) } + Double(elements.count)
        case .object(let fields): fields.values.reduce(0) { $0 + magnitude($1) } + Double(fields.count)
        case .null: 0
        }
    }

    /// The measure of a test's input; an input that does not parse counts as infinitely large.
    private func measure(_ result: TestResult) -> Measure {
        guard let input = try? TestInput.parse(result.test.input, arity: reference.signature.parameters.count) else {
            return Measure(length: .max, magnitude: .infinity)
        }
        return Self.measure(input)
    }

    private static func describe(_ result: TestResult) -> ShrinkReport.Case {
        ShrinkReport.Case(input: excerpt(result.test.input), expected: (try? result.test.expected.get()).map { excerpt($0) } ?? "",
                          actual: result.actual.map { excerpt($0) }, verdict: result.verdict, message: result.message)
    }
}
