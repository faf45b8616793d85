use std::cmp::Reverse;
use std::collections::BinaryHeap;

impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        // A min-heap of the k largest values seen so far; its top is the k-th largest.
        let k = k as usize;
        let mut heap = BinaryHeap::with_capacity(k + 1);
        for x in nums {
            heap.push(Reverse(x));
            if heap.len() > k {
                heap.pop();
            }
        }
        heap.peek().unwrap().0
    }
}
