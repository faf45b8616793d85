func twoSum(nums []int, target int) []int {
	// Tries every pair (O(n^2), fine for n = 10^4) and returns the larger index first.
	for j := 1; j < len(nums); j++ {
		for i := 0; i < j; i++ {
			if nums[i]+nums[j] == target {
				return []int{j, i}
			}
		}
	}
	return nil
}
