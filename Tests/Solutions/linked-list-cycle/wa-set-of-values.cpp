class Solution {
public:
    bool hasCycle(ListNode *head) {
        unordered_set<int> seen;
        while (head) {
            if (seen.count(head->val)) return true;
            seen.insert(head->val);
            head = head->next;
        }
        return false;
    }
};
