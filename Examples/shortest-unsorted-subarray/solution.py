"""LeetCode 581, Shortest Unsorted Continuous Subarray, as LeetCode asks for it: a method of
class Solution, called once per test by practice's function-mode driver (no stdin, no printing).

O(n), two scans: the right end is the last element below the running maximum, the left end the
first element above the running minimum from the right.
"""
from typing import List


class Solution:
    def findUnsortedSubarray(self, nums: List[int]) -> int:
        end = -1
        running_max = float("-inf")
        for i, value in enumerate(nums):
            if value < running_max:
                end = i
            else:
                running_max = value
        if end == -1:
            return 0
        start = end
        running_min = float("inf")
        for i in range(len(nums) - 1, -1, -1):
            if nums[i] > running_min:
                start = i
            else:
                running_min = nums[i]
        return end - start + 1
