func reverseList(head *ListNode) *ListNode {
	if head == nil || head.Next == nil {
		return head
	}
	rest := reverseList(head.Next)
	head.Next.Next = head // head.Next = nil is missing: the first two nodes point at each other
	return rest
}
