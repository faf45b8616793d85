/// LeetCode 3: the length of the longest stretch of a string with no character twice.
public struct LongestSubstringWithoutRepeatingCharacters: CatalogProblem {
    /// The most characters `s` may hold.
    static let maximumLength = 50_000
    /// Printable ASCII, space to tilde: the characters `s` may hold.
    static let printable = UInt8(ascii: " ")...UInt8(ascii: "~")

    public init() {}

    public let slug = "longest-substring-without-repeating-characters"
    public let number: Int? = 3
    public let title = "Longest Substring Without Repeating Characters"
    public let difficulty = Difficulty.medium
    public let tags = ["strings", "sliding-window", "hashing"]
    public let sourceURL: String? = "https://leetcode.com/problems/longest-substring-without-repeating-characters/"
    public let signature = Signature(
        functionName: "lengthOfLongestSubstring",
        parameters: [Parameter(name: "s", type: "String")],
        returnType: "Int"
    )
    public let examples = [
        TestInput(arguments: ["abcabcbb"]),
        TestInput(arguments: ["pwwkew"]),
        TestInput(arguments: [""]),
    ]
    public let limits = Limits(timeLimit: 2.0, memoryLimitMB: 256)
    public let checker = Checker.json
    public let maxSize = maximumLength
    public let version = "3.1"

    public let statement = """
        You are given a string `s`. Return the length of its longest substring in which no \
        character occurs twice.

        A substring is contiguous: in `"pwwkew"` the answer is `3` (`"wke"`), because \
        `"pwke"` skips a letter and is only a subsequence. Case matters (`"a"` and `"A"` differ), \
        and spaces and punctuation are characters like any other. The empty string has answer `0`.

        ## Function
        `lengthOfLongestSubstring(s: String) -> Int`

        ## Input
        One line on standard input: `s` as a JSON string, e.g. `"abcabcbb"`. Quotes and \
        backslashes inside it are escaped as JSON requires (`"say \\"hi\\""`).

        ## Output
        One line on standard output: the length as a JSON integer, e.g. `3`.

        ## Constraints
        - `0 <= s.length <= 5 * 10^4`
        - `s` holds printable ASCII characters only: letters, digits, symbols and spaces \
        (codes 32 to 126)

        ## Follow-up
        Checking every substring takes O(n^3) time, or O(n^2) when each start stops at its first \
        repeat. Can you do it in one pass, in O(n) time?
        """

    // MARK: Generation

    /// The alphabets and patterns the generator draws from, so short and long answers both occur.
    private enum Shape: CaseIterable {
        /// Any printable character.
        case random
        /// One to three distinct characters: answers of 1 to 3.
        case tinyAlphabet
        /// Lowercase letters only.
        case lowercase
        /// A cycle through up to 95 distinct characters (all distinct while the string is short).
        case cycleOfDistinct
        /// Lowercase words separated by spaces.
        case words
        /// A short block followed by its mirror image, repeated ("abccba..."): the last
        /// repeat of a character often lies before the window's start.
        case mirrored
        /// One character repeated, with a run of distinct characters somewhere inside.
        case distinctRunInRepeats
        /// The characters JSON escapes or programs split on: quotes, backslash, slash, space.
        case jsonSensitive
    }

