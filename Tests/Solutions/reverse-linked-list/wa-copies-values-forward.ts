function reverseList(head: ListNode | null): ListNode | null {
    // builds a new list, but appends at the tail: the same order again
    const dummy = new ListNode();
    let tail = dummy;
    for (let node = head; node; node = node.next) {
        tail.next = new ListNode(node.val);
        tail = tail.next;
    }
    return dummy.next;
};
