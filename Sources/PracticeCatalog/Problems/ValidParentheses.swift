/// LeetCode 20: whether every bracket of a string is closed by its own kind, in order.
public struct ValidParentheses: CatalogProblem {
    /// The fewest and the most characters `s` may hold.
    static let lengthRange = 1...10_000
    /// The opening brackets and, at the same positions, their closing partners.
    static let openers = Array("([{".utf8)
    static let closers = Array(")]}".utf8)
    /// All six characters `s` may hold.
    static let brackets = openers + closers

    public init() {}

    public let slug = "valid-parentheses"
    public let number: Int? = 20
    public let title = "Valid Parentheses"
    public let difficulty = Difficulty.easy
    public let tags = ["strings", "stack"]
    public let sourceURL: String? = "https://leetcode.com/problems/valid-parentheses/"
    public let signature = Signature(
        functionName: "isValid",
        parameters: [Parameter(name: "s", type: "String")],
        returnType: "Bool"
    )
    public let examples = [
        TestInput(arguments: ["()[]{}"]),
        TestInput(arguments: ["([)]"]),
        TestInput(arguments: ["{[()]}"]),
    ]
    public let limits = Limits(timeLimit: 2.0, memoryLimitMB: 256)
    public let checker = Checker.json
    public let maxSize = lengthRange.upperBound
    public let version = "20.1"

    public let statement = """
        You are given a string `s` made of the six characters `(`, `)`, `[`, `]`, `{` and `}`. \
        Return `true` when its brackets are balanced, `false` otherwise.

        Balanced means: every opening bracket is closed by a bracket of the same kind, brackets \
        close in the reverse order they were opened, and every closing bracket closes one that \
        was opened before it. So `"()[]{}"` and `"{[()]}"` are balanced, while `"(]"`, `"([)]"`, \
        `"(("` and `"())"` are not.

        ## Function
        `isValid(s: String) -> Bool`

        ## Input
        One line on standard input: `s` as a JSON string, e.g. `"{[()]}"`.

        ## Output
        One line on standard output: `true` or `false` (JSON booleans, lowercase).

        ## Constraints
        - `1 <= s.length <= 10^4`
        - `s` holds only the characters `()[]{}`
        """

    // MARK: Generation

    /// How a generated string is made: balanced by construction (at three nesting tendencies),
    /// or balanced with one small defect, or random, so most answers hinge on one character.
    private enum Shape: CaseIterable {
        case balanced, deeplyNested, flat
        case wrongKind, wrongDirection, deleted, insertedCloser, swappedNeighbours, strayOpener, random
    }

    public func generate(seed: UInt64, size: Int) -> TestInput {
        var rng = SplitMix64(seed: seed)
        let count = min(max(size, Self.lengthRange.lowerBound), maxSize)
        // Bases of 2 * pairs characters, so that the final length is the size or one less.
        let pairs = max(count / 2, 1)
        let pairsBeforeDeletion = max((count + 1) / 2, 1)
        let pairsBeforeInsertion = (count - 1) / 2
        var text: [UInt8]
        switch rng.element(of: Shape.allCases) {
        case .balanced:
            text = Self.balanced(pairs: pairs, openChance: 0.5, using: &rng)
        case .deeplyNested:
            text = Self.balanced(pairs: pairs, openChance: 0.95, using: &rng)
        case .flat:
            text = Self.balanced(pairs: pairs, openChance: 0.05, using: &rng)
        case .wrongKind:
            text = Self.balanced(pairs: pairs, openChance: 0.5, using: &rng)
            let index = rng.int(in: 0...(text.count - 1))
            let kinds = Self.openers.contains(text[index]) ? Self.openers : Self.closers
            text[index] = rng.element(of: kinds.filter { $0 != text[index] })
        case .wrongDirection:
            text = Self.balanced(pairs: pairs, openChance: 0.5, using: &rng)
            let index = rng.int(in: 0...(text.count - 1))
            if let kind = Self.openers.firstIndex(of: text[index]) {
                text[index] = Self.closers[kind]
            } else if let kind = Self.closers.firstIndex(of: text[index]) {
                text[index] = Self.openers[kind]
            }
        case .deleted:
            text = Self.balanced(pairs: pairsBeforeDeletion, openChance: 0.5, using: &rng)
            text.remove(at: rng.int(in: 0...(text.count - 1)))
        case .insertedCloser:
            text = Self.balanced(pairs: pairsBeforeInsertion, openChance: 0.5, using: &rng)
            text.insert(rng.element(of: Self.closers), at: rng.int(in: 0...text.count))
        case .swappedNeighbours:
            text = Self.balanced(pairs: pairs, openChance: 0.5, using: &rng)
            let index = rng.int(in: 0...(text.count - 2))
            text.swapAt(index, index + 1)
        case .strayOpener:
            text = Self.balanced(pairs: pairsBeforeInsertion, openChance: 0.5, using: &rng)
            text.insert(rng.element(of: Self.openers), at: rng.int(in: 0...text.count))
        case .random:
            text = (0..<count).map { _ in rng.element(of: Self.brackets) }
        }
        return TestInput(arguments: [.string(String(decoding: text, as: UTF8.self))])
    }

