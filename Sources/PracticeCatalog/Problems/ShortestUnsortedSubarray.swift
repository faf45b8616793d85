/// LeetCode 581: the length of the shortest subarray whose sorting sorts the whole array.
public struct ShortestUnsortedSubarray: DeclaredProblem {
    public init() {}
    static let values = -100_000...100_000

    public static let declaration = ProblemDeclaration(
        581, "shortest-unsorted-subarray", "Shortest Unsorted Continuous Subarray", .medium,
        tags: ["array", "sorting", "two-pointers", "stack", "greedy"],
        url: "https://leetcode.com/problems/shortest-unsorted-continuous-subarray/",
        function: "findUnsortedSubarray", parameters: ["nums": .array(.int(values), count: 1...10_000)],
        returns: .int(0...10_000),
        examples: [.of([2, 6, 4, 8, 10, 9, 15]), .of([1, 2, 3, 4]), .of([1])],
        description: """
            You are given an integer array `nums`. Find one contiguous stretch of it such that sorting just that \
            stretch in ascending order leaves the entire array sorted in ascending order, and make the stretch as \
            short as possible. Return its length, or `0` when `nums` is already sorted.

            Values may repeat: "sorted" means non-decreasing, so equal values may stand side by side.
            """,
        output: "the length",
        notes: """
            ## Follow-up
            Sorting a copy and comparing takes O(n log n) time. Can you find the answer in O(n) time and O(1) \
            extra space?
            """,
        version: "581.1",
        // One pass from each side: the last index below the running maximum ends the window, the first index
        // above the running minimum (scanning backwards) starts it. O(n) time, O(1) space.
        solve: Solution { (nums: [Int]) -> Int in
            var (end, maximum) = (-1, Int.min)
            for (index, value) in nums.enumerated() { if value < maximum { end = index } else { maximum = value } }
            guard end >= 0 else { return 0 }
            var (start, minimum) = (end, Int.max)
            for index in nums.indices.reversed() {
                if nums[index] > minimum { start = index } else { minimum = nums[index] }
            }
            return end - start + 1
        },
        // Compares with a sorted copy: the answer spans the first to the last differing position.
        bruteForce: Solution { (nums: [Int]) -> Int in
            let sorted = nums.sorted()
            let differing = nums.indices.filter { nums[$0] != sorted[$0] }
            return differing.isEmpty ? 0 : differing.last! - differing.first! + 1
        },
        // Random, few distinct (1 to 5 adjacent values), sorted, one swap, a shuffled window, one outlier, all
        // equal, descending; sorted ones from the whole range or from a narrow one (many duplicates).
        generate: Generator { rng, count -> [Int] in
            let sorted = ArrayShape.oneOf(.random, .fewDistinct(1...5)).sorted
            let shapes = [.random, .fewDistinct(1...5), sorted, sorted.swappingTwo, sorted.shufflingWindow(upTo: 12),
                          sorted.withOutlier, .allEqual, sorted.reversed]
            return rng.array(shapes, count: count, in: values)
        },
        // Strictly ascending values (answer 0), and the same with the two middle values swapped (answer 2):
        // comparing pairs, even stopping each scan at the first value out of order, finds nothing to stop at
        // for n/2 starts from either end. Steps of 1 to 19 from the lowest value stay inside the range.
        worstCases: { rng, count in
            var value = values.lowerBound + rng.int(in: 0...10)
            let ascending = (0..<count).map { _ in defer { value += rng.int(in: 1...19) }; return value }
            var swapped = ascending
            if count >= 2 { swapped.swapAt(count / 2 - 1, count / 2) }
            return [WorstCase("ascending, answer 0", ascending), WorstCase("middle pair swapped", swapped)]
        }
    )
}
