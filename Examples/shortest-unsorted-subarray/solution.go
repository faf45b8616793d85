// 581. Shortest Unsorted Continuous Subarray, LeetCode style: one pass from each end.
// Scanning left to right, the last index below the running maximum ends the window;
// scanning right to left, the last index above the running minimum starts it.
func findUnsortedSubarray(nums []int) int {
	n := len(nums)
	end, start := -1, 0
	highest, lowest := nums[0], nums[n-1]
	for i := 0; i < n; i++ {
		highest = max(highest, nums[i])
		if nums[i] < highest {
			end = i
		}
		j := n - 1 - i
		lowest = min(lowest, nums[j])
		if nums[j] > lowest {
			start = j
		}
	}
	if end < 0 {
		return 0
	}
	return end - start + 1
}
