class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        # Keep the k largest seen so far in a min-heap; its top is the k-th largest.
        heap = []
        for x in nums:
            heapq.heappush(heap, x)
            if len(heap) > k:
                heapq.heappop(heap)
        return heap[0]
