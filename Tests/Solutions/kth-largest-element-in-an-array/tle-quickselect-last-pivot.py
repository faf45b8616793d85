class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        # Quickselect with the last element as pivot (Lomuto): O(n^2) on sorted or all-equal input.
        target = len(nums) - k
        lo, hi = 0, len(nums) - 1
        while True:
            pivot = nums[hi]
            store = lo
            for i in range(lo, hi):
                if nums[i] <= pivot:
                    nums[i], nums[store] = nums[store], nums[i]
                    store += 1
            nums[store], nums[hi] = nums[hi], nums[store]
            if store == target:
                return nums[store]
            if store < target:
                lo = store + 1
            else:
                hi = store - 1
