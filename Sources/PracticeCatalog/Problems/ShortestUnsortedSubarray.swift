/// LeetCode 581: the length of the shortest subarray whose sorting sorts the whole array.
public struct ShortestUnsortedSubarray: CatalogProblem {
    /// The most elements `nums` may hold.
    static let maximumLength = 10_000
    /// The range every element of `nums` lies in.
    static let valueRange = -100_000...100_000

    public init() {}

    public let slug = "shortest-unsorted-subarray"
    public let number: Int? = 581
    public let title = "Shortest Unsorted Continuous Subarray"
    public let difficulty = Difficulty.medium
    public let tags = ["array", "sorting", "two-pointers", "stack", "greedy"]
    public let sourceURL: String? = "https://leetcode.com/problems/shortest-unsorted-continuous-subarray/"
    public let signature = Signature(
        functionName: "findUnsortedSubarray",
        parameters: [Parameter(name: "nums", type: "[Int]")],
        returnType: "Int"
    )
    public let examples = [
        TestInput(arguments: [[2, 6, 4, 8, 10, 9, 15]]),
        TestInput(arguments: [[1, 2, 3, 4]]),
        TestInput(arguments: [[1]]),
    ]
    public let limits = Limits(timeLimit: 2.0, memoryLimitMB: 256)
    public let checker = Checker.json
    public let maxSize = maximumLength
    public let version = "581.1"

    public let statement = """
        You are given an integer array `nums`. Find one contiguous stretch of it such that \
        sorting just that stretch in ascending order leaves the entire array sorted in ascending \
        order, and make the stretch as short as possible. Return its length, or `0` when `nums` \
        is already sorted.

        Values may repeat: "sorted" means non-decreasing, so equal values may stand side by \
        side.

        ## Function
        `findUnsortedSubarray(nums: [Int]) -> Int`

        ## Input
        One line on standard input: `nums` as a JSON array of integers, e.g. `[3,1,2]`.

        ## Output
        One line on standard output: the length as a JSON integer, e.g. `3`.

        ## Constraints
        - `1 <= nums.length <= 10^4`
        - `-10^5 <= nums[i] <= 10^5`

        ## Follow-up
        Sorting a copy and comparing takes O(n log n) time. Can you find the answer in O(n) time \
        and O(1) extra space?
        """

    // MARK: Generation

    /// The shapes of arrays the generator draws from, so edge cases are common.
    private enum Shape: CaseIterable {
        case random, fewDistinct, sorted, oneSwap, shuffledWindow, oneOutlier, allEqual, descending
    }

    public func generate(seed: UInt64, size: Int) -> TestInput {
        var rng = SplitMix64(seed: seed)
        let count = min(max(size, 1), maxSize)
        let nums: [Int]
        switch rng.element(of: Shape.allCases) {
        case .random:
            nums = (0..<count).map { _ in rng.int(in: Self.valueRange) }
        case .fewDistinct:
            let range = Self.narrowRange(using: &rng)
            nums = (0..<count).map { _ in rng.int(in: range) }
        case .sorted:
            nums = Self.sortedValues(count: count, using: &rng)
        case .oneSwap:
            var values = Self.sortedValues(count: count, using: &rng)
            values.swapAt(rng.int(in: 0...(count - 1)), rng.int(in: 0...(count - 1)))
            nums = values
        case .shuffledWindow:
            var values = Self.sortedValues(count: count, using: &rng)
            let length = rng.int(in: 1...min(count, 12))
            let start = rng.int(in: 0...(count - length))
            rng.shuffle(&values, in: start..<(start + length))
            nums = values
        case .oneOutlier:
            var values = Self.sortedValues(count: count, using: &rng)
            values[rng.int(in: 0...(count - 1))] = rng.int(in: Self.valueRange)
            nums = values
        case .allEqual:
            nums = Array(repeating: rng.int(in: Self.valueRange), count: count)
        case .descending:
            nums = Self.sortedValues(count: count, using: &rng).reversed()
        }
        return TestInput(arguments: [.array(nums.map(JSONValue.int))])
    }

    /// A range of 1 to 5 adjacent values, so elements repeat a lot.
    private static func narrowRange(using rng: inout SplitMix64) -> ClosedRange<Int> {
        let width = rng.int(in: 0...4)
        let low = rng.int(in: valueRange.lowerBound...(valueRange.upperBound - width))
        return low...(low + width)
    }

    /// Ascending values, from either the full range or a narrow one (many duplicates).
    private static func sortedValues(count: Int, using rng: inout SplitMix64) -> [Int] {
        let range = rng.int(in: 0...1) == 0 ? valueRange : narrowRange(using: &rng)
        return (0..<count).map { _ in rng.int(in: range) }.sorted()
    }

    // MARK: Worst cases

    /// Strictly ascending values (answer 0), and the same with the two middle values swapped
    /// (answer 2): comparing pairs, even stopping each scan at the first value out of order,
    /// finds nothing to stop at for n/2 starts from either end.
    public func worstCases(seed: UInt64, size: Int) -> [WorstCase] {
        var rng = SplitMix64(seed: seed)
        let count = min(max(size, 1), maxSize)
        // Steps of 1 to 19 from the lowest value: at most 19 * (10^4 - 1) above it, inside the range.
        var value = Self.valueRange.lowerBound + rng.int(in: 0...10)
        let ascending = (0..<count).map { _ in defer { value += rng.int(in: 1...19) }; return value }
        var swapped = ascending
        if count >= 2 { swapped.swapAt(count / 2 - 1, count / 2) }
        func input(_ nums: [Int]) -> TestInput { TestInput(arguments: [.array(nums.map(JSONValue.int))]) }
        return [WorstCase("ascending, answer 0", input(ascending)), WorstCase("middle pair swapped", input(swapped))]
    }

    // MARK: Solving

    public func validate(_ input: TestInput) throws(CatalogError) {
        _ = try decode(input)
    }

    private func decode(_ input: TestInput) throws(CatalogError) -> [Int] {
        try input.requireArity(signature.parameters.count)
        let nums = try input.arguments[0].integers(named: "nums")
        try Constraint.count(nums.count, of: "the length of nums", in: 1...Self.maximumLength)
        try Constraint.values(nums, named: "nums", in: Self.valueRange)
        return nums
    }

    /// One pass from each side: the last index below the running maximum ends the window, the
    /// first index above the running minimum (scanning backwards) starts it. O(n) time, O(1) space.
    public func solve(_ input: TestInput) throws(CatalogError) -> JSONValue {
        let nums = try decode(input)
        var end = -1
        var maximum = Int.min
        for (index, value) in nums.enumerated() {
            if value < maximum { end = index } else { maximum = value }
        }
        guard end >= 0 else { return .int(0) }
        var start = end
        var minimum = Int.max
        for index in nums.indices.reversed() {
            if nums[index] > minimum { start = index } else { minimum = nums[index] }
        }
        return .int(end - start + 1)
    }

    /// Compares with a sorted copy: the answer spans the first to the last differing position.
    public func bruteForce(_ input: TestInput) throws(CatalogError) -> JSONValue {
        let nums = try decode(input)
        let sorted = nums.sorted()
        let differing = nums.indices.filter { nums[$0] != sorted[$0] }
        guard let first = differing.first, let last = differing.last else { return .int(0) }
        return .int(last - first + 1)
    }
}
