"""LeetCode 581 in function mode with the classic bug of wrong.py: it measures the span between the
first and the last adjacent descent without widening it, so [2,1,1] gives 2 instead of 3.
"""
from typing import List


class Solution:
    def findUnsortedSubarray(self, nums: List[int]) -> int:
        descents = [i for i in range(len(nums) - 1) if nums[i] > nums[i + 1]]
        if not descents:
            return 0
        return descents[-1] + 1 - descents[0] + 1
