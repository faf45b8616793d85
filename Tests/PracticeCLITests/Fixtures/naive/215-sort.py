# LeetCode 215, naive: sort and index. O(n log n), which LeetCode accepts although the
# follow-up asks to avoid sorting. Expected: AC.
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        return sorted(nums, reverse=True)[k - 1]
