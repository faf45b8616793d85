/// LeetCode 1: the two positions whose values add up to a target.
public struct TwoSum: CatalogProblem {
    /// The fewest and the most elements `nums` may hold.
    static let lengthRange = 2...10_000
    /// The range every element of `nums`, and `target`, lies in.
    static let valueRange = -1_000_000_000...1_000_000_000
    /// Draws from a shape's own values before a filler is drawn from the whole range instead.
    static let fillerAttempts = 8

    public init() {}

    public let slug = "two-sum"
    public let number: Int? = 1
    public let title = "Two Sum"
    public let difficulty = Difficulty.easy
    public let tags = ["array", "hashing"]
    public let sourceURL: String? = "https://leetcode.com/problems/two-sum/"
    public let signature = Signature(
        functionName: "twoSum",
        parameters: [Parameter(name: "nums", type: "[Int]"), Parameter(name: "target", type: "Int")],
        returnType: "[Int]"
    )
    public let examples = [
        TestInput(arguments: [[2, 7, 11, 15], 9]),
        TestInput(arguments: [[3, 2, 4], 6]),
        TestInput(arguments: [[3, 3], 6]),
    ]
    public let limits = Limits(timeLimit: 2.0, memoryLimitMB: 256)
    public let checker = Checker.json
    public let maxSize = lengthRange.upperBound
    public let version = "1.1"

    public let statement = """
        You are given an integer array `nums` and an integer `target`. Exactly one pair of \
        distinct positions `i < j` has `nums[i] + nums[j] == target`. Return that pair as \
        `[i, j]`, the smaller index first.

        The two positions must differ, but their values may be equal: in `[3, 3]` with target \
        `6` the answer is `[0, 1]`. Indices count from 0.

        ## Function
        `twoSum(nums: [Int], target: Int) -> [Int]`

        ## Input
        Two lines on standard input: `nums` as a JSON array of integers, then `target` as a JSON \
        integer, e.g. `[3,2,4]` and `6`.

        ## Output
        One line on standard output: the two indices as a JSON array in increasing order, e.g. \
        `[1,2]`.

        ## Constraints
        - `2 <= nums.length <= 10^4`
        - `-10^9 <= nums[i] <= 10^9`
        - `-10^9 <= target <= 10^9`
        - exactly one pair of indices `i < j` has `nums[i] + nums[j] == target`

        ## Follow-up
        Trying every pair takes O(n^2) time. Can you find the pair in one pass, in O(n) time?
        """

    // MARK: Generation

    /// The values the generator draws from, so duplicates, negatives and extremes are common.
    private enum Shape: CaseIterable {
        /// Anything in the value range.
        case random
        /// Values in [-10, 10]: many duplicates, many near misses.
        case smallValues
        /// The pair holds one value twice; the other values crowd around it.
        case equalPair
        /// Values at both ends of the range and 0: sums overflow 32 bits.
        case extremes
        /// Only negative values.
        case negatives

        /// The range this shape draws its values from (the extremes shape picks among
        /// `extremeValues`, which lie in it).
        var drawRange: ClosedRange<Int> {
            switch self {
            case .random, .extremes: TwoSum.valueRange
            case .smallValues: -10...10
            case .equalPair: -500_000_000...500_000_000
            case .negatives: -999_999_999 ... -1
            }
        }
    }

    /// Where the pair stands in the array.
    private enum Placement: CaseIterable {
        case anywhere, atBothEnds, adjacent, atTheFront, atTheBack

        /// Two indices `i < j` of an array of `count >= 2` elements.
        func indices(count: Int, using rng: inout SplitMix64) -> (Int, Int) {
            switch self {
            case .anywhere:
                let first = rng.int(in: 0...(count - 1))
                let second = (first + rng.int(in: 1...(count - 1))) % count
                return (min(first, second), max(first, second))
            case .atBothEnds:
                return (0, count - 1)
            case .adjacent:
                let first = rng.int(in: 0...(count - 2))
                return (first, first + 1)
            case .atTheFront:
                return (0, 1)
            case .atTheBack:
                return (count - 2, count - 1)
            }
        }
    }

    public func generate(seed: UInt64, size: Int) -> TestInput {
        var rng = SplitMix64(seed: seed)
        let count = min(max(size, Self.lengthRange.lowerBound), maxSize)
        let shape = rng.element(of: Shape.allCases)
        let (first, second) = Self.pair(shape, using: &rng)
        let target = first + second
        var present: Set<Int> = [first, second]
        var nums = [Int](repeating: 0, count: count)
        let (i, j) = rng.element(of: Placement.allCases).indices(count: count, using: &rng)
        for index in nums.indices {
            switch index {
            case i: nums[index] = first
            case j: nums[index] = second
            default:
                let value = Self.filler(shape, near: first, avoiding: present, target: target, using: &rng)
                present.insert(value)
                nums[index] = value
            }
        }
        return TestInput(arguments: [.array(nums.map(JSONValue.int)), .int(target)])
    }

