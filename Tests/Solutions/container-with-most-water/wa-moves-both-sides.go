func maxArea(height []int) int {
	// Moves both pointers inwards at every step, skipping containers that keep one side.
	i, j, best := 0, len(height)-1, 0
	for i < j {
		h := min(height[i], height[j])
		best = max(best, h*(j-i))
		i++
		j--
	}
	return best
}
