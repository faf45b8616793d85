func findUnsortedSubarray(nums []int) int {
	// The last element below the running maximum ends the window;
	// scanning back, the last element above the running minimum starts it.
	n := len(nums)
	end, high := -1, math.MinInt
	for i := 0; i < n; i++ {
		if nums[i] < high {
			end = i
		} else {
			high = nums[i]
		}
	}
	start, low := 0, math.MaxInt
	for i := n - 1; i >= 0; i-- {
		if nums[i] > low {
			start = i
		} else {
			low = nums[i]
		}
	}
	if end == -1 {
		return 0
	}
	return end - start + 1
}
