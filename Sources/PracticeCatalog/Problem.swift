@_exported import PracticeModel

/// One test input: one JSON value per argument, in signature order.
public struct TestInput: Sendable, Hashable {
    public let arguments: [JSONValue]

    public init(arguments: [JSONValue]) {
        self.arguments = arguments
    }

    /// The stdin text: one compact JSON line per argument, each ending in "\n".
    public var text: String {
        var output: [UInt8] = []
        for argument in arguments {
            argument.write(to: &output)
            output.append(UInt8(ascii: "\n"))
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Parses stdin text back (non-empty lines, each one JSON value); throws if the count != arity.
    ///
    /// Lines end in "\n" (a "\r" before it is whitespace); lines holding only spaces, tabs and
    /// "\r" are skipped; line numbers in errors count every line from 1.
    public static func parse(_ text: String, arity: Int) throws(CatalogError) -> TestInput {
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        var arguments: [JSONValue] = []
        for (index, line) in lines.enumerated() where !line.allSatisfy(isBlank) {
            do {
                arguments.append(try JSONValue.parse(String(Substring(line))))
            } catch {
                throw .malformedLine(line: index + 1, error)
            }
        }
        let input = TestInput(arguments: arguments)
        try input.requireArity(arity)
        return input
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    /// Throws unless there is exactly one argument per parameter.
    func requireArity(_ arity: Int) throws(CatalogError) {
        guard arguments.count == arity else {
            throw .wrongArgumentCount(expected: arity, actual: arguments.count)
        }
    }
}

/// A built-in problem. All members deterministic; `generate` depends only on (seed, size).
public protocol CatalogProblem: Sendable {
    /// The stable identifier, e.g. "shortest-unsorted-subarray".
    var slug: String { get }
    /// The LeetCode number when there is one (581).
    var number: Int? { get }
    var title: String { get }
    var difficulty: Difficulty { get }
    var tags: [String] { get }
    /// Where the problem comes from, when it has a public page.
    var sourceURL: String? { get }
    /// Markdown: description, constraints, input/output format. Examples are rendered by callers
    /// from `examples` and the reference solver, so no expected output is hard-coded here.
    var statement: String { get }
    var signature: Signature { get }
    /// Inputs shown with the statement and always judged first.
    var examples: [TestInput] { get }
    var limits: Limits { get }
    var checker: Checker { get }
    /// The largest `size` for `generate`.
    var maxSize: Int { get }
    /// Bumped when the generator or reference changes (so cached expected outputs are refreshed), e.g. "581.1".
    var version: String { get }
    /// A random valid input; size in 1...maxSize (clamped outside): 1 is tiny, maxSize the
    /// constraints' maximum. The same (seed, size) always gives the same input.
    func generate(seed: UInt64, size: Int) -> TestInput
    /// Checks arity, types and constraints.
    func validate(_ input: TestInput) throws(CatalogError)
    /// The fast reference answer (validates first).
    func solve(_ input: TestInput) throws(CatalogError) -> JSONValue
    /// An independent, simple, possibly slow answer used to cross-check `solve` (validates first).
    func bruteForce(_ input: TestInput) throws(CatalogError) -> JSONValue
    /// Judges `actual` for `input`. The default applies `checker` to the reference's `expected`;
    /// a problem whose answers are not unique overrides it to accept any valid answer.
    func check(_ input: TestInput, expected: String, actual: String) -> CheckResult
    /// True when `check` is overridden and needs the input (judges then parse each input for it).
    var checksInput: Bool { get }
    /// Smaller or simpler variants of a failing `input`, most aggressive first, for shrinking a
    /// counterexample. Candidates need not be valid: the shrinker keeps only those `validate`
    /// accepts. The default is ``InputReducer/candidates(for:)``; a problem with structure the
    /// generic reductions cannot keep (square matrices, trees) adds its own.
    func shrinkCandidates(_ input: TestInput) -> [TestInput]
    /// Inputs of `size` (clamped to 1...maxSize) shaped to be the slowest for the usual naive
    /// approaches of this problem, e.g. for sliding-window maximum `k` near `n / 2`, for trees a
    /// path, for strings the alphabet and length that maximise the naive work. Judging runs them at
    /// `maxSize` after the random tests; `--scaling` times them at every size it measures, so the
    /// size parameters that drive the cost grow together. Deterministic per (seed, size); each
    /// entry has a short name for test labels ("k = n/2"). The default is none.
    func worstCases(seed: UInt64, size: Int) -> [WorstCase]
}

/// One input built to be slow for a naive solution, with what makes it so.
public struct WorstCase: Sendable, Hashable {
    /// A few words for the test's label, e.g. "n = 10^5, k = n/2" or "path-shaped tree".
    public let name: String
    public let input: TestInput

    public init(_ name: String, _ input: TestInput) {
        self.name = name
        self.input = input
    }
}

extension CatalogProblem {
    public func check(_ input: TestInput, expected: String, actual: String) -> CheckResult {
        checker.check(expected: expected, actual: actual)
    }

    public var checksInput: Bool { false }

    public func shrinkCandidates(_ input: TestInput) -> [TestInput] {
        InputReducer.candidates(for: input)
    }

    public func worstCases(seed: UInt64, size: Int) -> [WorstCase] { [] }
}
