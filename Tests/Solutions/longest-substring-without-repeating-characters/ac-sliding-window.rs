impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        // last[c] = one past the last index of c; the window starts after the latest repeat.
        let bytes = s.as_bytes();
        let mut last = [0usize; 128];
        let mut start = 0;
        let mut best = 0;
        for (i, &c) in bytes.iter().enumerate() {
            start = start.max(last[c as usize]);
            best = best.max(i + 1 - start);
            last[c as usize] = i + 1;
        }
        best as i32
    }
}
