class Solution {
    func findUnsortedSubarray(_ nums: [Int]) -> Int {
        // Takes the window from the first descent to the last descent, without widening it
        // to the elements that still fall inside the window's value range.
        var first = -1, last = -1
        for i in 1..<max(nums.count, 1) where nums[i] < nums[i - 1] {
            if first == -1 { first = i - 1 }
            last = i
        }
        return first == -1 ? 0 : last - first + 1
    }
}
