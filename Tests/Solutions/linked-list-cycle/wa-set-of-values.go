func hasCycle(head *ListNode) bool {
	seen := make(map[int]struct{})
	for head != nil {
		if _, ok := seen[head.Val]; ok {
			return true
		}
		seen[head.Val] = struct{}{}
		head = head.Next
	}
	return false
}
