impl Solution {
    pub fn find_peak_element(nums: Vec<i32>) -> i32 {
        // Climb towards the larger neighbour: a peak lies on the rising side.
        let (mut lo, mut hi) = (0, nums.len() - 1);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if nums[mid] < nums[mid + 1] {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo as i32
    }
}