    /// The two values of the pair; their sum lies in the value range.
    private static func pair(_ shape: Shape, using rng: inout SplitMix64) -> (Int, Int) {
        switch shape {
        case .equalPair:
            let value = rng.int(in: shape.drawRange)
            return (value, value)
        case .extremes:
            let first = rng.element(of: extremeValues)
            return (first, rng.element(of: extremeValues.filter { valueRange.contains(first + $0) }))
        case .random, .smallValues, .negatives:
            let range = shape.drawRange
            let first = rng.int(in: range)
            let low = max(range.lowerBound, valueRange.lowerBound - first)
            let high = min(range.upperBound, valueRange.upperBound - first)
            return (first, rng.int(in: low...high))
        }
    }

    /// Both ends of the value range, their neighbours, and 0.
    private static let extremeValues = [
        valueRange.lowerBound, valueRange.lowerBound + 1, 0, valueRange.upperBound - 1, valueRange.upperBound,
    ]

    /// A value that makes no second pair: `target - value` is none of the values `present`.
    /// Tries the shape's own values first, then the whole range (where a clash is very unlikely).
    private static func filler(
        _ shape: Shape, near pairValue: Int, avoiding present: Set<Int>, target: Int, using rng: inout SplitMix64
    ) -> Int {
        for _ in 0..<fillerAttempts {
            let value = switch shape {
            case .random: rng.int(in: valueRange)
            case .smallValues, .negatives: rng.int(in: shape.drawRange)
            case .equalPair: pairValue + rng.int(in: -5...5)
            case .extremes: rng.element(of: extremeValues)
            }
            if !present.contains(target - value) { return value }
        }
        while true {
            let value = rng.int(in: valueRange)
            if !present.contains(target - value) { return value }
        }
    }

    // MARK: Worst cases

    /// The only pair at the last two positions, so trying pairs in either loop order finds it after
    /// all n^2/2 others; once with two different values and once with two equal ones. The pair's
    /// values are below -4 * 10^8 and every other value is non-negative, so no other pair sums to
    /// the target.
    public func worstCases(seed: UInt64, size: Int) -> [WorstCase] {
        var rng = SplitMix64(seed: seed)
        let count = min(max(size, Self.lengthRange.lowerBound), maxSize)
        let fillers = (0..<(count - 2)).map { _ in rng.int(in: 0...Self.valueRange.upperBound) }
        let low = -Self.valueRange.upperBound / 2 ... -Self.valueRange.upperBound * 2 / 5
        func input(_ first: Int, _ second: Int) -> TestInput {
            TestInput(arguments: [.array((fillers + [first, second]).map(JSONValue.int)), .int(first + second)])
        }
        let equal = rng.int(in: low)
        return [
            WorstCase("pair at the end", input(rng.int(in: low), rng.int(in: low))),
            WorstCase("equal pair at the end", input(equal, equal)),
        ]
    }

    // MARK: Solving

    public func validate(_ input: TestInput) throws(CatalogError) {
        _ = try decode(input)
    }

    private func decode(_ input: TestInput) throws(CatalogError) -> (nums: [Int], target: Int) {
        try input.requireArity(signature.parameters.count)
        let nums = try input.arguments[0].integers(named: "nums")
        try Constraint.count(nums.count, of: "the length of nums", in: Self.lengthRange)
        try Constraint.values(nums, named: "nums", in: Self.valueRange)
        let target = try input.arguments[1].integer(named: "target")
        try Constraint.count(target, of: "target", in: Self.valueRange)
        // Count the pairs with counts of the values seen so far, stopping at the second.
        var seen: [Int: Int] = [:]
        var pairs = 0
        for value in nums {
            pairs += seen[target - value, default: 0]
            if pairs > 1 { throw Self.pairCountError(found: "more than one") }
            seen[value, default: 0] += 1
        }
        if pairs == 0 { throw Self.pairCountError(found: "none") }
        return (nums, target)
    }

    private static func pairCountError(found: String) -> CatalogError {
        .invalidInput("exactly one pair of indices must have values summing to target, found \(found)")
    }

    /// One pass with a dictionary from value to index: for each element, look up its complement
    /// among the elements before it. O(n) time and space.
    public func solve(_ input: TestInput) throws(CatalogError) -> JSONValue {
        let (nums, target) = try decode(input)
        var indexOf: [Int: Int] = [:]
        for (j, value) in nums.enumerated() {
            if let i = indexOf[target - value] { return [.int(i), .int(j)] }
            indexOf[value] = j
        }
        throw Self.pairCountError(found: "none")  // decode has checked that a pair exists
    }

    /// Tries every pair `i < j` in order.
    public func bruteForce(_ input: TestInput) throws(CatalogError) -> JSONValue {
        let (nums, target) = try decode(input)
        for i in nums.indices {
            for j in (i + 1)..<nums.count where nums[i] + nums[j] == target {
                return [.int(i), .int(j)]
            }
        }
        throw Self.pairCountError(found: "none")  // decode has checked that a pair exists
    }
}
