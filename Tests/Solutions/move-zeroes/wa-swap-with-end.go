func moveZeroes(nums []int) {
	// Swaps each zero with the last unfixed element: the zeros end up at the back,
	// but the other values lose their relative order.
	end := len(nums) - 1
	for i := 0; i <= end; {
		if nums[i] == 0 {
			nums[i], nums[end] = nums[end], nums[i]
			end--
		} else {
			i++
		}
	}
}
