import Foundation
import PracticeCatalog
import PracticeModel

/// The judge's side of a judgement: where a problem's random inputs and expected answers come from
/// and how an output is checked. A catalog problem's oracle is its in-process reference solver
/// (``CatalogOracle``); a user problem's runs the reference, generator and checker programs the
/// user gave (``UserOracle``). Inputs and answers are the exact text fed to and read from solutions.
package protocol Oracle: Sendable {
    /// What attempts record and answer caches are keyed by (see ``ReferenceFingerprint``).
    var version: String { get }
    /// The largest generator size; nil when the problem has no generator (no random tests).
    var maxSize: Int? { get }
    /// The catalog problem behind the oracle; nil for a user problem.
    var catalogProblem: (any CatalogProblem)? { get }
    /// One random input; the same (seed, size) always gives the same input.
    func generate(seed: UInt64, size: Int) throws(JudgeFailure) -> String
    /// The reference's answer for an input.
    func solve(_ input: String) throws(JudgeFailure) -> String
    /// Judges a solution's output against the reference's answer.
    func check(input: String, expected: String, actual: String) -> CheckResult
    /// Valid, simpler variants of a failing input, most aggressive first, for shrinking; empty when
    /// the oracle cannot tell a valid input from an invalid one.
    func shrinkCandidates(_ input: String) -> [String]
    /// How big an input is, for shrinking: smaller is simpler.
    func measure(_ input: String) -> InputMeasure
    /// The reference's seconds on an input, for the scaling check.
    func referenceSeconds(_ input: String) -> Double
    /// Answers for many inputs, in order (a user problem's oracle runs them in parallel).
    func solveAll(_ inputs: [String], jobs: Int) -> [Result<String, JudgeFailure>]
    /// Random inputs for many (seed, size) keys, in order.
    func generateAll(_ keys: [RandomTestKey], jobs: Int) -> [Result<String, JudgeFailure>]
    /// Inputs of `size` shaped to be slowest for naive solutions, with their names (none by default).
    func worstCases(seed: UInt64, size: Int) -> [(name: String, input: String)]
}

extension Oracle {
    package func worstCases(seed: UInt64, size: Int) -> [(name: String, input: String)] { [] }

    package func solveAll(_ inputs: [String], jobs: Int) -> [Result<String, JudgeFailure>] {
        inputs.map { input in Result { () throws(JudgeFailure) in try solve(input) } }
    }

    package func generateAll(_ keys: [RandomTestKey], jobs: Int) -> [Result<String, JudgeFailure>] {
        keys.map { key in Result { () throws(JudgeFailure) in try generate(seed: UInt64(bitPattern: key.seed), size: key.size) } }
    }
}

/// How big an input is: its text length first, then the magnitude of its numbers and strings (so
/// moving a number toward 0 counts as smaller). An input that cannot be read is infinitely large.
package struct InputMeasure: Comparable, Sendable {
    package let length: Int
    package let magnitude: Double

    package static let unreadable = InputMeasure(length: .max, magnitude: .infinity)

    package static func < (lhs: InputMeasure, rhs: InputMeasure) -> Bool {
        (lhs.length, lhs.magnitude) < (rhs.length, rhs.magnitude)
    }

    /// The measure of free text: its length, then the sum of the magnitudes of its numeric tokens.
    package static func ofText(_ text: String) -> InputMeasure {
        let magnitude = text.split(whereSeparator: \.isWhitespace).reduce(0.0) { sum, token in
            sum + (Double(token).map { $0.isFinite ? abs($0) : 0 } ?? Double(token.count))
        }
        return InputMeasure(length: text.count, magnitude: magnitude)
    }
}

/// A catalog problem's oracle: the pure reference solver, generator and checker, in process.
package struct CatalogOracle: Oracle {
    package let problem: any CatalogProblem
    package let version: String

    package init(_ problem: any CatalogProblem) {
        self.problem = problem
        self.version = ReferenceFingerprint.of(problem)
    }

    package var maxSize: Int? { problem.maxSize }
    package var catalogProblem: (any CatalogProblem)? { problem }
    private var arity: Int { problem.signature.parameters.count }

    package func generate(seed: UInt64, size: Int) throws(JudgeFailure) -> String {
        problem.generate(seed: seed, size: size).text
    }

    package func solve(_ input: String) throws(JudgeFailure) -> String {
        do {
            return try problem.solve(TestInput.parse(input, arity: arity)).json
        } catch {
            throw JudgeFailure(message: "the reference solver failed: \(error.localizedDescription)")
        }
    }

    /// The problem's own check (which may accept any valid answer), given the parsed input only
    /// when the problem needs it.
    package func check(input: String, expected: String, actual: String) -> CheckResult {
        guard problem.checksInput else { return problem.checker.check(expected: expected, actual: actual) }
        do {
            return problem.check(try TestInput.parse(input, arity: arity), expected: expected, actual: actual)
        } catch {
            return .judgeError("the stored input does not parse (\(error.localizedDescription))")
        }
    }

    package func worstCases(seed: UInt64, size: Int) -> [(name: String, input: String)] {
        problem.worstCases(seed: seed, size: min(max(size, 1), problem.maxSize)).map { ($0.name, $0.input.text) }
    }

    package func shrinkCandidates(_ input: String) -> [String] {
        guard let parsed = try? TestInput.parse(input, arity: arity) else { return [] }
        return problem.shrinkCandidates(parsed).filter { (try? problem.validate($0)) != nil }.map(\.text)
    }

    package func measure(_ input: String) -> InputMeasure {
        guard let parsed = try? TestInput.parse(input, arity: arity) else { return .unreadable }
        return InputMeasure(length: parsed.text.count, magnitude: parsed.arguments.reduce(0) { $0 + Self.magnitude($1) })
    }

    /// The reference's seconds per call, repeated until 20 ms have passed so tiny times are measurable.
    package func referenceSeconds(_ input: String) -> Double {
        guard let parsed = try? TestInput.parse(input, arity: arity) else { return 0 }
        let clock = ContinuousClock()
        var total: Duration = .zero
        var calls = 0
        while total < .milliseconds(20) && calls < 10_000 {
            total += clock.measure { _ = try? problem.solve(parsed) }
            calls += 1
        }
        let seconds = Double(total.components.seconds) + Double(total.components.attoseconds) / 1e18
        return seconds / Double(max(calls, 1))
    }

    /// In-process, but a thousand large inputs still take a while: spread over `jobs` threads.
    package func solveAll(_ inputs: [String], jobs: Int) -> [Result<String, JudgeFailure>] {
        WorkerPool.map(inputs.count, jobs: jobs) { index in Result { () throws(JudgeFailure) in try solve(inputs[index]) } }
    }

    package func generateAll(_ keys: [RandomTestKey], jobs: Int) -> [Result<String, JudgeFailure>] {
        WorkerPool.map(keys.count, jobs: jobs) { index in
            Result { () throws(JudgeFailure) in try generate(seed: UInt64(bitPattern: keys[index].seed), size: keys[index].size) }
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
}
