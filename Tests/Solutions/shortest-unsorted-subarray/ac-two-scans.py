class Solution:
    def findUnsortedSubarray(self, nums: List[int]) -> int:
        # The last index below the running maximum ends the window; the first above the running minimum starts it.
        end, high = -1, -inf
        for i, x in enumerate(nums):
            if x < high:
                end = i
            else:
                high = x
        start, low = 0, inf
        for i in range(len(nums) - 1, -1, -1):
            if nums[i] > low:
                start = i
            else:
                low = nums[i]
        return end - start + 1 if end != -1 else 0
