impl Solution {
    pub fn move_zeroes(nums: &mut Vec<i32>) {
        // Copy the non-zeros forward in order, then fill the tail with zeros.
        let mut write = 0;
        for read in 0..nums.len() {
            if nums[read] != 0 {
                nums[write] = nums[read];
                write += 1;
            }
        }
        for i in write..nums.len() {
            nums[i] = 0;
        }
    }
}
