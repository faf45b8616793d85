func findPeakElement(nums []int) int {
	// Climb towards the larger neighbour: a peak lies on the rising side.
	lo, hi := 0, len(nums)-1
	for lo < hi {
		mid := lo + (hi-lo)/2
		if nums[mid] < nums[mid+1] {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}
