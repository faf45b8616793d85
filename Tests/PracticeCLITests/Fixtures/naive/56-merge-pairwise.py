# LeetCode 56, naive: merge any two overlapping intervals, and repeat until no pair overlaps.
# Each round compares pairs until it finds an overlap; when nothing overlaps (all disjoint)
# the last round compares all n^2/2 pairs: 5 * 10^7 at n = 10^4, and a chain that merges one
# pair at a time pays a scan per merge. Expected: TLE (in C++, 5 * 10^7 comparisons would pass).
class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        merged = [list(interval) for interval in intervals]
        changed = True
        while changed:
            changed = False
            for i in range(len(merged)):
                for j in range(i + 1, len(merged)):
                    a, b = merged[i], merged[j]
                    if a[0] <= b[1] and b[0] <= a[1]:
                        merged[i] = [min(a[0], b[0]), max(a[1], b[1])]
                        del merged[j]
                        changed = True
                        break
                if changed:
                    break
        return sorted(merged)
