func findKthLargest(nums []int, k int) int {
	// Quickselect for index n - k in ascending order, with a random pivot and a three-way
	// partition so that runs of equal values do not make it quadratic.
	want := len(nums) - k
	lo, hi := 0, len(nums)-1
	for {
		pivot := nums[lo+rand.Intn(hi-lo+1)]
		lt, i, gt := lo, lo, hi
		for i <= gt {
			switch {
			case nums[i] < pivot:
				nums[lt], nums[i] = nums[i], nums[lt]
				lt++
				i++
			case nums[i] > pivot:
				nums[i], nums[gt] = nums[gt], nums[i]
				gt--
			default:
				i++
			}
		}
		switch {
		case want < lt:
			hi = lt - 1
		case want > gt:
			lo = gt + 1
		default:
			return pivot
		}
	}
}
