class Solution {
    func lengthOfLongestSubstring(_ s: String) -> Int {
        // last[c] = one past the last index of c; the window starts after the latest repeat.
        let chars = Array(s.utf8)
        var last = [Int](repeating: 0, count: 128)
        var start = 0, best = 0
        for (i, c) in chars.enumerated() {
            start = max(start, last[Int(c)])
            best = max(best, i + 1 - start)
            last[Int(c)] = i + 1
        }
        return best
    }
}
