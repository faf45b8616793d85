use std::collections::HashMap;

impl Solution {
    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {
        // Inserts the value before looking up its complement, so x + x == target pairs x with itself.
        let mut seen: HashMap<i32, i32> = HashMap::new();
        for (i, &x) in nums.iter().enumerate() {
            seen.insert(x, i as i32);
            if let Some(&j) = seen.get(&(target - x)) {
                return vec![j, i as i32];
            }
        }
        vec![]
    }
}
