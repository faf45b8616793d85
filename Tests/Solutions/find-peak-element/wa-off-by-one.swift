class Solution {
    func findPeakElement(_ nums: [Int]) -> Int {
        // Binary search whose "peak" is the first index where the array falls,
        // i.e. the element after the peak.
        var lo = 0, hi = nums.count - 1
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            if nums[mid] < nums[mid + 1] {
                lo = mid + 1
            } else {
                hi = mid
            }
        }
        return min(lo + 1, nums.count - 1)
    }
}
