/// LeetCode 215: the k-th largest element of an array, counting duplicates.
public struct KthLargestElement: CatalogProblem {
    /// The most elements `nums` may hold.
    static let maximumLength = 100_000
    /// The range every element of `nums` lies in.
    static let valueRange = -10_000...10_000

    public init() {}

    public let slug = "kth-largest-element-in-an-array"
    public let number: Int? = 215
    public let title = "Kth Largest Element in an Array"
    public let difficulty = Difficulty.medium
    public let tags = ["array", "heap", "sorting", "quickselect"]
    public let sourceURL: String? = "https://leetcode.com/problems/kth-largest-element-in-an-array/"
    public let signature = Signature(
        functionName: "findKthLargest",
        parameters: [Parameter(name: "nums", type: "[Int]"), Parameter(name: "k", type: "Int")],
        returnType: "Int"
    )
    public let examples = [
        TestInput(arguments: [[3, 2, 1, 5, 6, 4], 2]),
        TestInput(arguments: [[3, 2, 3, 1, 2, 4, 5, 5, 6], 4]),
        TestInput(arguments: [[-1], 1]),
    ]
    public let limits = Limits(timeLimit: 2.0, memoryLimitMB: 256)
    public let checker = Checker.json
    public let maxSize = maximumLength
    public let version = "215.1"

    public let statement = """
        You are given an integer array `nums` and an integer `k`. Return the element that would \
        stand at position `k` if `nums` were sorted in descending order (counting from 1).

        Duplicates count separately: in `[5,5,4]` the first and the second largest are both `5`, \
        and the third largest is `4`. You are asked for a value, not for the `k`-th largest \
        distinct value.

        ## Function
        `findKthLargest(nums: [Int], k: Int) -> Int`

        ## Input
        Two lines on standard input: `nums` as a JSON array of integers, then `k` as a JSON \
        integer, e.g. `[3,2,1,5,6,4]` and `2`.

        ## Output
        One line on standard output: the `k`-th largest element as a JSON integer, e.g. `5`.

        ## Constraints
        - `1 <= k <= nums.length <= 10^5`
        - `-10^4 <= nums[i] <= 10^4`

        ## Follow-up
        Sorting takes O(n log n) time. A min-heap of the `k` largest values seen so far takes \
        O(n log k); quickselect takes O(n) on average. Can you solve it without sorting?
        """

    // MARK: Generation

    /// The shapes of arrays the generator draws from, so edge cases are common.
    private enum Shape: CaseIterable {
        case random, fewDistinct, allEqual, ascending, descending, extremes
    }

    /// Where `k` falls, so both ends and the middle are common.
    private enum Rank: CaseIterable {
        case largest, smallest, median, random
    }

    public func generate(seed: UInt64, size: Int) -> TestInput {
        var rng = SplitMix64(seed: seed)
        let count = min(max(size, 1), maxSize)
        let nums: [Int]
        switch rng.element(of: Shape.allCases) {
        case .random:
            nums = (0..<count).map { _ in rng.int(in: Self.valueRange) }
        case .fewDistinct:
            let low = rng.int(in: Self.valueRange.lowerBound...(Self.valueRange.upperBound - 3))
            nums = (0..<count).map { _ in rng.int(in: low...(low + 3)) }
        case .allEqual:
            nums = Array(repeating: rng.int(in: Self.valueRange), count: count)
        case .ascending:
            nums = (0..<count).map { _ in rng.int(in: Self.valueRange) }.sorted()
        case .descending:
            nums = (0..<count).map { _ in rng.int(in: Self.valueRange) }.sorted(by: >)
        case .extremes:
            nums = (0..<count).map { _ in rng.element(of: [Self.valueRange.lowerBound, 0, Self.valueRange.upperBound]) }
        }
        let k = switch rng.element(of: Rank.allCases) {
        case .largest: 1
        case .smallest: count
        case .median: (count + 1) / 2
        case .random: rng.int(in: 1...count)
        }
        return TestInput(arguments: [.array(nums.map(JSONValue.int)), .int(k)])
    }

    // MARK: Worst cases

    /// The median asked of n equal values, of a sorted and of a reverse-sorted array: a
    /// quickselect that partitions around a first or last pivot, or puts the pivot's equals on one
    /// side, removes one element per round (O(n^2)); so does anything O(n k) at k = n/2.
    public func worstCases(seed: UInt64, size: Int) -> [WorstCase] {
        var rng = SplitMix64(seed: seed)
        let count = min(max(size, 1), maxSize)
        let sorted = (0..<count).map { _ in rng.int(in: Self.valueRange) }.sorted()
        let median = (count + 1) / 2
        func input(_ nums: [Int]) -> TestInput { TestInput(arguments: [.array(nums.map(JSONValue.int)), .int(median)]) }
        return [
            WorstCase("all equal, k = n/2", input(Array(repeating: rng.int(in: Self.valueRange), count: count))),
            WorstCase("ascending, k = n/2", input(sorted)),
            WorstCase("descending, k = n/2", input(sorted.reversed())),
        ]
    }

    // MARK: Solving

    public func validate(_ input: TestInput) throws(CatalogError) {
        _ = try decode(input)
    }

    private func decode(_ input: TestInput) throws(CatalogError) -> (nums: [Int], k: Int) {
        try input.numsAndK(maximumLength: Self.maximumLength, valueRange: Self.valueRange)
    }

    /// A min-heap of the k largest values seen so far: a value larger than the heap's minimum
    /// replaces it. The minimum at the end is the answer. O(n log k) time, O(k) space.
    public func solve(_ input: TestInput) throws(CatalogError) -> JSONValue {
        let (nums, k) = try decode(input)
        var heap = MinHeap()
        for value in nums {
            if heap.count < k {
                heap.insert(value)
            } else if value > heap.minimum {
                heap.replaceMinimum(with: value)
            }
        }
        return .int(heap.minimum)
    }

    /// Sorts descending and takes position k.
    public func bruteForce(_ input: TestInput) throws(CatalogError) -> JSONValue {
        let (nums, k) = try decode(input)
        return .int(nums.sorted(by: >)[k - 1])
    }
}

/// A binary min-heap of integers in an array: every element is at most its children at 2i+1, 2i+2.
private struct MinHeap {
    private var elements: [Int] = []

    var count: Int { elements.count }

    /// The smallest element; the heap must not be empty.
    var minimum: Int { elements[0] }

    mutating func insert(_ value: Int) {
        elements.append(value)
        var child = elements.count - 1
        while child > 0, elements[(child - 1) / 2] > elements[child] {
            elements.swapAt(child, (child - 1) / 2)
            child = (child - 1) / 2
        }
    }

    /// Replaces the smallest element by `value` and restores the heap order below it.
    mutating func replaceMinimum(with value: Int) {
        elements[0] = value
        var parent = 0
        while true {
            var smallest = parent
            for child in [2 * parent + 1, 2 * parent + 2] where child < elements.count && elements[child] < elements[smallest] {
                smallest = child
            }
            if smallest == parent { return }
            elements.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
