class Solution {
    func findPeakElement(_ nums: [Int]) -> Int {
        // Climb towards the larger neighbour: a peak lies on the rising side.
        var lo = 0, hi = nums.count - 1
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            if nums[mid] < nums[mid + 1] {
                lo = mid + 1
            } else {
                hi = mid
            }
        }
        return lo
    }
}
