# LeetCode 1, naive: try every pair i < j until one sums to the target.
# O(n^2) time: with the pair at the very end of n = 10^4 numbers, about 5 * 10^7 pairs,
# each a few Python bytecodes. Expected: TLE (the same loops in C++ are fast enough: AC).
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        n = len(nums)
        for i in range(n):
            for j in range(i + 1, n):
                if nums[i] + nums[j] == target:
                    return [i, j]
        return []
