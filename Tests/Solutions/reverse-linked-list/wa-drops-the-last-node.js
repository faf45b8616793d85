var reverseList = function(head) {
    if (!head) return null;
    let prev = null, cur = head;
    while (cur.next) {  // stops one node early: the last node is never linked in
        const next = cur.next;
        cur.next = prev;
        prev = cur;
        cur = next;
    }
    return prev;
};
