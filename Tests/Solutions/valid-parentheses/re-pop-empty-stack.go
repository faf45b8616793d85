func isValid(s string) bool {
	// Reads the top without checking for an empty stack: a leading closer indexes stack[-1].
	stack := []byte{}
	pairs := map[byte]byte{')': '(', ']': '[', '}': '{'}
	for i := 0; i < len(s); i++ {
		open, closing := pairs[s[i]]
		if !closing {
			stack = append(stack, s[i])
			continue
		}
		if stack[len(stack)-1] != open {
			return false
		}
		stack = stack[:len(stack)-1]
	}
	return len(stack) == 0
}
