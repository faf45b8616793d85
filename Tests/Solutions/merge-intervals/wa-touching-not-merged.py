class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        # start < end of the last one: intervals that only touch ([1,4] and [4,5]) stay apart.
        intervals.sort(key=lambda x: x[0])
        merged = []
        for start, end in intervals:
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return merged