    /// A random balanced string of `pairs` bracket pairs: at each step it opens a random kind
    /// with probability `openChance` (while pairs remain), else closes the innermost open one.
    private static func balanced(pairs: Int, openChance: Double, using rng: inout SplitMix64) -> [UInt8] {
        var text: [UInt8] = []
        text.reserveCapacity(2 * pairs)
        var open: [UInt8] = []
        var unopened = pairs
        while unopened > 0 || !open.isEmpty {
            if unopened > 0 && (open.isEmpty || rng.unitDouble() < openChance) {
                let kind = rng.int(in: 0...(openers.count - 1))
                text.append(openers[kind])
                open.append(closers[kind])
                unopened -= 1
            } else {
                text.append(open.removeLast())
            }
        }
        return text
    }

    // MARK: Worst cases

    /// Brackets nested n/2 deep, the kinds cycling: deleting adjacent pairs ("()", "[]", "{}") until
    /// none is left takes n/2 passes over the string. Once balanced (true), once with the last
    /// closer of the wrong kind (false only at the end).
    public func worstCases(seed: UInt64, size: Int) -> [WorstCase] {
        let count = min(max(size, Self.lengthRange.lowerBound), maxSize)
        let depth = max(count / 2, 1)
        let kinds = (0..<depth).map { $0 % Self.openers.count }
        let nested = kinds.map { Self.openers[$0] } + kinds.reversed().map { Self.closers[$0] }
        var mismatched = nested
        mismatched[mismatched.count - 1] = Self.closers[(kinds[0] + 1) % Self.closers.count]
        func input(_ text: [UInt8]) -> TestInput { TestInput(arguments: [.string(String(decoding: text, as: UTF8.self))]) }
        return [WorstCase("nested n/2 deep", input(nested)), WorstCase("nested, last closer wrong", input(mismatched))]
    }

    // MARK: Solving

    public func validate(_ input: TestInput) throws(CatalogError) {
        _ = try decode(input)
    }

    /// The characters of `s` as ASCII codes.
    private func decode(_ input: TestInput) throws(CatalogError) -> [UInt8] {
        try input.requireArity(signature.parameters.count)
        let s = try input.arguments[0].string(named: "s")
        try Constraint.characters(of: s, named: "s", allowed: "one of ()[]{}") { scalar in
            scalar.isASCII && Self.brackets.contains(UInt8(scalar.value))
        }
        try Constraint.count(s.utf8.count, of: "the length of s", in: Self.lengthRange)
        return Array(s.utf8)
    }

    /// A stack of the closers still expected: an opener pushes its partner, a closer must match
    /// the top. O(n) time.
    public func solve(_ input: TestInput) throws(CatalogError) -> JSONValue {
        var expected: [UInt8] = []
        for character in try decode(input) {
            if let kind = Self.openers.firstIndex(of: character) {
                expected.append(Self.closers[kind])
            } else if expected.popLast() != character {
                return false
            }
        }
        return .bool(expected.isEmpty)
    }

    /// Deletes adjacent matching pairs ("()", "[]", "{}") until none is left: balanced exactly
    /// when nothing remains. O(n^2) time.
    public func bruteForce(_ input: TestInput) throws(CatalogError) -> JSONValue {
        var text = String(decoding: try decode(input), as: UTF8.self)
        while true {
            let shorter = text.replacing("()", with: "").replacing("[]", with: "").replacing("{}", with: "")
            if shorter == text { return .bool(text.isEmpty) }
            text = shorter
        }
    }
}
