/// LeetCode 1: the two positions whose values add up to a target.
public struct TwoSum: DeclaredProblem {
    public init() {}
    static let values = -1_000_000_000...1_000_000_000
    static let extremes = [values.lowerBound, values.lowerBound + 1, 0, values.upperBound - 1, values.upperBound]

    public static let declaration = ProblemDeclaration(
        1, "two-sum", "Two Sum", .easy, tags: ["array", "hashing"],
        function: "twoSum", parameters: ["nums": .array(.int(values), count: 2...10_000), "target": .int(values)],
        returns: .tuple(.int(0...9_999), fields: ["i", "j"]),
        examples: [.of([2, 7, 11, 15], 9), .of([3, 2, 4], 6), .of([3, 3], 6)],
        description: """
            You are given an integer array `nums` and an integer `target`. Exactly one pair of distinct positions \
            `i < j` has `nums[i] + nums[j] == target`. Return that pair of indices, in either order: `[i, j]` and \
            `[j, i]` are both right.

            The two positions must differ, but their values may be equal: in `[3, 3]` with target `6` the answer \
            is `[0, 1]`. Indices count from 0.
            """,
        output: "the two indices, in either order",
        constraints: ["exactly one pair of indices `i < j` has `nums[i] + nums[j] == target`"],
        notes: "## Follow-up\nTrying every pair takes O(n^2) time. Can you find the pair in one pass, in O(n) time?",
        checker: .anyOrder(.outer), version: "1.1",
        // Counts the pairs with counts of the values seen so far, stopping at the second.
        rule: Rule { (nums: [Int], target: Int) -> String? in
            var (seen, pairs) = ([Int: Int](), 0)
            for value in nums {
                pairs += seen[target - value, default: 0]
                if pairs > 1 { break }
                seen[value, default: 0] += 1
            }
            let found = pairs == 0 ? "none" : "more than one"
            return pairs == 1 ? nil : "exactly one pair of indices must have values summing to target, found \(found)"
        },
        // One pass with a dictionary from value to index: look up each element's complement before it. O(n).
        solve: Solution { (nums: [Int], target: Int) -> [Int] in
            var indexOf: [Int: Int] = [:]
            for (j, value) in nums.enumerated() {
                if let i = indexOf[target - value] { return [i, j] }
                indexOf[value] = j
            }
            return []  // unreachable: the rule has checked that a pair exists
        },
        bruteForce: Solution { (nums: [Int], target: Int) -> [Int] in
            for i in nums.indices { for j in (i + 1)..<nums.count where nums[i] + nums[j] == target { return [i, j] } }
            return []
        },
        // Shapes of values (random, in [-10, 10], an equal pair among close values, extremes, negatives) and
        // places of the pair (anywhere, both ends, adjacent, front, back); fillers never make a second pair.
        generate: Generator { rng, size -> ([Int], Int) in
            let count = max(size, 2), shape = rng.int(in: 0...4)
            let range = [values, -10...10, -500_000_000...500_000_000, values, -999_999_999 ... -1][shape]
            let first = shape == 3 ? rng.element(of: extremes) : rng.int(in: range)
            let low = max(range.lowerBound, values.lowerBound - first)
            let high = min(range.upperBound, values.upperBound - first)
            let second = shape == 2 ? first
                : shape == 3 ? rng.element(of: extremes.filter { values.contains(first + $0) }) : rng.int(in: low...high)
            let target = first + second
            let (i, j) = rng.indexPair(count)
            var present: Set<Int> = [first, second]
            let nums = (0..<count).map { index -> Int in
                if index == i { return first }
                if index == j { return second }
                let value = filler(shape, range, near: first, avoiding: present, target: target, &rng)
                present.insert(value)
                return value
            }
            return (nums, target)
        },
        // The only pair at the last two positions, so trying pairs in either loop order finds it after all
        // n^2/2 others; once with two different values and once with two equal ones. The pair's values are below
        // -4 * 10^8 and every other value is non-negative, so no other pair sums to the target.
        worstCases: { rng, size in
            let fillers = rng.ints(max(size, 2) - 2, in: 0...values.upperBound)
            let low = -values.upperBound / 2 ... -values.upperBound * 2 / 5
            let equal = rng.int(in: low), (a, b) = (rng.int(in: low), rng.int(in: low))
            return [WorstCase("pair at the end", fillers + [a, b], a + b),
                    WorstCase("equal pair at the end", fillers + [equal, equal], 2 * equal)]
        }
    )

    /// A value whose complement is none of the values present: 8 tries from the shape's own values, then
    /// the whole range (where a clash is very unlikely).
    static func filler(_ shape: Int, _ range: ClosedRange<Int>, near pairValue: Int, avoiding present: Set<Int>,
                       target: Int, _ rng: inout SplitMix64) -> Int {
        for _ in 0..<8 {
            let value = shape == 2 ? pairValue + rng.int(in: -5...5)
                : shape == 3 ? rng.element(of: extremes) : rng.int(in: range)
            if !present.contains(target - value) { return value }
        }
        while true {
            let value = rng.int(in: values)
            if !present.contains(target - value) { return value }
        }
    }
}
