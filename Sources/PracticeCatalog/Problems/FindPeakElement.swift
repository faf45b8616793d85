/// LeetCode 162: the index of any element larger than both its neighbours. Answers are not unique, so the
/// check accepts every peak.
public struct FindPeakElement: DeclaredProblem {
    public init() {}
    static let values = Int(Int32.min)...Int(Int32.max)

    public static let declaration = ProblemDeclaration(
        162, "find-peak-element", "Find Peak Element", .medium, tags: ["array", "binary-search"],
        function: "findPeakElement", parameters: ["nums": .array(.int(values), count: 1...1_000)],
        returns: .int(0...999),
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
        version: "162.2",
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
        bruteForce: Solution { (nums: [Int]) -> Int in
            nums.indices.dropLast().first { nums[$0] > nums[$0 + 1] } ?? nums.count - 1
        },
        // Random, ascending, descending, a mountain, a valley, a zigzag, few distinct values and extremes, each
        // with equal neighbours moved apart; the sorted, mountain and valley ones of distinct values.
        generate: Generator { rng, count -> [Int] in
            let shapes: [ArrayShape] = [.random, .distinctAscending, .distinctAscending.reversed,
                                        .mountain(.distinctAscending), .valley(.distinctAscending), .zigzag,
                                        .fewDistinct(2...4), .extremes]
            return rng.array(shapes.map(\.neighboursDiffering), count: count, in: values)
        },
        // Strictly ascending values, whose only peak is the last index, and the same reversed.
        worstCases: { rng, count in
            let ascending = rng.array(.distinctAscending, count: count, in: values)
            return [WorstCase("ascending, peak last", ascending),
                    WorstCase("descending, peak first", Array(ascending.reversed()))]
        },
        check: AnswerCheck { (nums: [Int], answer: JSONValue) -> CheckResult in
            guard let index = answer.integer else {
                return .wrongAnswer("output is not an integer index: \(answer.brief())")
            }
            guard nums.indices.contains(index) else {
                return .wrongAnswer("index \(index) is out of range 0..<\(nums.count)")
            }
            for neighbour in [index - 1, index + 1]
            where nums.indices.contains(neighbour) && nums[neighbour] > nums[index] {
                let values = "nums[\(index)]=\(nums[index]) < nums[\(neighbour)]=\(nums[neighbour])"
                return .wrongAnswer("index \(index) is not a peak: \(values)")
            }
            return .accepted
        }
    )
}
