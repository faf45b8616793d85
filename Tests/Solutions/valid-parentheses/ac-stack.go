func isValid(s string) bool {
	// Push the closer each opener expects; every closer must match the top.
	stack := []byte{}
	pairs := map[byte]byte{'(': ')', '[': ']', '{': '}'}
	for i := 0; i < len(s); i++ {
		if closer, ok := pairs[s[i]]; ok {
			stack = append(stack, closer)
			continue
		}
		if len(stack) == 0 || stack[len(stack)-1] != s[i] {
			return false
		}
		stack = stack[:len(stack)-1]
	}
	return len(stack) == 0
}
