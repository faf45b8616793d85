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
    let best = 0;
    function height(node: TreeNode | null): number {
        if (node === null) return 0;
        const left = height(node.left);
        const right = height(node.right);
        best = Math.max(best, left + right);
        return 1 + Math.max(left, right);
    }
    height(root);
    return best;
};
