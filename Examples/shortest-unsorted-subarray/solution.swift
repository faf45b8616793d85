// LeetCode 581, Shortest Unsorted Continuous Subarray, in LeetCode's Swift form: class Solution,
// compiled with practice's generated driver (swiftc -O), which calls findUnsortedSubarray once per
// test. O(n), two scans (see solution.py).
class Solution {
    func findUnsortedSubarray(_ nums: [Int]) -> Int {
        var end = -1
        var runningMax = Int.min
        for (i, value) in nums.enumerated() {
            if value < runningMax { end = i } else { runningMax = value }
        }
        if end == -1 { return 0 }
        var start = end
        var runningMin = Int.max
        for i in stride(from: nums.count - 1, through: 0, by: -1) {
            if nums[i] > runningMin { start = i } else { runningMin = nums[i] }
        }
        return end - start + 1
    }
}
