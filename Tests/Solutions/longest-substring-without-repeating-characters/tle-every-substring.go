func lengthOfLongestSubstring(s string) int {
	// Checks every substring for a repeat with a fresh set: O(n^3).
	best := 0
	for i := 0; i < len(s); i++ {
		for j := i + 1; j <= len(s); j++ {
			seen := make(map[byte]bool)
			unique := true
			for k := i; k < j; k++ {
				if seen[s[k]] {
					unique = false
					break
				}
				seen[s[k]] = true
			}
			if unique && j-i > best {
				best = j - i
			}
		}
	}
	return best
}
