import (
	"sort"
)

func merge(intervals [][]int) [][]int {
	// Sort by start and merge, with the imports written out as in a local file.
	sort.Slice(intervals, func(a, b int) bool { return intervals[a][0] < intervals[b][0] })
	merged := [][]int{}
	for _, iv := range intervals {
		if n := len(merged); n > 0 && iv[0] <= merged[n-1][1] {
			merged[n-1][1] = max(merged[n-1][1], iv[1])
		} else {
			merged = append(merged, iv)
		}
	}
	return merged
}
