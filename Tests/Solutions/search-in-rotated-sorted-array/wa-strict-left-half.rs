impl Solution {
    pub fn search(nums: Vec<i32>, target: i32) -> i32 {
        // Tests the left half with nums[lo] < nums[mid]: when lo == mid the sorted left half
        // is taken for the unsorted one.
        let (mut lo, mut hi) = (0i32, nums.len() as i32 - 1);
        while lo <= hi {
            let mid = lo + (hi - lo) / 2;
            let m = nums[mid as usize];
            if m == target {
                return mid;
            }
            if nums[lo as usize] < m {
                if nums[lo as usize] <= target && target < m {
                    hi = mid - 1;
                } else {
                    lo = mid + 1;
                }
            } else if m < target && target <= nums[hi as usize] {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        -1
    }
}
