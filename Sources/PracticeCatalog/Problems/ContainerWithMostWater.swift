/// LeetCode 11: the most water two vertical lines can hold between them.
public struct ContainerWithMostWater: DeclaredProblem {
    public init() {}
    static let heights = 0...10_000

    public static let declaration = ProblemDeclaration(
        11, "container-with-most-water", "Container With Most Water", .medium,
        tags: ["array", "two-pointers", "greedy"], function: "maxArea",
        parameters: ["height": .array(.int(heights), count: 2...100_000, countName: "n (the length of height)")],
        returns: .int(0...1_000_000_000),
        examples: [.of([1, 8, 6, 2, 5, 4, 8, 3, 7]), .of([1, 1]), .of([4, 3, 2, 1, 4])],
        description: """
            You are given an integer array `height` of length `n`: `n` vertical lines stand at \
            `x = 0, 1, ..., n - 1`, line `i` reaching from `(i, 0)` up to `(i, height[i])`. Pick two lines; \
            together with the x-axis they form a container. Return the most water a container can hold.

            Lines `i < j` hold `(j - i) * min(height[i], height[j])`: the water rises to the shorter line, and the \
            lines between them do not matter. The container may not be tilted.
            """,
        output: "the largest amount of water",
        notes: """
            ## Follow-up
            Trying every pair takes O(n^2) time, too slow for `n = 10^5`. Can you do it in O(n)?
            """,
        version: "11.1",
        // Two pointers from the ends: moving the shorter line inwards is the only move that can help. O(n).
        solve: Solution { (height: [Int]) -> Int in
            var (left, right, best) = (0, height.count - 1, 0)
            while left < right {
                best = max(best, (right - left) * min(height[left], height[right]))
                if height[left] < height[right] { left += 1 } else { right -= 1 }
            }
            return best
        },
        bruteForce: Solution { (height: [Int]) -> Int in
            var best = 0
            for i in height.indices {
                for j in (i + 1)..<height.count { best = max(best, (j - i) * min(height[i], height[j])) }
            }
            return best
        },
        // The standard shapes in this order, plus a valley (tall ends), a mountain and two spikes.
        generate: Generator { rng, size -> [Int] in
            rng.array([.random, .fewDistinct(4), .ascending, .descending, .allEqual, .valley(), .mountain(), .twoSpikes,
                       .extremes], count: max(size, 2), in: heights)
        },
        // Random and ascending heights: trying every pair does n^2/2 products either way.
        worstCases: { rng, count in
            let heights = rng.ints(max(count, 2), in: heights)
            return [WorstCase("random", heights), WorstCase("ascending", heights.sorted())]
        }
    )
}
