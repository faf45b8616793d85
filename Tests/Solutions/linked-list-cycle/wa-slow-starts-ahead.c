bool hasCycle(struct ListNode *head) {
    if (head == NULL) return false;
    struct ListNode *slow = head->next, *fast = head;
    while (fast != NULL && fast->next != NULL) {
        if (slow == fast) return true;
        slow = slow->next;
        fast = fast->next->next;
    }
    return false;
}
