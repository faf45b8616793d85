class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        # The window [start, i] has no repeat; on a repeat, start jumps past the character's last position.
        last = {}
        start = best = 0
        for i, c in enumerate(s):
            if c in last and last[c] >= start:
                start = last[c] + 1
            last[c] = i
            best = max(best, i - start + 1)
        return best
