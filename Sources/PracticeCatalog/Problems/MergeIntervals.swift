/// LeetCode 56: merge overlapping (or touching) closed intervals.
public struct MergeIntervals: DeclaredProblem {
    public init() {}
    static let line = 0...10_000

    public static let declaration = ProblemDeclaration(
        56, "merge-intervals", "Merge Intervals", .medium, tags: ["array", "intervals", "sorting"],
        function: "merge",
        parameters: ["intervals": .array(.tuple(.int(line), fields: ["start", "end"]), count: 1...10_000,
                                         countName: "the number of intervals")],
        returns: .array(.tuple(.int(line), fields: ["start", "end"]), count: 1...10_000),
        examples: [.of([[1, 3], [2, 6], [8, 10], [15, 18]]), .of([[1, 4], [4, 5]]), .of([[4, 7], [1, 4], [2, 3]])],
        description: """
            You are given a list of closed intervals `intervals[i] = [start_i, end_i]`, in no particular order. \
            Merge every group of intervals that overlap into one interval covering them all, and return the merged \
            intervals sorted by start.

            Two intervals overlap when they share at least one point, so intervals that only touch merge too: \
            `[1,4]` and `[4,5]` become `[1,5]`, while `[1,2]` and `[3,4]` stay apart. The merged intervals never \
            overlap one another, and together they cover exactly the points the input covers.
            """,
        output: "the merged intervals in ascending order of start",
        constraints: ["`start_i <= end_i`"],
        version: "56.1",
        rule: Rule { (intervals: [[Int]]) -> String? in
            intervals.firstIndex { $0[0] > $0[1] }
                .map { "intervals[\($0)] = \(intervals[$0].encoded.json) starts after it ends; start must be <= end" }
        },
        // Sorts by start; each interval extends the last merged one when it starts before that one ends.
        solve: Solution { (intervals: [[Int]]) -> [[Int]] in
            var merged: [[Int]] = []
            for interval in intervals.sorted(by: { $0[0] < $1[0] }) {
                if let last = merged.last, interval[0] <= last[1] {
                    merged[merged.count - 1][1] = max(last[1], interval[1])
                } else {
                    merged.append(interval)
                }
            }
            return merged
        },
        // Grows each group by searching all intervals for overlaps with its members. O(n^2).
        bruteForce: Solution { (intervals: [[Int]]) -> [[Int]] in
            var grouped = [Bool](repeating: false, count: intervals.count)
            var merged: [[Int]] = []
            for first in intervals.indices where !grouped[first] {
                grouped[first] = true
                var (span, pending) = (intervals[first], [first])
                while let current = pending.popLast() {
                    for other in intervals.indices where !grouped[other]
                        && intervals[other][0] <= intervals[current][1] && intervals[current][0] <= intervals[other][1] {
                        grouped[other] = true
                        span = [min(span[0], intervals[other][0]), max(span[1], intervals[other][1])]
                        pending.append(other)
                    }
                }
                merged.append(span)
            }
            return merged.sorted { $0[0] < $1[0] }
        },
        // On a line of n, 10n or the whole range: random, disjoint, touching, nested, points and duplicates
        // (IntervalShape.standard).
        generate: Generator { rng, count -> [[Int]] in rng.intervals(count, on: line) },
        // All disjoint (nothing merges: pairwise merging does n^2/2 comparisons) and one touching chain.
        worstCases: { rng, count in
            let starts = rng.shuffled(Array(line)).prefix(count).sorted()
            let disjoint = starts.indices.map { index in
                let room = index + 1 < starts.count ? starts[index + 1] - 1 : line.upperBound
                return [starts[index], rng.int(in: starts[index]...min(room, starts[index] + 3))]
            }
            let offset = rng.int(in: 0...(line.upperBound - count))
            let chain = (0..<count).map { [offset + $0, offset + $0 + 1] }
            return [WorstCase("all disjoint", rng.shuffled(disjoint)), WorstCase("touching chain", rng.shuffled(chain))]
        }
    )
}
