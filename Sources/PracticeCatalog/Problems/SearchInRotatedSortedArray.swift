/// LeetCode 33: the index of a target in an ascending array of distinct values that was rotated.
public struct SearchInRotatedSortedArray: CatalogProblem {
    /// The most elements `nums` may hold.
    static let maximumLength = 5_000
    /// The range every element of `nums`, and `target`, lies in.
    static let valueRange = -10_000...10_000

    public init() {}

    public let slug = "search-in-rotated-sorted-array"
    public let number: Int? = 33
    public let title = "Search in Rotated Sorted Array"
    public let difficulty = Difficulty.medium
    public let tags = ["array", "binary-search"]
    public let sourceURL: String? = "https://leetcode.com/problems/search-in-rotated-sorted-array/"
    public let signature = Signature(
        functionName: "search",
        parameters: [Parameter(name: "nums", type: "[Int]"), Parameter(name: "target", type: "Int")],
        returnType: "Int"
    )
    public let examples = [
        TestInput(arguments: [[4, 5, 6, 7, 0, 1, 2], 0]),
        TestInput(arguments: [[4, 5, 6, 7, 0, 1, 2], 3]),
        TestInput(arguments: [[1], 0]),
    ]
    public let limits = Limits(timeLimit: 2.0, memoryLimitMB: 256)
    public let checker = Checker.json
    public let maxSize = maximumLength
    public let version = "33.1"

    public let statement = """
        An array of distinct integers was sorted in ascending order and then rotated: for some \
        `0 <= r < n` its last `r` elements were moved, in order, to the front. So \
        `[0,1,2,4,5,6,7]` rotated by `3` is `[5,6,7,0,1,2,4]`, and rotated by `0` it stays sorted. \
        You are given the rotated array `nums` and an integer `target`. Return the index of \
        `target` in `nums`, or `-1` if it is not there.

        ## Function
        `search(nums: [Int], target: Int) -> Int`

        ## Input
        Two lines on standard input: `nums` as a JSON array of integers, then `target` as a JSON \
        integer, e.g. `[4,5,6,7,0,1,2]` and `0`.

        ## Output
        One line on standard output: the index as a JSON integer (counting from 0), or `-1`, \
        e.g. `4`.

        ## Constraints
        - `1 <= nums.length <= 5000`
        - `-10^4 <= nums[i] <= 10^4`
        - the values of `nums` are distinct
        - `nums` is an ascending array rotated by some `r`, `0 <= r < nums.length`
        - `-10^4 <= target <= 10^4`

        ## Follow-up
        A linear scan takes O(n) time. Can you find the target in O(log n)?
        """

    // MARK: Generation

    /// How the sorted values are chosen.
    private enum Values: CaseIterable {
        /// A run of consecutive integers.
        case consecutive
        /// Spread over the whole range.
        case spread
        /// Spread, and including both ends of the range.
        case withBothExtremes
    }

    /// How far the sorted array is rotated, so unrotated and nearly unrotated arrays are common.
    private enum Rotation: CaseIterable {
        case none, one, allButOne, half, any
    }

    /// Where the target is, or why it is missing.
    private enum Target: CaseIterable {
        case atRandomIndex, atTheSmallest, atTheLargest, atTheFront, atTheBack, missing, belowAll, aboveAll
    }

    public func generate(seed: UInt64, size: Int) -> TestInput {
        var rng = SplitMix64(seed: seed)
        let count = min(max(size, 1), maxSize)
        let sorted = Self.sortedValues(rng.element(of: Values.allCases), count: count, using: &rng)
        let rotation = switch rng.element(of: Rotation.allCases) {
        case .none: 0
        case .one: 1 % count
        case .allButOne: count - 1
        case .half: count / 2
        case .any: rng.int(in: 0...(count - 1))
        }
        let nums = Array(sorted[(count - rotation)...] + sorted[..<(count - rotation)])
        let target = switch rng.element(of: Target.allCases) {
        case .atRandomIndex: rng.element(of: nums)
        case .atTheSmallest: sorted[0]
        case .atTheLargest: sorted[count - 1]
        case .atTheFront: nums[0]
        case .atTheBack: nums[count - 1]
        case .missing: Self.missingValue(from: Set(nums), using: &rng)
        case .belowAll: sorted[0] > Self.valueRange.lowerBound ? sorted[0] - 1 : Self.missingValue(from: Set(nums), using: &rng)
        case .aboveAll: sorted[count - 1] < Self.valueRange.upperBound ? sorted[count - 1] + 1 : Self.missingValue(from: Set(nums), using: &rng)
        }
        return TestInput(arguments: [.array(nums.map(JSONValue.int)), .int(target)])
    }

