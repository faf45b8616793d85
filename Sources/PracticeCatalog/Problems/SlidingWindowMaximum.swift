/// LeetCode 239: the maximum of every window of `k` consecutive elements.
public struct SlidingWindowMaximum: CatalogProblem {
    /// The most elements `nums` may hold.
    static let maximumLength = 100_000
    /// The range every element of `nums` lies in.
    static let valueRange = -10_000...10_000

    public init() {}

    public let slug = "sliding-window-maximum"
    public let number: Int? = 239
    public let title = "Sliding Window Maximum"
    public let difficulty = Difficulty.hard
    public let tags = ["array", "sliding-window", "heap", "monotonic-queue"]
    public let sourceURL: String? = "https://leetcode.com/problems/sliding-window-maximum/"
    public let signature = Signature(
        functionName: "maxSlidingWindow",
        parameters: [Parameter(name: "nums", type: "[Int]"), Parameter(name: "k", type: "Int")],
        returnType: "[Int]"
    )
    public let examples = [
        TestInput(arguments: [[1, 3, -1, -3, 5, 3, 6, 7], 3]),
        TestInput(arguments: [[1], 1]),
        TestInput(arguments: [[9, 8, 7, 7, 1, 2], 2]),
    ]
    public let limits = Limits(timeLimit: 2.0, memoryLimitMB: 256)
    public let checker = Checker.json
    public let maxSize = maximumLength
    public let version = "239.1"

    public let statement = """
        You are given an integer array `nums` and a window size `k`. A window of `k` \
        consecutive elements slides over `nums` from the left end to the right end, one position \
        at a time, so there are `n - k + 1` windows. Return the maximum of each window, in order.

        For `nums = [1,3,-1,-3,5,3,6,7]` and `k = 3` the windows are `[1,3,-1]`, `[3,-1,-3]`, \
        `[-1,-3,5]`, `[-3,5,3]`, `[5,3,6]` and `[3,6,7]`, so the answer is `[3,3,5,5,6,7]`.

        ## Function
        `maxSlidingWindow(nums: [Int], k: Int) -> [Int]`

        ## Input
        Two lines on standard input: `nums` as a JSON array of integers, then `k` as a JSON \
        integer, e.g. `[1,3,-1,-3,5,3,6,7]` and `3`.

        ## Output
        One line on standard output: the `n - k + 1` maxima as a JSON array, e.g. `[3,3,5,5,6,7]`.

        ## Constraints
        - `1 <= nums.length <= 10^5`
        - `-10^4 <= nums[i] <= 10^4`
        - `1 <= k <= nums.length`

        ## Follow-up
        Recomputing each window's maximum takes O(n k) time, 10^10 steps at the limits. A heap \
        brings it to O(n log n); can you do it in O(n)?
        """

    // MARK: Generation

    /// The shapes of arrays the generator draws from; descending runs keep many candidates alive.
    private enum Shape: CaseIterable {
        case random, fewDistinct, ascending, descending, allEqual, sawtooth, extremes
    }

    /// How the window size is chosen, so the extremes 1 and n are common.
    private enum WindowSize: CaseIterable {
        case one, whole, small, any, nearlyWhole

        func k(count: Int, using rng: inout SplitMix64) -> Int {
            switch self {
            case .one: 1
            case .whole: count
            case .small: rng.int(in: 1...min(count, 5))
            case .any: rng.int(in: 1...count)
            case .nearlyWhole: max(1, count - rng.int(in: 0...5))
            }
        }
    }

