/// LeetCode 3: the length of the longest stretch of a string with no character twice.
public struct LongestSubstringWithoutRepeatingCharacters: DeclaredProblem {
    public init() {}
    static let printable = Array(UInt8(ascii: " ")...UInt8(ascii: "~"))

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
            rng.string([.random, .tinyAlphabet, .only(.lowercase), .cycle, .words(.lowercase), .mirrored(.lowercase),
                        .distinctRun, .only(.oneOf(#" "\/'`{}[],:"#))], count: count, from: .printableASCII)
        },
        // All 95 characters cycling (every start runs 95 steps), and 95 distinct characters at the end of a run
        // of one repeated character.
        worstCases: { rng, count in
            let cycle = rng.shuffled(printable)
            let tail = Array(cycle.prefix(count))
            let repeated = [UInt8](repeating: tail[tail.count - 1], count: count - tail.count) + tail
            let cycling = (0..<count).map { cycle[$0 % cycle.count] }
            return [WorstCase("all 95 characters cycling", String(decoding: cycling, as: UTF8.self)),
                    WorstCase("95 distinct characters at the end", String(decoding: repeated, as: UTF8.self))]
        }
    )
}