    /// `count` distinct values in ascending order.
    private static func sortedValues(_ kind: Values, count: Int, using rng: inout SplitMix64) -> [Int] {
        if kind == .consecutive {
            let start = rng.int(in: valueRange.lowerBound...(valueRange.upperBound - count + 1))
            return Array(start..<(start + count))
        }
        var values: Set<Int> = kind == .withBothExtremes && count >= 2 ? [valueRange.lowerBound, valueRange.upperBound] : []
        while values.count < count {
            values.insert(rng.int(in: valueRange))
        }
        return values.sorted()
    }

    /// A value of the range that is not in `present` (at most 5000 of its 20001 values).
    private static func missingValue(from present: Set<Int>, using rng: inout SplitMix64) -> Int {
        while true {
            let value = rng.int(in: valueRange)
            if !present.contains(value) { return value }
        }
    }

    // MARK: Worst cases

    /// A linear scan reads all n values when the target is missing or stands last; both on an
    /// array rotated by about half, values two apart so the missing target lies between two of them.
    public func worstCases(seed: UInt64, size: Int) -> [WorstCase] {
        var rng = SplitMix64(seed: seed)
        let count = min(max(size, 1), maxSize)
        let low = rng.int(in: Self.valueRange.lowerBound...(Self.valueRange.upperBound - 2 * count))
        let sorted = (0..<count).map { low + 2 * $0 }
        let rotation = count / 2
        let nums = Array(sorted[(count - rotation)...] + sorted[..<(count - rotation)])
        func input(_ target: Int) -> TestInput { TestInput(arguments: [.array(nums.map(JSONValue.int)), .int(target)]) }
        let missing = low + 2 * rng.int(in: 0...(count - 1)) + 1
        return [WorstCase("target missing", input(missing)), WorstCase("target last", input(nums[count - 1]))]
    }

    // MARK: Solving

    public func validate(_ input: TestInput) throws(CatalogError) {
        _ = try decode(input)
    }

    private func decode(_ input: TestInput) throws(CatalogError) -> (nums: [Int], target: Int) {
        try input.requireArity(signature.parameters.count)
        let nums = try input.arguments[0].integers(named: "nums")
        try Constraint.count(nums.count, of: "the length of nums", in: 1...Self.maximumLength)
        try Constraint.values(nums, named: "nums", in: Self.valueRange)
        var indexOfValue: [Int: Int] = [:]
        for (index, value) in nums.enumerated() {
            if let earlier = indexOfValue.updateValue(index, forKey: value) {
                throw .invalidInput("nums[\(earlier)] and nums[\(index)] are both \(value); values must be distinct")
            }
        }
        let descents = nums.indices.dropLast().filter { nums[$0] > nums[$0 + 1] }
        if descents.count > 1 {
            throw .invalidInput(
                "nums is not a rotated ascending array: it falls after index \(descents[0]) and again after index \(descents[1])")
        }
        if let descent = descents.first, nums[nums.count - 1] > nums[0] {
            throw .invalidInput(
                "nums is not a rotated ascending array: it falls after index \(descent) but its last value "
                    + "\(nums[nums.count - 1]) is above its first \(nums[0])")
        }
        let target = try input.arguments[1].integer(named: "target")
        try Constraint.count(target, of: "target", in: Self.valueRange)
        return (nums, target)
    }

    /// Binary search: one half of any range is sorted (compare its ends with the middle); search
    /// that half if it can hold the target, else the other. O(log n) time.
    public func solve(_ input: TestInput) throws(CatalogError) -> JSONValue {
        let (nums, target) = try decode(input)
        var low = 0
        var high = nums.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if nums[middle] == target { return .int(middle) }
            if nums[low] <= nums[middle] {
                // nums[low...middle] is sorted.
                if nums[low] <= target && target < nums[middle] { high = middle - 1 } else { low = middle + 1 }
            } else {
                // nums[middle...high] is sorted.
                if nums[middle] < target && target <= nums[high] { low = middle + 1 } else { high = middle - 1 }
            }
        }
        return .int(-1)
    }

    /// A linear scan for the target. O(n) time.
    public func bruteForce(_ input: TestInput) throws(CatalogError) -> JSONValue {
        let (nums, target) = try decode(input)
        return .int(nums.firstIndex(of: target) ?? -1)
    }
}
