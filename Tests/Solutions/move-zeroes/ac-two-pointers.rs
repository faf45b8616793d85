impl Solution {
    pub fn move_zeroes(nums: &mut Vec<i32>) {
        // Swap each non-zero into the next slot of the non-zero prefix.
        let mut write = 0;
        for read in 0..nums.len() {
            if nums[read] != 0 {
                nums.swap(write, read);
                write += 1;
            }
        }
    }
}
