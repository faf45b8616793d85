# LeetCode 3, the usual first improvement: from every start, extend until the first repeated
# character. O(n * min(n, 95)): at most 96 steps per start over printable ASCII, about
# 5 * 10^6 steps at n = 5 * 10^4. LeetCode accepts it. Expected: AC.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        best = 0
        for start in range(len(s)):
            seen = set()
            end = start
            while end < len(s) and s[end] not in seen:
                seen.add(s[end])
                end += 1
            best = max(best, end - start)
        return best
