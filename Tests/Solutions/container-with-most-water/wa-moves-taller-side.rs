impl Solution {
    pub fn max_area(height: Vec<i32>) -> i32 {
        // Moves the taller side inwards instead of the shorter one.
        let (mut i, mut j) = (0, height.len() - 1);
        let mut best = 0;
        while i < j {
            let h = height[i].min(height[j]);
            best = best.max(h * (j - i) as i32);
            if height[i] > height[j] {
                i += 1;
            } else {
                j -= 1;
            }
        }
        best
    }
}
