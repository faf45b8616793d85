func lengthOfLongestSubstring(s string) int {
	// last[c] = one past the last index of c; the window starts after the latest repeat.
	var last [128]int
	start, best := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if last[c] > start {
			start = last[c]
		}
		if i+1-start > best {
			best = i + 1 - start
		}
		last[c] = i + 1
	}
	return best
}
