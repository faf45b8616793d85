/**
 * Definition for a binary tree node.
 * public class TreeNode {
 *     public var val: Int
 *     public var left: TreeNode?
 *     public var right: TreeNode?
 *     public init() { self.val = 0; self.left = nil; self.right = nil }
 *     public init(_ val: Int) { self.val = val; self.left = nil; self.right = nil }
 *     public init(_ val: Int, _ left: TreeNode?, _ right: TreeNode?) { self.val = val; self.left = left; self.right = right }
 * }
 */
class Solution {
    private var best = 0

    func diameterOfBinaryTree(_ root: TreeNode?) -> Int {
        best = 0
        _ = depth(root)
        return best
    }

    // The depth of a subtree, in nodes; the longest path through a node is left + right.
    private func depth(_ node: TreeNode?) -> Int {
        guard let node = node else { return 0 }
        let l = depth(node.left), r = depth(node.right)
        best = max(best, l + r)
        return 1 + max(l, r)
    }
}
