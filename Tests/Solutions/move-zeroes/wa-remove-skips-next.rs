impl Solution {
    pub fn move_zeroes(nums: &mut Vec<i32>) {
        // Removes a zero and pushes it to the back while walking forward, so the element that
        // slides into position i is never looked at: consecutive zeros are left behind.
        let n = nums.len();
        for i in 0..n {
            if nums[i] == 0 {
                nums.remove(i);
                nums.push(0);
            }
        }
    }
}
