class Solution {
    func merge(_ intervals: [[Int]]) -> [[Int]] {
        // Merges neighbours in the given order without sorting first.
        var merged: [[Int]] = []
        for iv in intervals {
            if let last = merged.last, iv[0] <= last[1] {
                merged[merged.count - 1][1] = max(last[1], iv[1])
            } else {
                merged.append(iv)
            }
        }
        return merged
    }
}
