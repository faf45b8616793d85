class Solution {
    func maxSlidingWindow(_ nums: [Int], _ k: Int) -> [Int] {
        // Keeps a running maximum and only compares it with the incoming element,
        // never noticing when the maximum leaves the window.
        var result: [Int] = []
        var best = Int.min
        for i in 0..<nums.count {
            best = max(best, nums[i])
            if i >= k - 1 {
                result.append(best)
            }
        }
        return result
    }
}
