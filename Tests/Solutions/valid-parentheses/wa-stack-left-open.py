class Solution:
    def isValid(self, s: str) -> bool:
        # Matches every closer, but forgets to check that nothing is left open at the end ("((").
        pairs = {')': '(', ']': '[', '}': '{'}
        stack = []
        for c in s:
            if c in pairs:
                if not stack or stack.pop() != pairs[c]:
                    return False
            else:
                stack.append(c)
        return True
