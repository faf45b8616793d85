use std::collections::VecDeque;

impl Solution {
    pub fn max_sliding_window(nums: Vec<i32>, k: i32) -> Vec<i32> {
        // Indices whose values decrease from front to back; the front is the window's maximum.
        let k = k as usize;
        let mut deque: VecDeque<usize> = VecDeque::new();
        let mut result = Vec::with_capacity(nums.len() + 1 - k);
        for i in 0..nums.len() {
            while let Some(&back) = deque.back() {
                if nums[back] <= nums[i] {
                    deque.pop_back();
                } else {
                    break;
                }
            }
            deque.push_back(i);
            if deque[0] + k <= i {
                deque.pop_front();
            }
            if i + 1 >= k {
                result.push(nums[deque[0]]);
            }
        }
        result
    }
}
