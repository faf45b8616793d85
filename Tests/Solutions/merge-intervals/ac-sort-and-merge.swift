class Solution {
    func merge(_ intervals: [[Int]]) -> [[Int]] {
        // Sort by start; extend the last merged interval while the next one starts inside it.
        var merged: [[Int]] = []
        for iv in intervals.sorted(by: { $0[0] < $1[0] }) {
            if let last = merged.last, iv[0] <= last[1] {
                merged[merged.count - 1][1] = max(last[1], iv[1])
            } else {
                merged.append(iv)
            }
        }
        return merged
    }
}
