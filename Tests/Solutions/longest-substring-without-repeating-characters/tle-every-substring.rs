use std::collections::HashSet;

impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        // Checks every substring for a repeat with a fresh set: O(n^3).
        let b = s.as_bytes();
        let n = b.len();
        let mut best = 0;
        for i in 0..n {
            for j in i + 1..=n {
                let mut set = HashSet::new();
                let mut unique = true;
                for &c in &b[i..j] {
                    if !set.insert(c) {
                        unique = false;
                        break;
                    }
                }
                if unique {
                    best = best.max(j - i);
                }
            }
        }
        best as i32
    }
}
