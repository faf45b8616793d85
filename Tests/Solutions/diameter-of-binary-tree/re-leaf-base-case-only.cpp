class Solution {
    int best = 0;

    // The base case is a leaf, not a missing child: a node with one child recurses into nullptr.
    int depth(TreeNode* node) {
        if (!node->left && !node->right) return 1;
        int left = depth(node->left), right = depth(node->right);
        best = max(best, left + right);
        return 1 + max(left, right);
    }
public:
    int diameterOfBinaryTree(TreeNode* root) {
        best = 0;
        depth(root);
        return best;
    }
};
