impl Solution {
    pub fn find_peak_element(nums: Vec<i32>) -> i32 {
        // The first element bigger than its right neighbour is a peak (everything before it rises);
        // if none is, the last element is. O(n), which n <= 1000 allows.
        for i in 0..nums.len() - 1 {
            if nums[i] > nums[i + 1] {
                return i as i32;
            }
        }
        (nums.len() - 1) as i32
    }
}
