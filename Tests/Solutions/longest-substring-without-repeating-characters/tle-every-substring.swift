class Solution {
    func lengthOfLongestSubstring(_ s: String) -> Int {
        // Checks every substring for a repeat with a fresh set: O(n^3).
        let chars = Array(s)
        var best = 0
        for i in 0..<chars.count {
            for j in (i + 1)...chars.count {
                var seen = Set<Character>()
                var unique = true
                for k in i..<j where !seen.insert(chars[k]).inserted {
                    unique = false
                    break
                }
                if unique { best = max(best, j - i) }
            }
        }
        return best
    }
}
