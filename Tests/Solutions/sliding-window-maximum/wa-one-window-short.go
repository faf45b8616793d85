func maxSlidingWindow(nums []int, k int) []int {
	// Right deque, but starts reporting one step late: it returns n - k maxima and misses the first window.
	deque := []int{}
	result := []int{}
	for i, x := range nums {
		for len(deque) > 0 && nums[deque[len(deque)-1]] <= x {
			deque = deque[:len(deque)-1]
		}
		deque = append(deque, i)
		if deque[0] <= i-k {
			deque = deque[1:]
		}
		if i >= k {
			result = append(result, nums[deque[0]])
		}
	}
	return result
}
