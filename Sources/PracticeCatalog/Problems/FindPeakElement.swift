/// LeetCode 162: the index of any element larger than both its neighbours. Answers are not unique, so the
/// check accepts every peak.
public struct FindPeakElement: DeclaredProblem {
    public init() {}
    static let values = Int(Int32.min)...Int(Int32.max)
    static let extremes = [values.lowerBound, values.lowerBound + 1, values.upperBound - 1, values.upperBound]

    public static let declaration = ProblemDeclaration(
        162, "find-peak-element", "Find Peak Element", .medium, tags: ["array", "binary-search"],
        function: "findPeakElement", parameters: ["nums": .array(.int(values), count: 1...1_000)], returns: .int(0...999),
        examples: [.of([1, 2, 3, 1]), .of([1, 2, 1, 3, 5, 6, 4]), .of([-2_147_483_648])],
        description: """
            You are given an integer array `nums` in which no two neighbours are equal. A peak is an element \
            strictly greater than its neighbours; imagine `nums[-1] = nums[n] = -infinity`, so the first and last \
            elements need only beat their one neighbour. Return the index of any peak.

            A peak always exists (the largest element is one), and there may be several: for `[1,2,1,3,5,6,4]` \
            both `1` and `5` are correct answers. Every peak is accepted.
            """,
        output: "the index of a peak (counting from 0)",
        constraints: ["`nums[i] != nums[i + 1]` for every valid `i`"],
        notes: "## Follow-up\nScanning for a peak takes O(n) time. Can you find one in O(log n)?",
        version: "162.1",
        rule: Rule { (nums: [Int]) -> String? in
            nums.indices.dropLast().first { nums[$0] == nums[$0 + 1] }
                .map { "nums[\($0)] and nums[\($0 + 1)] are both \(nums[$0]); neighbours must differ" }
        },
        // Binary search: below its right neighbour, a peak lies to the right; else at the middle or left.
        solve: Solution { (nums: [Int]) -> Int in
            var (low, high) = (0, nums.count - 1)
            while low < high {
                let middle = (low + high) / 2
                if nums[middle] < nums[middle + 1] { low = middle + 1 } else { high = middle }
            }
            return low
        },
        // The first element larger than its right neighbour (every earlier step went up), else the last.
        bruteForce: Solution { (nums: [Int]) -> Int in nums.indices.dropLast().first { nums[$0] > nums[$0 + 1] } ?? nums.count - 1 },
        // Random, ascending, descending, a mountain or valley, a zigzag, few distinct values and extremes.
        generate: Generator { rng, count -> [Int] in
            switch rng.int(in: 0...7) {
            case 0: return differing(count, &rng) { $0.int(in: values) }
            case 1: return distinctSorted(count, &rng)
            case 2: return distinctSorted(count, &rng).reversed()
            case 3, 4:
                // Each value goes left or right of the extreme one; both sides sorted away from it.
                let sorted = distinctSorted(count, &rng)
                var (left, right): ([Int], [Int]) = ([], [])
                for value in sorted.dropLast() { if rng.int(in: 0...1) == 0 { left.append(value) } else { right.append(value) } }
                let mountain = left + [sorted[sorted.count - 1]] + right.reversed()
                return rng.int(in: 0...1) == 0 ? mountain : mountain.map { -1 - $0 }
            case 5:
                let middle = rng.int(in: -1_000...1_000)
                return (0..<count).map { $0 % 2 == 0 ? rng.int(in: values.lowerBound...middle) : rng.int(in: (middle + 1)...values.upperBound) }
            case 6:
                let low = rng.int(in: -10...10)
                let high = low + rng.int(in: 1...3)
                return differing(count, &rng) { $0.int(in: low...high) }
            default: return differing(count, &rng) { $0.element(of: extremes) }
            }
        },
        // Strictly ascending values, whose only peak is the last index, and the same reversed.
        worstCases: { rng, count in
            let ascending = distinctSorted(count, &rng)
            return [WorstCase("ascending, peak last", ascending), WorstCase("descending, peak first", Array(ascending.reversed()))]
        },
        check: AnswerCheck { (nums: [Int], answer: JSONValue) -> CheckResult in
            let index: Int? = switch answer {
            case .int(let integer): integer
            case .double(let double): Int(exactly: double)
            default: nil
            }
            guard let index else { return .wrongAnswer("output is not an integer index: \(answer.brief())") }
            guard nums.indices.contains(index) else { return .wrongAnswer("index \(index) is out of range 0..<\(nums.count)") }
            for neighbour in [index - 1, index + 1] where nums.indices.contains(neighbour) && nums[neighbour] > nums[index] {
                return .wrongAnswer("index \(index) is not a peak: nums[\(index)]=\(nums[index]) < nums[\(neighbour)]=\(nums[neighbour])")
            }
            return .accepted
        }
    )

    /// `count` values from `draw`, each nudged by 1 (towards the inside of the range) when it equals its left neighbour.
    static func differing(_ count: Int, _ rng: inout SplitMix64, draw: (inout SplitMix64) -> Int) -> [Int] {
        var nums: [Int] = []
        for _ in 0..<count {
            let value = draw(&rng)
            nums.append(value == nums.last ? value + (value == values.upperBound ? -1 : 1) : value)
        }
        return nums
    }

    /// `count` different values in ascending order, from the whole range or from a narrow one.
    static func distinctSorted(_ count: Int, _ rng: inout SplitMix64) -> [Int] {
        let narrow = rng.int(in: 0...1) == 0
        let low = narrow ? rng.int(in: values.lowerBound...(values.upperBound - 2 * count)) : values.lowerBound
        let range = narrow ? low...(low + 2 * count) : values
        var chosen: Set<Int> = []
        while chosen.count < count { chosen.insert(rng.int(in: range)) }
        return chosen.sorted()
    }
}
