func findKthLargest(nums []int, k int) int {
	// Sorts ascending and reads index n - k - 1 instead of n - k (and clamps at 0).
	sort.Ints(nums)
	i := len(nums) - k - 1
	if i < 0 {
		i = 0
	}
	return nums[i]
}
