// LeetCode 581, Shortest Unsorted Continuous Subarray, as LeetCode asks for it in Rust: `impl Solution` with
// `find_unsorted_subarray`, compiled with practice's generated driver (which defines `pub struct Solution;`),
// which reads each test into a Vec<i32> and calls it. O(n): the right end of the window is the last element
// smaller than the maximum of everything before it; the left end is found the same way from the right.
impl Solution {
    pub fn find_unsorted_subarray(nums: Vec<i32>) -> i32 {
        let mut right = None;
        let mut highest = i32::MIN;
        for (i, &x) in nums.iter().enumerate() {
            if x < highest {
                right = Some(i);
            } else {
                highest = x;
            }
        }
        let right = match right {
            Some(right) => right,
            None => return 0,
        };
        let mut left = right;
        let mut lowest = i32::MAX;
        for (i, &x) in nums.iter().enumerate().rev() {
            if x > lowest {
                left = i;
            } else {
                lowest = x;
            }
        }
        (right - left + 1) as i32
    }
}
