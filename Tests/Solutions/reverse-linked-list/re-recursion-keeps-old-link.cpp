class Solution {
public:
    ListNode* reverseList(ListNode* head) {
        if (!head || !head->next) return head;
        ListNode* rest = reverseList(head->next);
        head->next->next = head;  // and head->next = nullptr is missing: a cycle of two nodes
        return rest;
    }
};
