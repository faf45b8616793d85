func maxArea(height []int) int {
	// Start with the widest container and move the shorter side inwards.
	i, j, best := 0, len(height)-1, 0
	for i < j {
		h := min(height[i], height[j])
		best = max(best, h*(j-i))
		if height[i] < height[j] {
			i++
		} else {
			j--
		}
	}
	return best
}
