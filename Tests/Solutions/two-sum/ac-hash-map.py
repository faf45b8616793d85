class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        # One pass: remember where each value was seen and look up its complement.
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
        return []
