class Solution:
    def maxArea(self, height: List[int]) -> int:
        # Every pair of walls: O(n^2).
        best = 0
        for i in range(len(height)):
            for j in range(i + 1, len(height)):
                best = max(best, (j - i) * min(height[i], height[j]))
        return best
