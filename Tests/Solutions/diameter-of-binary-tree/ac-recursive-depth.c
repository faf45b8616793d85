/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */
int best;

int depth(struct TreeNode* node) {
    // The longest path through a node joins its two deepest branches.
    if (node == NULL) return 0;
    int left = depth(node->left);
    int right = depth(node->right);
    if (left + right > best) best = left + right;
    return 1 + (left > right ? left : right);
}

int diameterOfBinaryTree(struct TreeNode* root) {
    best = 0;
    depth(root);
    return best;
}