    private static let lowercase = Array(UInt8(ascii: "a")...UInt8(ascii: "z"))
    private static let jsonSensitive = Array(#" "\/'`{}[],:"#.utf8)

    public func generate(seed: UInt64, size: Int) -> TestInput {
        var rng = SplitMix64(seed: seed)
        let count = min(max(size, 1), maxSize)
        let bytes: [UInt8]
        switch rng.element(of: Shape.allCases) {
        case .random:
            bytes = (0..<count).map { _ in Self.randomPrintable(using: &rng) }
        case .tinyAlphabet:
            let alphabet = (0..<rng.int(in: 1...3)).map { _ in Self.randomPrintable(using: &rng) }
            bytes = (0..<count).map { _ in rng.element(of: alphabet) }
        case .lowercase:
            bytes = (0..<count).map { _ in rng.element(of: Self.lowercase) }
        case .cycleOfDistinct:
            let cycle = Self.distinctPrintable(count: min(count, Self.printable.count), using: &rng)
            bytes = (0..<count).map { cycle[$0 % cycle.count] }
        case .words:
            bytes = (0..<count).map { _ in rng.int(in: 0...4) == 0 ? UInt8(ascii: " ") : rng.element(of: Self.lowercase) }
        case .mirrored:
            let block = (0..<rng.int(in: 1...6)).map { _ in rng.element(of: Self.lowercase) }
            let pattern = block + block.reversed()
            bytes = (0..<count).map { pattern[$0 % pattern.count] }
        case .distinctRunInRepeats:
            let run = Self.distinctPrintable(count: rng.int(in: 1...min(count, Self.printable.count)), using: &rng)
            let start = rng.int(in: 0...(count - run.count))
            let filler = Self.randomPrintable(using: &rng)
            var text = [UInt8](repeating: filler, count: count)
            text.replaceSubrange(start..<(start + run.count), with: run)
            bytes = text
        case .jsonSensitive:
            bytes = (0..<count).map { _ in rng.element(of: Self.jsonSensitive) }
        }
        return TestInput(arguments: [.string(String(decoding: bytes, as: UTF8.self))])
    }

    private static func randomPrintable(using rng: inout SplitMix64) -> UInt8 {
        UInt8(rng.int(in: Int(printable.lowerBound)...Int(printable.upperBound)))
    }

    /// `count` (at most 95) different printable characters in random order.
    private static func distinctPrintable(count: Int, using rng: inout SplitMix64) -> [UInt8] {
        var characters = Array(printable)
        rng.shuffle(&characters, in: characters.indices)
        return Array(characters.prefix(count))
    }

    // MARK: Worst cases

    /// The longest string over the whole printable alphabet: the 95 characters cycling in one
    /// shuffled order, so every start runs 95 characters before its first repeat and the answer
    /// is the alphabet's size (what checking substrings costs most on); and one character
    /// repeated with the 95 distinct ones only at the very end, so no scan can stop early.
    public func worstCases(seed: UInt64, size: Int) -> [WorstCase] {
        var rng = SplitMix64(seed: seed)
        let count = min(max(size, 1), maxSize)
        let cycle = Self.distinctPrintable(count: Self.printable.count, using: &rng)
        let tail = Array(cycle.prefix(count))
        let repeated = [UInt8](repeating: tail[tail.count - 1], count: count - tail.count) + tail
        func input(_ bytes: [UInt8]) -> TestInput { TestInput(arguments: [.string(String(decoding: bytes, as: UTF8.self))]) }
        return [
            WorstCase("all 95 characters cycling", input((0..<count).map { cycle[$0 % cycle.count] })),
            WorstCase("95 distinct characters at the end", input(repeated)),
        ]
    }

    // MARK: Solving

    public func validate(_ input: TestInput) throws(CatalogError) {
        _ = try decode(input)
    }

    /// The characters of `s` as ASCII codes.
    private func decode(_ input: TestInput) throws(CatalogError) -> [UInt8] {
        try input.requireArity(signature.parameters.count)
        let s = try input.arguments[0].string(named: "s")
        try Constraint.characters(of: s, named: "s", allowed: "printable ASCII (codes 32 to 126)") { scalar in
            scalar.isASCII && Self.printable.contains(UInt8(scalar.value))
        }
        try Constraint.count(s.utf8.count, of: "the length of s", in: 0...Self.maximumLength)
        return Array(s.utf8)
    }

    /// A sliding window that remembers where each character last occurred: on a repeat, the
    /// window's start jumps just past the earlier occurrence (never backwards). O(n) time.
    public func solve(_ input: TestInput) throws(CatalogError) -> JSONValue {
        let characters = try decode(input)
        var lastIndex = [Int](repeating: -1, count: 128)
        var start = 0
        var longest = 0
        for (index, character) in characters.enumerated() {
            start = max(start, lastIndex[Int(character)] + 1)
            lastIndex[Int(character)] = index
            longest = max(longest, index - start + 1)
        }
        return .int(longest)
    }

    /// From every start, extends the substring until a character repeats. O(n * 95) time.
    public func bruteForce(_ input: TestInput) throws(CatalogError) -> JSONValue {
        let characters = try decode(input)
        var longest = 0
        for start in characters.indices {
            var seen: Set<UInt8> = []
            var end = start
            while end < characters.count, seen.insert(characters[end]).inserted {
                end += 1
            }
            longest = max(longest, end - start)
        }
        return .int(longest)
    }
}
