class Solution:
    def isValid(self, s: str) -> bool:
        # Push openers; each closer must match the opener on top.
        pairs = {')': '(', ']': '[', '}': '{'}
        stack = []
        for c in s:
            if c in pairs:
                if not stack or stack.pop() != pairs[c]:
                    return False
            else:
                stack.append(c)
        return not stack
