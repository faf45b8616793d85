class Solution:
    def findUnsortedSubarray(self, nums: List[int]) -> int:
        # Every pair out of order widens the window: O(n^2).
        left, right = len(nums), 0
        for i in range(len(nums)):
            for j in range(i + 1, len(nums)):
                if nums[j] < nums[i]:
                    left = min(left, i)
                    right = max(right, j)
        return right - left + 1 if right > left else 0
