# LeetCode 543, naive: at every node, compute the heights of both subtrees from scratch.
# O(n^2) on a path-shaped tree: about 5 * 10^7 calls at n = 10^4. Expected: TLE (the same
# recursion in C++ would pass).
class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        def height(node):
            if node is None:
                return 0
            return 1 + max(height(node.left), height(node.right))

        if root is None:
            return 0
        through_root = height(root.left) + height(root.right)
        return max(through_root, self.diameterOfBinaryTree(root.left), self.diameterOfBinaryTree(root.right))
