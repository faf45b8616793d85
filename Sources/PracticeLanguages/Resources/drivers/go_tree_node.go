package main

// TreeNode is LeetCode's binary tree node, predefined for Go solutions.
type TreeNode struct {
	Val   int
	Left  *TreeNode
	Right *TreeNode
}
