// LeetCode's singly-linked list node, defined before the solution unless it defines its own.
struct ListNode {
    int val;
    struct ListNode *next;
};
