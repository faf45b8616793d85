/// LeetCode 33: the index of a target in an ascending array of distinct values that was rotated.
public struct SearchInRotatedSortedArray: DeclaredProblem {
    public init() {}
    static let values = -10_000...10_000

    public static let declaration = ProblemDeclaration(
        33, "search-in-rotated-sorted-array", "Search in Rotated Sorted Array", .medium,
        tags: ["array", "binary-search"], function: "search",
        parameters: ["nums": .array(.int(values), count: 1...5_000), "target": .int(values)], returns: .int(-1...4_999),
        examples: [.of([4, 5, 6, 7, 0, 1, 2], 0), .of([4, 5, 6, 7, 0, 1, 2], 3), .of([1], 0)],
        description: """
            An array of distinct integers was sorted in ascending order and then rotated: for some `0 <= r < n` its \
            last `r` elements were moved, in order, to the front. So `[0,1,2,4,5,6,7]` rotated by `3` is \
            `[5,6,7,0,1,2,4]`, and rotated by `0` it stays sorted. You are given the rotated array `nums` and an \
            integer `target`. Return the index of `target` in `nums`, or `-1` if it is not there.
            """,
        output: "the index (counting from 0), or `-1`",
        constraints: ["the values of `nums` are distinct",
                      "`nums` is an ascending array rotated by some `r`, `0 <= r < nums.length`"],
        notes: "## Follow-up\nA linear scan takes O(n) time. Can you find the target in O(log n)?",
        version: "33.1",
        rule: Rule { (nums: [Int], _: Int) -> String? in
            var indexOf: [Int: Int] = [:]
            for (index, value) in nums.enumerated() {
                if let earlier = indexOf.updateValue(index, forKey: value) {
                    return "nums[\(earlier)] and nums[\(index)] are both \(value); values must be distinct"
                }
            }
            let descents = nums.indices.dropLast().filter { nums[$0] > nums[$0 + 1] }
            let falls = "nums is not a rotated ascending array: it falls after index"
            if descents.count > 1 { return "\(falls) \(descents[0]) and again after index \(descents[1])" }
            if let descent = descents.first, let last = nums.last, last > nums[0] {
                return "\(falls) \(descent) but its last value \(last) is above its first \(nums[0])"
            }
            return nil
        },
        // Binary search: one half of [low, high] is always sorted; look there if the target lies in its range.
        solve: Solution { (nums: [Int], target: Int) -> Int in
            var (low, high) = (0, nums.count - 1)
            while low <= high {
                let middle = (low + high) / 2
                if nums[middle] == target { return middle }
                if nums[low] <= nums[middle] {
                    if nums[low] <= target && target < nums[middle] { high = middle - 1 } else { low = middle + 1 }
                } else {
                    if nums[middle] < target && target <= nums[high] { low = middle + 1 } else { high = middle - 1 }
                }
            }
            return -1
        },
        bruteForce: Solution { (nums: [Int], target: Int) -> Int in nums.firstIndex(of: target) ?? -1 },
        // Values consecutive, spread or with both extremes; rotations 0, 1, n - 1, n/2 or any; the target at a
        // random index, the smallest, the largest, the front, the back, missing, below all or above all.
        generate: Generator { rng, count -> ([Int], Int) in
            let kind = rng.int(in: 0...2)
            let start = kind == 0 ? rng.int(in: values.lowerBound...(values.upperBound - count + 1)) : 0
            let ends: Set = kind == 2 && count >= 2 ? [values.lowerBound, values.upperBound] : []
            let sorted = kind == 0 ? Array(start..<(start + count))
                : rng.distinctSorted(count, in: values, including: ends)
            let rotation = [0, 1 % count, count - 1, count / 2, -1][rng.int(in: 0...4)]
            let nums = sorted.rotated(by: rotation >= 0 ? rotation : rng.int(in: 0...(count - 1)))
            let (smallest, largest) = (sorted[0], sorted[count - 1])
            let target = switch rng.int(in: 0...7) {
            case 0: rng.element(of: nums)
            case 1: smallest
            case 2: largest
            case 3: nums[0]
            case 4: nums[count - 1]
            case 5: rng.int(in: values, notIn: Set(nums))
            case 6: smallest > values.lowerBound ? smallest - 1 : rng.int(in: values, notIn: Set(nums))
            default: largest < values.upperBound ? largest + 1 : rng.int(in: values, notIn: Set(nums))
            }
            return (nums, target)
        },
        // Even values rotated by n/2 and an odd target, or the last element: a scan runs to the end.
        worstCases: { rng, count in
            let low = rng.int(in: values.lowerBound...(values.upperBound - 2 * count))
            let nums = (0..<count).map { low + 2 * $0 }.rotated(by: count / 2)
            let absent = low + 2 * rng.int(in: 0...(count - 1)) + 1
            return [WorstCase("target missing", nums, absent), WorstCase("target last", nums, nums[count - 1])]
        }
    )
}
