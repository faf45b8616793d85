impl Solution {
    pub fn find_unsorted_subarray(nums: Vec<i32>) -> i32 {
        // Left to right: the last element below the running maximum ends the window.
        // Right to left: the last element above the running minimum starts it.
        let n = nums.len();
        let mut end: i32 = -1;
        let mut high = i32::MIN;
        for i in 0..n {
            if nums[i] < high {
                end = i as i32;
            } else {
                high = nums[i];
            }
        }
        let mut start: i32 = 0;
        let mut low = i32::MAX;
        for i in (0..n).rev() {
            if nums[i] > low {
                start = i as i32;
            } else {
                low = nums[i];
            }
        }
        if end == -1 { 0 } else { end - start + 1 }
    }
}
