# LeetCode 581, naive: the left end is the first value with a smaller value somewhere after
# it, the right end the last value with a bigger value somewhere before it; both found by
# comparing pairs, each scan stopping at its first find. O(n^2): at n = 10^4 a sorted array
# (answer 0) compares all 5 * 10^7 pairs, and with its middle pair swapped both scans run
# half the array, about 7.5 * 10^7 pairs. Expected: TLE (the same loops in C++ would pass).
class Solution:
    def findUnsortedSubarray(self, nums: List[int]) -> int:
        n = len(nums)
        left = None
        for i in range(n):
            for j in range(i + 1, n):
                if nums[j] < nums[i]:
                    left = i
                    break
            if left is not None:
                break
        if left is None:
            return 0
        right = None
        for j in range(n - 1, -1, -1):
            for i in range(j - 1, -1, -1):
                if nums[i] > nums[j]:
                    right = j
                    break
            if right is not None:
                break
        return right - left + 1
