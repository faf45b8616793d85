function hasCycle(head: ListNode | null): boolean {
    let slow = head, fast = head;
    while (fast && fast.next) {
        slow = slow!.next;
        fast = fast.next.next;
        if (slow && fast && slow.val === fast.val) return true;  // equal values, not the same node
    }
    return false;
};
