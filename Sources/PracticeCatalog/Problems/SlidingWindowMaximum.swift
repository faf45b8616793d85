/// LeetCode 239: the maximum of every window of k consecutive elements.
public struct SlidingWindowMaximum: DeclaredProblem {
    public init() {}
    static let values = -10_000...10_000

    public static let declaration = ProblemDeclaration(
        239, "sliding-window-maximum", "Sliding Window Maximum", .hard,
        tags: ["array", "sliding-window", "heap", "monotonic-queue"],
        function: "maxSlidingWindow",
        parameters: ["nums": .array(.int(values), count: 1...100_000),
                     "k": .int(1...100_000, atMost: .length(of: "nums"))],
        returns: .array(.int(values), count: 1...100_000),
        examples: [.of([1, 3, -1, -3, 5, 3, 6, 7], 3), .of([1], 1), .of([9, 8, 7, 7, 1, 2], 2)],
        description: """
            You are given an integer array `nums` and a window size `k`. A window of `k` consecutive elements \
            slides over `nums` from the left end to the right end, one position at a time, so there are \
            `n - k + 1` windows. Return the maximum of each window, in order.

            For `nums = [1,3,-1,-3,5,3,6,7]` and `k = 3` the windows are `[1,3,-1]`, `[3,-1,-3]`, `[-1,-3,5]`, \
            `[-3,5,3]`, `[5,3,6]` and `[3,6,7]`, so the answer is `[3,3,5,5,6,7]`.
            """,
        output: "the `n - k + 1` maxima",
        notes: """
            ## Follow-up
            Recomputing each window's maximum takes O(n k) time, 10^10 steps at the limits. A heap brings it to \
            O(n log n); can you do it in O(n)?
            """,
        version: "239.1",
        // A deque of indices whose values decrease: the front is the window's maximum. O(n).
        solve: Solution { (nums: [Int], k: Int) -> [Int] in
            var queue: [Int] = [], front = 0, maxima: [Int] = []
            queue.reserveCapacity(nums.count)
            maxima.reserveCapacity(nums.count - k + 1)
            for (index, value) in nums.enumerated() {
                while queue.count > front, let last = queue.last, nums[last] <= value { queue.removeLast() }
                queue.append(index)
                if queue[front] <= index - k { front += 1 }
                if index >= k - 1 { maxima.append(nums[queue[front]]) }
            }
            return maxima
        },
        bruteForce: Solution { (nums: [Int], k: Int) -> [Int] in
            (0...(nums.count - k)).map { start in nums[start..<(start + k)].max()! }
        },
        // Window sizes 1, n, small, any and nearly n over the standard shapes plus descending sawtooth runs.
        generate: Generator { rng, count -> ([Int], Int) in
            let nums = rng.array([.random, .fewDistinct(3), .ascending, .descending, .allEqual, .sawtooth, .extremes],
                                 count: count, in: values)
            let k = switch rng.int(in: 0...4) {
            case 0: 1
            case 1: count
            case 2: rng.int(in: 1...min(count, 5))
            case 3: rng.int(in: 1...count)
            default: max(1, count - rng.int(in: 0...5))
            }
            return (nums, k)
        },
        // Windows of n/3 to 2n/3: O(n k) rescans do n^2/4 to n^2/3 steps; a descending array also keeps a
        // monotonic queue full and makes a heap hold every element.
        worstCases: { rng, count in
            let span = values.upperBound - values.lowerBound
            let descending = (0..<count).map { values.upperBound - $0 * span / count }
            let random = rng.ints(count, in: values)
            func k(_ k: Int) -> Int { min(max(k, 1), count) }
            return [
                WorstCase("descending, k = n/2", descending, k(count / 2)),
                WorstCase("random, k = n/3", random, k(count / 3)),
                WorstCase("ascending, k = 2n/3", random.sorted(), k(2 * count / 3)),
            ]
        }
    )
}
