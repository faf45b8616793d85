impl Solution {
    pub fn find_unsorted_subarray(nums: Vec<i32>) -> i32 {
        // Takes the window from the first descent to the last descent, without widening it
        // to the elements that still fall inside the window's value range.
        let n = nums.len();
        let mut first = n;
        let mut last = 0;
        for i in 1..n {
            if nums[i] < nums[i - 1] {
                if first == n {
                    first = i - 1;
                }
                last = i;
            }
        }
        if first == n { 0 } else { (last - first + 1) as i32 }
    }
}
