/// LeetCode 162: the index of any element larger than both its neighbours. Answers are not
/// unique, so `check` accepts every peak.
public struct FindPeakElement: CatalogProblem {
    /// The fewest and the most elements `nums` may hold.
    static let lengthRange = 1...1_000
    /// The range every element of `nums` lies in: 32-bit signed integers.
    static let valueRange = Int(Int32.min)...Int(Int32.max)

    public init() {}

    public let slug = "find-peak-element"
    public let number: Int? = 162
    public let title = "Find Peak Element"
    public let difficulty = Difficulty.medium
    public let tags = ["array", "binary-search"]
    public let sourceURL: String? = "https://leetcode.com/problems/find-peak-element/"
    public let signature = Signature(
        functionName: "findPeakElement",
        parameters: [Parameter(name: "nums", type: "[Int]")],
        returnType: "Int"
    )
    public let examples = [
        TestInput(arguments: [[1, 2, 3, 1]]),
        TestInput(arguments: [[1, 2, 1, 3, 5, 6, 4]]),
        TestInput(arguments: [[-2_147_483_648]]),
    ]
    public let limits = Limits(timeLimit: 2.0, memoryLimitMB: 256)
    public let checker = Checker.json
    public let maxSize = lengthRange.upperBound
    public let version = "162.1"

    public let statement = """
        You are given an integer array `nums` in which no two neighbours are equal. A peak is an \
        element strictly greater than its neighbours; imagine `nums[-1] = nums[n] = -infinity`, \
        so the first and last elements need only beat their one neighbour. Return the index of \
        any peak.

        A peak always exists (the largest element is one), and there may be several: for \
        `[1,2,1,3,5,6,4]` both `1` and `5` are correct answers. Every peak is accepted.

        ## Function
        `findPeakElement(nums: [Int]) -> Int`

        ## Input
        One line on standard input: `nums` as a JSON array of integers, e.g. `[1,2,3,1]`.

        ## Output
        One line on standard output: the index of a peak as a JSON integer (counting from 0), \
        e.g. `2`.

        ## Constraints
        - `1 <= nums.length <= 1000`
        - `-2^31 <= nums[i] <= 2^31 - 1`
        - `nums[i] != nums[i + 1]` for every valid `i`

        ## Follow-up
        Scanning for a peak takes O(n) time. Can you find one in O(log n)?
        """

    // MARK: Generation

    /// The shapes of arrays the generator draws from, so peaks at the ends, in the middle, and
    /// many peaks at once are all common.
    private enum Shape: CaseIterable {
        case random, ascending, descending, mountain, valley, zigzag, fewDistinct, extremes
    }

    /// Both ends of the value range and their neighbours: sentinels like `Int32.min` stop working.
    private static let extremeValues = [
        valueRange.lowerBound, valueRange.lowerBound + 1, valueRange.upperBound - 1, valueRange.upperBound,
    ]

    public func generate(seed: UInt64, size: Int) -> TestInput {
        var rng = SplitMix64(seed: seed)
        let count = min(max(size, 1), maxSize)
        let nums: [Int]
        switch rng.element(of: Shape.allCases) {
        case .random:
            nums = Self.neighboursDiffering(count: count, using: &rng) { rng in rng.int(in: Self.valueRange) }
        case .ascending:
            nums = Self.distinctSorted(count: count, using: &rng)
        case .descending:
            nums = Self.distinctSorted(count: count, using: &rng).reversed()
        case .mountain, .valley:
            // Each value goes left or right of the extreme one; both sides sorted away from it.
            let values = Self.distinctSorted(count: count, using: &rng)
            var (left, right): ([Int], [Int]) = ([], [])
            for value in values.dropLast() {
                if rng.int(in: 0...1) == 0 { left.append(value) } else { right.append(value) }
            }
            let mountain = left + [values[values.count - 1]] + right.reversed()
            nums = rng.int(in: 0...1) == 0 ? mountain : mountain.map { -1 - $0 }
        case .zigzag:
            let middle = rng.int(in: -1_000...1_000)
            nums = (0..<count).map { index in
                index % 2 == 0 ? rng.int(in: Self.valueRange.lowerBound...middle) : rng.int(in: (middle + 1)...Self.valueRange.upperBound)
            }
        case .fewDistinct:
            let low = rng.int(in: -10...10)
            let high = low + rng.int(in: 1...3)
            nums = Self.neighboursDiffering(count: count, using: &rng) { rng in rng.int(in: low...high) }
        case .extremes:
            nums = Self.neighboursDiffering(count: count, using: &rng) { rng in rng.element(of: Self.extremeValues) }
        }
        return TestInput(arguments: [.array(nums.map(JSONValue.int))])
    }

