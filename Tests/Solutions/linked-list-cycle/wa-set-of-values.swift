class Solution {
    func hasCycle(_ head: ListNode?) -> Bool {
        var seen = Set<Int>()
        var node = head
        while let current = node {
            if !seen.insert(current.val).inserted { return true }
            node = current.next
        }
        return false
    }
}
