/// LeetCode 56: merge overlapping (or touching) closed intervals.
public struct MergeIntervals: CatalogProblem {
    /// The most intervals the input may hold.
    static let maximumCount = 10_000
    /// The range every start and end lies in.
    static let coordinateRange = 0...10_000

    public init() {}

    public let slug = "merge-intervals"
    public let number: Int? = 56
    public let title = "Merge Intervals"
    public let difficulty = Difficulty.medium
    public let tags = ["array", "intervals", "sorting"]
    public let sourceURL: String? = "https://leetcode.com/problems/merge-intervals/"
    public let signature = Signature(
        functionName: "merge",
        parameters: [Parameter(name: "intervals", type: "[[Int]]")],
        returnType: "[[Int]]"
    )
    public let examples = [
        TestInput(arguments: [[[1, 3], [2, 6], [8, 10], [15, 18]]]),
        TestInput(arguments: [[[1, 4], [4, 5]]]),
        TestInput(arguments: [[[4, 7], [1, 4], [2, 3]]]),
    ]
    public let limits = Limits(timeLimit: 2.0, memoryLimitMB: 256)
    public let checker = Checker.json
    public let maxSize = maximumCount
    public let version = "56.1"

    public let statement = """
        You are given a list of closed intervals `intervals[i] = [start_i, end_i]`, in no \
        particular order. Merge every group of intervals that overlap into one interval covering \
        them all, and return the merged intervals sorted by start.

        Two intervals overlap when they share at least one point, so intervals that only touch \
        merge too: `[1,4]` and `[4,5]` become `[1,5]`, while `[1,2]` and `[3,4]` stay apart. \
        The merged intervals never overlap one another, and together they cover exactly the \
        points the input covers.

        ## Function
        `merge(intervals: [[Int]]) -> [[Int]]`

        ## Input
        One line on standard input: `intervals` as a JSON array of `[start, end]` pairs, e.g. \
        `[[1,3],[2,6],[8,10]]`.

        ## Output
        One line on standard output: the merged intervals as a JSON array of `[start, end]` \
        pairs in ascending order of start, e.g. `[[1,6],[8,10]]`.

        ## Constraints
        - `1 <= intervals.length <= 10^4`
        - `intervals[i].length == 2`
        - `0 <= start_i <= end_i <= 10^4`
        """

    // MARK: Generation

    /// The arrangements the generator draws from, so edge cases are common.
    private enum Shape: CaseIterable {
        /// Independent intervals of mixed lengths.
        case random
        /// Gaps between every pair: nothing merges.
        case disjoint
        /// Each interval starts where the previous one ends: everything merges into one.
        case touching
        /// Small intervals inside a few large ones.
        case nested
        /// Zero-length intervals and repeats of a few intervals.
        case pointsAndDuplicates
    }

    public func generate(seed: UInt64, size: Int) -> TestInput {
        var rng = SplitMix64(seed: seed)
        let count = min(max(size, 1), maxSize)
        // A short line makes small inputs overlap; the full range tests the extremes.
        let span = rng.element(of: [count, 10 * count, Self.coordinateRange.upperBound])
        let line = 0...min(span, Self.coordinateRange.upperBound)
        var intervals: [[Int]]
        switch rng.element(of: Shape.allCases) {
        case .random:
            intervals = (0..<count).map { _ in Self.interval(within: line, maximumLength: span / 4, using: &rng) }
        case .disjoint:
            intervals = Self.chain(count: count, gap: 1, using: &rng)
        case .touching:
            intervals = Self.chain(count: count, gap: 0, using: &rng)
        case .nested:
            let outer = (0..<max(1, count / 8)).map { _ in Self.interval(within: line, maximumLength: span, using: &rng) }
            intervals = outer + (outer.count..<count).map { _ in
                let enclosing = rng.element(of: outer)
                return Self.interval(within: enclosing[0]...enclosing[1], maximumLength: span, using: &rng)
            }
        case .pointsAndDuplicates:
            let distinct = (0..<max(1, count / 3)).map { _ in
                rng.int(in: 0...1) == 0
                    ? Self.interval(within: line, maximumLength: 3, using: &rng)
                    : Array(repeating: rng.int(in: line), count: 2)
            }
            intervals = (0..<count).map { _ in rng.element(of: distinct) }
        }
        rng.shuffle(&intervals, in: 0..<count)
        return TestInput(arguments: [.array(intervals.map { .array($0.map(JSONValue.int)) })])
    }

    /// A random interval inside `bounds` no longer than `maximumLength`.
    private static func interval(within bounds: ClosedRange<Int>, maximumLength: Int, using rng: inout SplitMix64) -> [Int] {
        let start = rng.int(in: bounds)
        return [start, rng.int(in: start...min(bounds.upperBound, start + maximumLength))]
    }

