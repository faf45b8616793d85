func maxSlidingWindow(nums []int, k int) []int {
	// Indices whose values decrease from front to back; the front is the window's maximum.
	deque := make([]int, 0, len(nums))
	result := make([]int, 0, len(nums)-k+1)
	for i, x := range nums {
		for len(deque) > 0 && nums[deque[len(deque)-1]] <= x {
			deque = deque[:len(deque)-1]
		}
		deque = append(deque, i)
		if deque[0] <= i-k {
			deque = deque[1:]
		}
		if i >= k-1 {
			result = append(result, nums[deque[0]])
		}
	}
	return result
}
