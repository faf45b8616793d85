import Foundation

class Solution {
    func merge(_ intervals: [[Int]]) -> [[Int]] {
        // Sort by start and merge, with LeetCode's usual "import Foundation" on top.
        let sorted = intervals.sorted { $0[0] < $1[0] }
        var merged: [[Int]] = [sorted[0]]
        for iv in sorted.dropFirst() {
            if iv[0] <= merged[merged.count - 1][1] {
                merged[merged.count - 1][1] = max(merged[merged.count - 1][1], iv[1])
            } else {
                merged.append(iv)
            }
        }
        return merged
    }
}