    public func generate(seed: UInt64, size: Int) -> TestInput {
        var rng = SplitMix64(seed: seed)
        let count = min(max(size, 1), maxSize)
        let nums: [Int]
        switch rng.element(of: Shape.allCases) {
        case .random:
            nums = (0..<count).map { _ in rng.int(in: Self.valueRange) }
        case .fewDistinct:
            let low = rng.int(in: Self.valueRange.lowerBound...(Self.valueRange.upperBound - 2))
            nums = (0..<count).map { _ in rng.int(in: low...(low + 2)) }
        case .ascending:
            nums = (0..<count).map { _ in rng.int(in: Self.valueRange) }.sorted()
        case .descending:
            nums = (0..<count).map { _ in rng.int(in: Self.valueRange) }.sorted(by: >)
        case .allEqual:
            nums = Array(repeating: rng.int(in: Self.valueRange), count: count)
        case .sawtooth:
            // Descending runs of a random length, each starting from a fresh high value.
            let run = rng.int(in: 2...50)
            nums = (0..<count).map { index in Self.valueRange.upperBound - (index % run) * rng.int(in: 1...100) }
        case .extremes:
            nums = (0..<count).map { _ in rng.element(of: [Self.valueRange.lowerBound, 0, Self.valueRange.upperBound]) }
        }
        let k = rng.element(of: WindowSize.allCases).k(count: count, using: &rng)
        return TestInput(arguments: [.array(nums.map(JSONValue.int)), .int(k)])
    }

    // MARK: Worst cases

    /// Windows of n/2, n/3 and 2n/3 elements, so recomputing every window's maximum costs up to
    /// n^2/4 steps; the descending array also makes the maximum leave every window, defeating a
    /// rescan only when the maximum slides out.
    public func worstCases(seed: UInt64, size: Int) -> [WorstCase] {
        var rng = SplitMix64(seed: seed)
        let count = min(max(size, 1), maxSize)
        let span = Self.valueRange.upperBound - Self.valueRange.lowerBound
        let descending = (0..<count).map { Self.valueRange.upperBound - $0 * span / count }
        let random = (0..<count).map { _ in rng.int(in: Self.valueRange) }
        let ascending = random.sorted()
        func input(_ nums: [Int], _ k: Int) -> TestInput {
            TestInput(arguments: [.array(nums.map(JSONValue.int)), .int(min(max(k, 1), count))])
        }
        return [
            WorstCase("descending, k = n/2", input(descending, count / 2)),
            WorstCase("random, k = n/3", input(random, count / 3)),
            WorstCase("ascending, k = 2n/3", input(ascending, 2 * count / 3)),
        ]
    }

    // MARK: Solving

    public func validate(_ input: TestInput) throws(CatalogError) {
        _ = try decode(input)
    }

    private func decode(_ input: TestInput) throws(CatalogError) -> (nums: [Int], k: Int) {
        try input.numsAndK(maximumLength: Self.maximumLength, valueRange: Self.valueRange)
    }

    /// A monotonic queue of indices whose values decrease from front to back: each new element
    /// removes the smaller ones behind it (they can never be a maximum again), the front leaves
    /// when it slides out of the window, and the front is always the window's maximum. O(n) time.
    public func solve(_ input: TestInput) throws(CatalogError) -> JSONValue {
        let (nums, k) = try decode(input)
        var queue: [Int] = []
        queue.reserveCapacity(nums.count)
        var front = 0
        var maxima: [JSONValue] = []
        maxima.reserveCapacity(nums.count - k + 1)
        for (index, value) in nums.enumerated() {
            while queue.count > front, let last = queue.last, nums[last] <= value {
                queue.removeLast()
            }
            queue.append(index)
            if queue[front] <= index - k { front += 1 }
            if index >= k - 1 { maxima.append(.int(nums[queue[front]])) }
        }
        return .array(maxima)
    }

    /// Scans each window for its maximum. O(n k) time.
    public func bruteForce(_ input: TestInput) throws(CatalogError) -> JSONValue {
        let (nums, k) = try decode(input)
        return .array((0...(nums.count - k)).map { start in
            var maximum = nums[start]
            for value in nums[start..<(start + k)] where value > maximum { maximum = value }
            return .int(maximum)
        })
    }
}
