package main

// ListNode is LeetCode's singly-linked list node, predefined for Go solutions.
type ListNode struct {
	Val  int
	Next *ListNode
}
