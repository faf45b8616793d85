function hasCycle(head: ListNode | null): boolean {
    const visited = new Set<ListNode>();
    while (head !== null) {
        if (visited.has(head)) return true;
        visited.add(head);
        head = head.next;
    }
    return false;
};
