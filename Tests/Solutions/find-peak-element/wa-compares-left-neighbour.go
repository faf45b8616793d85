func findPeakElement(nums []int) int {
	// Binary search that compares mid with its left neighbour but moves the wrong way:
	// on a rising slope it goes left, away from the peak.
	lo, hi := 0, len(nums)-1
	for lo < hi {
		mid := lo + (hi-lo+1)/2
		if nums[mid] > nums[mid-1] {
			hi = mid - 1
		} else {
			lo = mid
		}
	}
	return lo
}
