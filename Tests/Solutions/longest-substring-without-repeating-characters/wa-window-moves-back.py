class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        # Jumps start past the last occurrence even when that occurrence is already left of the window ("abba").
        last = {}
        start = best = 0
        for i, c in enumerate(s):
            if c in last:
                start = last[c] + 1
            last[c] = i
            best = max(best, i - start + 1)
        return best
