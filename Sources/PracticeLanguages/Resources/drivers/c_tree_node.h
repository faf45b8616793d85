// LeetCode's binary tree node, defined before the solution unless it defines its own.
struct TreeNode {
    int val;
    struct TreeNode *left;
    struct TreeNode *right;
};
