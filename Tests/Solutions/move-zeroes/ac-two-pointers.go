func moveZeroes(nums []int) {
	// Swap each non-zero into the next slot of the non-zero prefix.
	write := 0
	for read := range nums {
		if nums[read] != 0 {
			nums[write], nums[read] = nums[read], nums[write]
			write++
		}
	}
}
