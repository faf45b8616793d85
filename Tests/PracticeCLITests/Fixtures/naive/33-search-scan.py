# LeetCode 33, naive: ignore the rotation and scan for the target. O(n) with n <= 5000:
# LeetCode accepts it even though the follow-up asks for O(log n). Expected: AC.
class Solution:
    def search(self, nums: List[int], target: int) -> int:
        for i, value in enumerate(nums):
            if value == target:
                return i
        return -1