    /// `count` consecutive intervals, each starting `gap` after the previous one ends, from a
    /// random offset, as long as the coordinate range allows.
    private static func chain(count: Int, gap: Int, using rng: inout SplitMix64) -> [[Int]] {
        let room = coordinateRange.upperBound - count * gap
        let step = max(0, room / count)
        var start = rng.int(in: 0...(room - step * count))
        return (0..<count).map { _ in
            let end = start + rng.int(in: 0...step)
            defer { start = end + gap }
            return [start, end]
        }
    }

    // MARK: Worst cases

    /// n intervals of which no two share a point (merging pairs until none overlaps then checks all
    /// n^2/2 pairs and merges nothing), and n unit intervals touching in a chain, shuffled, which
    /// all merge into one, one pair at a time. Both in random order.
    public func worstCases(seed: UInt64, size: Int) -> [WorstCase] {
        var rng = SplitMix64(seed: seed)
        let count = min(max(size, 1), maxSize)
        let line = Self.coordinateRange.upperBound
        var points = Array(Self.coordinateRange)
        rng.shuffle(&points, in: points.indices)
        let starts = points.prefix(count).sorted()
        var disjoint = starts.indices.map { index in
            let room = index + 1 < starts.count ? starts[index + 1] - 1 : line
            return [starts[index], rng.int(in: starts[index]...min(room, starts[index] + 3))]
        }
        let offset = rng.int(in: 0...(line - count))
        var chain = (0..<count).map { [offset + $0, offset + $0 + 1] }
        rng.shuffle(&disjoint, in: disjoint.indices)
        rng.shuffle(&chain, in: chain.indices)
        func input(_ intervals: [[Int]]) -> TestInput { TestInput(arguments: [.array(intervals.map { .array($0.map(JSONValue.int)) })]) }
        return [WorstCase("all disjoint", input(disjoint)), WorstCase("touching chain", input(chain))]
    }

    // MARK: Solving

    public func validate(_ input: TestInput) throws(CatalogError) {
        _ = try decode(input)
    }

    private func decode(_ input: TestInput) throws(CatalogError) -> [(start: Int, end: Int)] {
        try input.requireArity(signature.parameters.count)
        guard case .array(let rows) = input.arguments[0] else {
            throw .invalidInput("intervals must be an array of [start, end] pairs, got \(input.arguments[0].brief(maximumLength: 20))")
        }
        try Constraint.count(rows.count, of: "the number of intervals", in: 1...Self.maximumCount)
        return try rows.enumerated().map { (index, row) throws(CatalogError) in
            let name = "intervals[\(index)]"
            let pair = try row.integers(named: name)
            guard pair.count == 2 else {
                throw .invalidInput("\(name) must hold 2 integers [start, end], got \(pair.count)")
            }
            try Constraint.values(pair, named: name, in: Self.coordinateRange)
            guard pair[0] <= pair[1] else {
                throw .invalidInput("\(name) = \(row.json) starts after it ends; start must be <= end")
            }
            return (pair[0], pair[1])
        }
    }

    /// Sorts by start, then sweeps: an interval starting at or before the current end extends it,
    /// any other starts a new merged interval. O(n log n).
    public func solve(_ input: TestInput) throws(CatalogError) -> JSONValue {
        var merged: [(start: Int, end: Int)] = []
        for interval in try decode(input).sorted(by: { $0.start < $1.start }) {
            if let last = merged.last, interval.start <= last.end {
                merged[merged.count - 1].end = max(last.end, interval.end)
            } else {
                merged.append(interval)
            }
        }
        return Self.encode(merged)
    }

    /// Groups the intervals into the connected components of the "shares a point" relation by a
    /// depth-first search over all pairs, then spans each group. O(n^2), no sorting until the end.
    public func bruteForce(_ input: TestInput) throws(CatalogError) -> JSONValue {
        let intervals = try decode(input)
        var grouped = [Bool](repeating: false, count: intervals.count)
        var merged: [(start: Int, end: Int)] = []
        for first in intervals.indices where !grouped[first] {
            grouped[first] = true
            var span = intervals[first]
            var pending = [first]
            while let current = pending.popLast() {
                for other in intervals.indices where !grouped[other]
                    && intervals[other].start <= intervals[current].end
                    && intervals[current].start <= intervals[other].end {
                    grouped[other] = true
                    span = (min(span.start, intervals[other].start), max(span.end, intervals[other].end))
                    pending.append(other)
                }
            }
            merged.append(span)
        }
        return Self.encode(merged.sorted { $0.start < $1.start })
    }

    private static func encode(_ intervals: [(start: Int, end: Int)]) -> JSONValue {
        .array(intervals.map { [.int($0.start), .int($0.end)] })
    }
}
