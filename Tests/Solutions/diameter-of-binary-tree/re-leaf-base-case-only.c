int best = 0;

// The base case is a leaf, not a missing child: a node with one child recurses into NULL.
int depth(struct TreeNode* node) {
    if (node->left == NULL && node->right == NULL) return 1;
    int left = depth(node->left), right = depth(node->right);
    if (left + right > best) best = left + right;
    return 1 + (left > right ? left : right);
}

int diameterOfBinaryTree(struct TreeNode* root) {
    best = 0;
    depth(root);
    return best;
}
