/// LeetCode 3: the length of the longest stretch of a string with no character twice.
public struct LongestSubstringWithoutRepeatingCharacters: DeclaredProblem {
    public init() {}
    static let printable = Array(UInt8(ascii: " ")...UInt8(ascii: "~"))
    static let lowercase = Array(UInt8(ascii: "a")...UInt8(ascii: "z"))

    public static let declaration = ProblemDeclaration(
        3, "longest-substring-without-repeating-characters", "Longest Substring Without Repeating Characters", .medium,
        tags: ["strings", "sliding-window", "hashing"],
        function: "lengthOfLongestSubstring", parameters: ["s": .string(length: 0...50_000, alphabet: .printableASCII)],
        returns: .int(0...95), examples: [.of("abcabcbb"), .of("pwwkew"), .of("")],
        description: """
            You are given a string `s`. Return the length of its longest substring in which no character occurs \
            twice.

            A substring is contiguous: in `"pwwkew"` the answer is `3` (`"wke"`), because `"pwke"` skips a letter \
            and is only a subsequence. Case matters (`"a"` and `"A"` differ), and spaces and punctuation are \
            characters like any other. The empty string has answer `0`.
            """,
        output: "the length",
        notes: """
            ## Follow-up
            Checking every substring takes O(n^3) time, or O(n^2) when each start stops at its first repeat. Can you \
            do it in one pass, in O(n) time?
            """,
        version: "3.1",
        // A window that starts after the last repeat seen: each character's last index moves its start. O(n).
        solve: Solution { (s: String) -> Int in
            var (lastIndex, start, longest) = ([Int](repeating: -1, count: 128), 0, 0)
            for (index, character) in s.utf8.enumerated() {
                start = max(start, lastIndex[Int(character)] + 1)
                lastIndex[Int(character)] = index
                longest = max(longest, index - start + 1)
            }
            return longest
        },
        // From every start, extends until a repeat.
        bruteForce: Solution { (s: String) -> Int in
            let characters = Array(s.utf8)
            return characters.indices.map { start in
                var seen: Set<UInt8> = []
                return characters[start...].prefix { seen.insert($0).inserted }.count
            }.max() ?? 0
        },
        // Random, a tiny alphabet, lowercase, a cycle of distinct characters, words, mirrored blocks, a distinct
        // run among repeats, and the characters JSON escapes.
        generate: Generator { rng, count -> String in
            let bytes: [UInt8]
            switch rng.int(in: 0...7) {
            case 0: bytes = (0..<count).map { _ in rng.element(of: printable) }
            case 1:
                let alphabet = (0..<rng.int(in: 1...3)).map { _ in rng.element(of: printable) }
                bytes = (0..<count).map { _ in rng.element(of: alphabet) }
            case 2: bytes = (0..<count).map { _ in rng.element(of: lowercase) }
            case 3:
                let cycle = distinct(min(count, printable.count), &rng)
                bytes = (0..<count).map { cycle[$0 % cycle.count] }
            case 4:
                bytes = (0..<count).map { _ in rng.int(in: 0...4) == 0 ? UInt8(ascii: " ") : rng.element(of: lowercase) }
            case 5:
                let block = (0..<rng.int(in: 1...6)).map { _ in rng.element(of: lowercase) }
                bytes = (0..<count).map { (block + block.reversed())[$0 % (2 * block.count)] }
            case 6:
                let run = distinct(rng.int(in: 1...min(count, printable.count)), &rng)
                let start = rng.int(in: 0...(count - run.count))
                var text = [UInt8](repeating: rng.element(of: printable), count: count)
                text.replaceSubrange(start..<(start + run.count), with: run)
                bytes = text
            default: bytes = (0..<count).map { _ in rng.element(of: Array(#" "\/'`{}[],:"#.utf8)) }
            }
            return String(decoding: bytes, as: UTF8.self)
        },
        // All 95 characters cycling (every start runs 95 steps), and 95 distinct characters at the end of a run
        // of one repeated character.
        worstCases: { rng, count in
            let cycle = distinct(printable.count, &rng)
            let tail = Array(cycle.prefix(count))
            let repeated = [UInt8](repeating: tail[tail.count - 1], count: count - tail.count) + tail
            let cycling = (0..<count).map { cycle[$0 % cycle.count] }
            return [WorstCase("all 95 characters cycling", String(decoding: cycling, as: UTF8.self)),
                    WorstCase("95 distinct characters at the end", String(decoding: repeated, as: UTF8.self))]
        }
    )

    /// `count` distinct printable characters in random order.
    static func distinct(_ count: Int, _ rng: inout SplitMix64) -> [UInt8] {
        Array(rng.shuffled(printable).prefix(count))
    }
}
