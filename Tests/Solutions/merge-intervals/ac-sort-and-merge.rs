impl Solution {
    pub fn merge(intervals: Vec<Vec<i32>>) -> Vec<Vec<i32>> {
        // Sort by start; extend the last merged interval while the next one starts inside it.
        let mut intervals = intervals;
        intervals.sort_by_key(|v| v[0]);
        let mut merged: Vec<Vec<i32>> = Vec::new();
        for iv in intervals {
            if let Some(last) = merged.last_mut() {
                if iv[0] <= last[1] {
                    last[1] = last[1].max(iv[1]);
                    continue;
                }
            }
            merged.push(iv);
        }
        merged
    }
}