    /// `count` values from `draw`, each one nudged by 1 (towards the inside of the value range)
    /// when it equals its left neighbour.
    private static func neighboursDiffering(
        count: Int, using rng: inout SplitMix64, draw: (inout SplitMix64) -> Int
    ) -> [Int] {
        var nums: [Int] = []
        nums.reserveCapacity(count)
        for _ in 0..<count {
            var value = draw(&rng)
            if value == nums.last {
                value += value == valueRange.upperBound ? -1 : 1
            }
            nums.append(value)
        }
        return nums
    }

    /// `count` different values in ascending order, from the whole range or from a narrow one.
    private static func distinctSorted(count: Int, using rng: inout SplitMix64) -> [Int] {
        let narrow = rng.int(in: 0...1) == 0
        let low = narrow ? rng.int(in: valueRange.lowerBound...(valueRange.upperBound - 2 * count)) : valueRange.lowerBound
        let range = narrow ? low...(low + 2 * count) : valueRange
        var values: Set<Int> = []
        while values.count < count {
            values.insert(rng.int(in: range))
        }
        return values.sorted()
    }

    // MARK: Worst cases

    /// Strictly ascending values, whose only peak is the last index (a scan from the left runs to
    /// the end), and the same reversed (a scan from the right).
    public func worstCases(seed: UInt64, size: Int) -> [WorstCase] {
        var rng = SplitMix64(seed: seed)
        let count = min(max(size, 1), maxSize)
        let ascending = Self.distinctSorted(count: count, using: &rng)
        func input(_ nums: [Int]) -> TestInput { TestInput(arguments: [.array(nums.map(JSONValue.int))]) }
        return [WorstCase("ascending, peak last", input(ascending)), WorstCase("descending, peak first", input(ascending.reversed()))]
    }

    // MARK: Solving

    public func validate(_ input: TestInput) throws(CatalogError) {
        _ = try decode(input)
    }

    private func decode(_ input: TestInput) throws(CatalogError) -> [Int] {
        try input.requireArity(signature.parameters.count)
        let nums = try input.arguments[0].integers(named: "nums")
        try Constraint.count(nums.count, of: "the length of nums", in: Self.lengthRange)
        try Constraint.values(nums, named: "nums", in: Self.valueRange)
        if let index = nums.indices.dropLast().first(where: { nums[$0] == nums[$0 + 1] }) {
            throw .invalidInput("nums[\(index)] and nums[\(index + 1)] are both \(nums[index]); neighbours must differ")
        }
        return nums
    }

    /// Binary search: if the middle element is below its right neighbour, a peak lies to the
    /// right (the values must turn down somewhere before `nums[n] = -infinity`); else one lies at
    /// the middle or to its left. O(log n) time.
    public func solve(_ input: TestInput) throws(CatalogError) -> JSONValue {
        let nums = try decode(input)
        var low = 0
        var high = nums.count - 1
        while low < high {
            let middle = (low + high) / 2
            if nums[middle] < nums[middle + 1] { low = middle + 1 } else { high = middle }
        }
        return .int(low)
    }

    /// A left-to-right scan: the first element larger than its right neighbour is a peak (every
    /// earlier step went up), else the last element is. O(n) time.
    public func bruteForce(_ input: TestInput) throws(CatalogError) -> JSONValue {
        let nums = try decode(input)
        for index in nums.indices.dropLast() where nums[index] > nums[index + 1] {
            return .int(index)
        }
        return .int(nums.count - 1)
    }

    // MARK: Checking

    public var checksInput: Bool { true }

    /// Accepts the index of any peak; `expected` (the reference's peak) is not needed.
    public func check(_ input: TestInput, expected: String, actual: String) -> CheckResult {
        let nums: [Int]
        do {
            nums = try decode(input)
        } catch {
            // Unreachable in judging (the reference validates first); reported as a judge error.
            return .judgeError("the input does not fit the problem (\(error.localizedDescription))")
        }
        if actual.allSatisfy(\.isWhitespace) { return .wrongAnswer("empty output") }
        let answer: JSONValue
        do {
            answer = try JSONValue.parse(actual)
        } catch {
            return .wrongAnswer("output is not JSON: \(error)")
        }
        guard let index = Self.integerValue(of: answer) else {
            return .wrongAnswer("output is not an integer index: \(answer.brief())")
        }
        guard nums.indices.contains(index) else {
            return .wrongAnswer("index \(index) is out of range 0..<\(nums.count)")
        }
        for neighbour in [index - 1, index + 1] where nums.indices.contains(neighbour) && nums[neighbour] > nums[index] {
            return .wrongAnswer("index \(index) is not a peak: nums[\(index)]=\(nums[index]) < nums[\(neighbour)]=\(nums[neighbour])")
        }
        return .accepted
    }

    /// An integer, or a double with an exact integer value (`2.0`), as the JSON checker accepts.
    private static func integerValue(of value: JSONValue) -> Int? {
        switch value {
        case .int(let integer): integer
        case .double(let double): Int(exactly: double)
        default: nil
        }
    }
}
