/// LeetCode 215: the k-th largest element of an array, counting duplicates.
public struct KthLargestElement: DeclaredProblem {
    public init() {}

    public static let declaration = ProblemDeclaration(
        215, "kth-largest-element-in-an-array", "Kth Largest Element in an Array", .medium,
        tags: ["array", "heap", "sorting", "quickselect"],
        function: "findKthLargest",
        parameters: ["nums": .array(.int(-10_000...10_000), count: 1...100_000),
                     "k": .int(1...100_000, atMost: .length(of: "nums"))],
        returns: .int(-10_000...10_000),
        examples: [.of([3, 2, 1, 5, 6, 4], 2), .of([3, 2, 3, 1, 2, 4, 5, 5, 6], 4), .of([-1], 1)],
        description: """
            You are given an integer array `nums` and an integer `k`. Return the element that would stand at \
            position `k` if `nums` were sorted in descending order (counting from 1).

            Duplicates count separately: in `[5,5,4]` the first and the second largest are both `5`, and the \
            third largest is `4`. You are asked for a value, not for the `k`-th largest distinct value.
            """,
        output: "the `k`-th largest element",
        notes: """
            ## Follow-up
            Sorting takes O(n log n) time. A min-heap of the `k` largest values seen so far takes O(n log k); \
            quickselect takes O(n) on average. Can you solve it without sorting?
            """,
        version: "215.1",
        // A min-heap of the k largest values seen so far: a larger value replaces its minimum. O(n log k).
        solve: Solution { (nums: [Int], k: Int) -> Int in
            var heap = MinHeap()
            for value in nums {
                if heap.count < k {
                    heap.insert(value)
                } else if value > heap.minimum {
                    heap.replaceMinimum(with: value)
                }
            }
            return heap.minimum
        },
        bruteForce: Solution { (nums: [Int], k: Int) -> Int in nums.sorted(by: >)[k - 1] },
        // The median of n equal values, of a sorted and of a reverse-sorted array: a quickselect that
        // partitions around a first or last pivot, or puts the pivot's equals on one side, removes one element
        // per round (O(n^2)); so does anything O(n k) at k = n/2.
        worstCases: { rng, count in
            let sorted = rng.ints(count, in: -10_000...10_000).sorted()
            let median = (count + 1) / 2
            return [
                WorstCase("all equal, k = n/2", Array(repeating: rng.int(in: -10_000...10_000), count: count), median),
                WorstCase("ascending, k = n/2", sorted, median),
                WorstCase("descending, k = n/2", Array(sorted.reversed()), median),
            ]
        }
    )
}
