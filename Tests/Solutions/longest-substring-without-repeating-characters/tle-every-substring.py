class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        # Checks every substring for a repeat: O(n^2) substrings.
        def unique(i, j):
            seen = set()
            for k in range(i, j):
                if s[k] in seen:
                    return False
                seen.add(s[k])
            return True

        best = 0
        for i in range(len(s)):
            for j in range(i + 1, len(s) + 1):
                if unique(i, j):
                    best = max(best, j - i)
        return best
