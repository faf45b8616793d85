import Foundation
import PracticeCatalog
import PracticeRunner
import PracticeModel

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
    /// True when that test case was already stored (an earlier attempt found the same input).
    public var alreadyStored = false
    /// The minimal input whole (`minimal.input` is an excerpt for display).
    package let minimalInput: String

    enum CodingKeys: String, CodingKey {
        case original, minimal, steps, runs, seconds, timedOut, storedTestId, alreadyStored
    }
}

/// Shrinks a failing input while the solution still fails against the reference with the same
/// verdict: first generator inputs of smaller sizes with fresh seeds, then reductions of the
/// failing input itself (the problem's `shrinkCandidates`: deleting elements, rows or time steps,
/// moving numbers toward 0, shortening strings), keeping only valid and strictly smaller inputs.
package struct Shrinker {
    let reference: any Oracle
    let testRunner: TestRunner
    let solution: PreparedSolution
    let timeBound: Double
    let interruption: CancellationFlag?
    /// Fresh seeds tried per smaller size.
    var seedsPerSize = 6

    package init(reference: any Oracle, testRunner: TestRunner, solution: PreparedSolution, timeBound: Double,
                 interruption: CancellationFlag?) {
        self.reference = reference
        self.testRunner = testRunner
        self.solution = solution
        self.timeBound = timeBound
        self.interruption = interruption
    }

    package func shrink(_ failure: TestResult) -> ShrinkReport {
        let started = Date()
        let deadline = started.addingTimeInterval(timeBound)
        let target = failure.verdict
        var runs = 0
        var steps = 0
        var current = failure
        var timedOut = false

        /// Runs candidate inputs in plan order (in parallel), returning the first that fails with `target`.
        func firstFailing(_ inputs: [String]) -> TestResult? {
            var tests: [PlannedTest] = []
            for (input, answer) in zip(inputs, reference.solveAll(inputs, jobs: testRunner.jobs)) {
                guard case .success(let expected) = answer else { continue }
                tests.append(PlannedTest(ordinal: tests.count + 1, origin: .random, testCaseId: nil, seed: nil, size: nil,
                                         input: input, expected: .success(expected)))
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
                let keys = (0..<seedsPerSize).map { _ in RandomTestKey(seed: Int64(bitPattern: generator.next()), size: smaller) }
                let inputs = reference.generateAll(keys, jobs: testRunner.jobs).compactMap { try? $0.get() }
                let bound = reference.measure(current.test.input)
                if let found = firstFailing(inputs.filter { reference.measure($0) < bound }) {
                    current = found
                    steps += 1
                    break
                }
            }
        }

        // 2. Reductions of the failing input itself, restarting after every kept reduction.
        let batch = max(2, testRunner.jobs * 2)
        reduction: while !outOfTime() {
            let size = reference.measure(current.test.input)
            if size == .unreadable { break }
            let candidates = reference.shrinkCandidates(current.test.input).filter { reference.measure($0) < size }
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
                            seconds: Date().timeIntervalSince(started), timedOut: timedOut, storedTestId: nil,
                            minimalInput: current.test.input)
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

    private static func describe(_ result: TestResult) -> ShrinkReport.Case {
        ShrinkReport.Case(input: excerpt(result.test.input), expected: (try? result.test.expected.get()).map { excerpt($0) } ?? "",
                          actual: result.actual.map { excerpt($0) }, verdict: result.verdict, message: result.message)
    }
}
