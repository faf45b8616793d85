/// LeetCode 11: the most water two vertical lines can hold between them.
public struct ContainerWithMostWater: CatalogProblem {
    /// The fewest and the most lines `height` may hold.
    static let lengthRange = 2...100_000
    /// The range every height lies in.
    static let heightRange = 0...10_000

    public init() {}

    public let slug = "container-with-most-water"
    public let number: Int? = 11
    public let title = "Container With Most Water"
    public let difficulty = Difficulty.medium
    public let tags = ["array", "two-pointers", "greedy"]
    public let sourceURL: String? = "https://leetcode.com/problems/container-with-most-water/"
    public let signature = Signature(
        functionName: "maxArea",
        parameters: [Parameter(name: "height", type: "[Int]")],
        returnType: "Int"
    )
    public let examples = [
        TestInput(arguments: [[1, 8, 6, 2, 5, 4, 8, 3, 7]]),
        TestInput(arguments: [[1, 1]]),
        TestInput(arguments: [[4, 3, 2, 1, 4]]),
    ]
    public let limits = Limits(timeLimit: 2.0, memoryLimitMB: 256)
    public let checker = Checker.json
    public let maxSize = lengthRange.upperBound
    public let version = "11.1"

    public let statement = """
        You are given an integer array `height` of length `n`: `n` vertical lines stand at \
        `x = 0, 1, ..., n - 1`, line `i` reaching from `(i, 0)` up to `(i, height[i])`. Pick two \
        lines; together with the x-axis they form a container. Return the most water a \
        container can hold.

        Lines `i < j` hold `(j - i) * min(height[i], height[j])`: the water rises to the shorter \
        line, and the lines between them do not matter. The container may not be tilted.

        ## Function
        `maxArea(height: [Int]) -> Int`

        ## Input
        One line on standard input: `height` as a JSON array of integers, e.g. `[1,8,6,2,5,4,8,3,7]`.

        ## Output
        One line on standard output: the largest amount of water as a JSON integer, e.g. `49`.

        ## Constraints
        - `2 <= n <= 10^5`
        - `0 <= height[i] <= 10^4`

        ## Follow-up
        Trying every pair takes O(n^2) time, too slow for `n = 10^5`. Can you do it in O(n)?
        """

    // MARK: Generation

    /// The shapes of the skyline the generator draws from, so the best pair is sometimes at the
    /// ends, sometimes adjacent and sometimes deep inside.
    private enum Shape: CaseIterable {
        case random, fewDistinct, ascending, descending, allEqual, valley, mountain, twoSpikes, extremesOnly
    }

    public func generate(seed: UInt64, size: Int) -> TestInput {
        var rng = SplitMix64(seed: seed)
        let count = min(max(size, Self.lengthRange.lowerBound), maxSize)
        let heights: [Int]
        switch rng.element(of: Shape.allCases) {
        case .random:
            heights = (0..<count).map { _ in rng.int(in: Self.heightRange) }
        case .fewDistinct:
            let low = rng.int(in: 0...(Self.heightRange.upperBound - 3))
            heights = (0..<count).map { _ in rng.int(in: low...(low + 3)) }
        case .ascending:
            heights = (0..<count).map { _ in rng.int(in: Self.heightRange) }.sorted()
        case .descending:
            heights = (0..<count).map { _ in rng.int(in: Self.heightRange) }.sorted(by: >)
        case .allEqual:
            heights = Array(repeating: rng.int(in: Self.heightRange), count: count)
        case .valley:
            // Tall at both ends, falling towards a random lowest point.
            let bottom = rng.int(in: 0...(count - 1))
            let values = (0..<count).map { _ in rng.int(in: Self.heightRange) }.sorted(by: >)
            heights = Self.interleave(values, around: bottom, count: count, tallOutside: true)
        case .mountain:
            let peak = rng.int(in: 0...(count - 1))
            let values = (0..<count).map { _ in rng.int(in: Self.heightRange) }.sorted(by: >)
            heights = Self.interleave(values, around: peak, count: count, tallOutside: false)
        case .twoSpikes:
            var values = (0..<count).map { _ in rng.int(in: 0...100) }
            values[rng.int(in: 0...(count - 1))] = Self.heightRange.upperBound
            values[rng.int(in: 0...(count - 1))] = rng.int(in: Self.heightRange)
            heights = values
        case .extremesOnly:
            heights = (0..<count).map { _ in rng.element(of: [Self.heightRange.lowerBound, Self.heightRange.upperBound]) }
        }
        return TestInput(arguments: [.array(heights.map(JSONValue.int))])
    }

    /// Places `values` (sorted descending) so they fall or rise monotonically on each side of
    /// `pivot`: the tallest next to the pivot for a mountain, at the far ends for a valley.
    private static func interleave(_ values: [Int], around pivot: Int, count: Int, tallOutside: Bool) -> [Int] {
        // Positions ordered by distance from the pivot, nearest first.
        var positions = [pivot]
        positions.reserveCapacity(count)
        for distance in 1..<max(pivot + 1, count - pivot) {
            if pivot - distance >= 0 { positions.append(pivot - distance) }
            if pivot + distance < count { positions.append(pivot + distance) }
        }
        var heights = [Int](repeating: 0, count: count)
        for (rank, position) in (tallOutside ? positions.reversed() : positions).enumerated() {
            heights[position] = values[rank]
        }
        return heights
    }

    // MARK: Worst cases

    /// Trying every pair costs n^2/2 on any input of the largest size; random heights, and
    /// ascending ones, on which skipping a left line whose height times the remaining width cannot
    /// beat the best so far prunes nothing until the middle.
    public func worstCases(seed: UInt64, size: Int) -> [WorstCase] {
        var rng = SplitMix64(seed: seed)
        let count = min(max(size, Self.lengthRange.lowerBound), maxSize)
        let heights = (0..<count).map { _ in rng.int(in: Self.heightRange) }
        func input(_ heights: [Int]) -> TestInput { TestInput(arguments: [.array(heights.map(JSONValue.int))]) }
        return [WorstCase("random", input(heights)), WorstCase("ascending", input(heights.sorted()))]
    }

    // MARK: Solving

    public func validate(_ input: TestInput) throws(CatalogError) {
        _ = try decode(input)
    }

    private func decode(_ input: TestInput) throws(CatalogError) -> [Int] {
        try input.requireArity(signature.parameters.count)
        let height = try input.arguments[0].integers(named: "height")
        try Constraint.count(height.count, of: "n (the length of height)", in: Self.lengthRange)
        try Constraint.values(height, named: "height", in: Self.heightRange)
        return height
    }

    /// Two pointers from the ends, always moving the shorter line inwards: a container using the
    /// shorter line with any line further in is narrower and no taller. O(n) time.
    public func solve(_ input: TestInput) throws(CatalogError) -> JSONValue {
        let height = try decode(input)
        var left = 0
        var right = height.count - 1
        var best = 0
        while left < right {
            best = max(best, (right - left) * min(height[left], height[right]))
            if height[left] < height[right] { left += 1 } else { right -= 1 }
        }
        return .int(best)
    }

    /// Every pair of lines. O(n^2) time.
    public func bruteForce(_ input: TestInput) throws(CatalogError) -> JSONValue {
        let height = try decode(input)
        var best = 0
        for i in height.indices {
            for j in (i + 1)..<height.count {
                best = max(best, (j - i) * min(height[i], height[j]))
            }
        }
        return .int(best)
    }
}
