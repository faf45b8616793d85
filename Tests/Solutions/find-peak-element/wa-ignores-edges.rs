impl Solution {
    pub fn find_peak_element(nums: Vec<i32>) -> i32 {
        // Looks only at interior elements, forgetting that the first and last can be peaks.
        for i in 1..nums.len().saturating_sub(1) {
            if nums[i] > nums[i - 1] && nums[i] > nums[i + 1] {
                return i as i32;
            }
        }
        0
    }
}
