class Solution:
    def findUnsortedSubarray(self, nums: List[int]) -> int:
        # Sort and compare, but the length is counted without the last differing position.
        ordered = sorted(nums)
        differ = [i for i in range(len(nums)) if nums[i] != ordered[i]]
        return differ[-1] - differ[0] if differ else 0
