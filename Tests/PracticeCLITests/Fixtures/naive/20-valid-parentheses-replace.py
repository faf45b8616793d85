# LeetCode 20, naive: delete adjacent matching pairs until none is left. Brackets nested n/2
# deep take n/2 rounds of three replaces over up to 10^4 characters: O(n^2), about 10^8
# character steps, but inside str.replace. LeetCode accepts it. Expected: AC.
class Solution:
    def isValid(self, s: str) -> bool:
        while True:
            shorter = s.replace("()", "").replace("[]", "").replace("{}", "")
            if shorter == s:
                return s == ""
            s = shorter
