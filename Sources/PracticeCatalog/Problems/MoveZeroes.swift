/// LeetCode 283: move every zero to the end, keeping the order of the other values, in place.
public struct MoveZeroes: DeclaredProblem {
    public init() {}
    static let values = -2_147_483_648...2_147_483_647

    public static let declaration = ProblemDeclaration(
        283, "move-zeroes", "Move Zeroes", .easy, tags: ["array", "two-pointers", "in-place"],
        function: "moveZeroes", parameters: ["nums": .array(.int(values), count: 1...10_000)], inPlace: "nums",
        examples: [.of([0, 1, 0, 3, 12]), .of([0]), .of([4, 0, -2, 0, 0, 7])],
        description: """
            You are given an integer array `nums`. Rearrange it so that every `0` is at its end, while the values \
            that are not zero keep the order they had.

            Do it in place: the function returns nothing, and `nums` itself, after the call, is what is judged. \
            Making a rearranged copy and leaving `nums` as it was is a wrong answer.
            """,
        output: "`nums` after the call",
        notes: "## Follow-up\nCan you do it with one pass and as few writes as possible, without a second array?",
        version: "283.1",
        // Two pointers: the non-zero values slide to the front in order as they are met, then zeros fill the rest.
        solve: Solution { (nums: [Int]) -> [Int] in
            var result = nums
            var next = 0
            for value in nums where value != 0 {
                result[next] = value
                next += 1
            }
            for index in next..<result.count { result[index] = 0 }
            return result
        },
        bruteForce: Solution { (nums: [Int]) -> [Int] in nums.filter { $0 != 0 } + nums.filter { $0 == 0 } },
        // Zeros from none to all, bunched at the front, at the end or scattered; the others anywhere in the
        // 32-bit range, with repeats and extremes, so an order-losing or a sign-losing rearrangement shows.
        generate: Generator { rng, size -> [Int] in
            let count = max(size, 1)
            let zeroShare = [0, 1, 10, 50, 90, 100][rng.int(in: 0...5)]
            var nums: [Int] = []
            for _ in 0..<count {
                if rng.int(in: 1...100) <= zeroShare {
                    nums.append(0)
                    continue
                }
                switch rng.int(in: 0...3) {
                case 0: nums.append(rng.int(in: values))
                case 1: nums.append(rng.int(in: -3...3))
                case 2: nums.append(values.lowerBound)
                default: nums.append(values.upperBound)
                }
            }
            switch rng.int(in: 0...3) {
            case 0: nums.sort { ($0 == 0 ? 0 : 1) < ($1 == 0 ? 0 : 1) }  // zeros first
            case 1: nums = nums.filter { $0 != 0 } + nums.filter { $0 == 0 }  // already in place
            default: break
            }
            return nums
        },
        // Zeros first with the others after them: erasing each zero and appending one (O(n^2) moves) is slowest.
        worstCases: { rng, count in
            let zeros = count / 2
            return [WorstCase("zeros first, then n/2 values", Array(repeating: 0, count: zeros)
                                  + (0..<(count - zeros)).map { _ in rng.int(in: 1...1_000) })]
        }
    )
}
