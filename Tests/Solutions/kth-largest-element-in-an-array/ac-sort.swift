class Solution {
    func findKthLargest(_ nums: [Int], _ k: Int) -> Int {
        // Sort descending and take the k-th: O(n log n), accepted.
        return nums.sorted(by: >)[k - 1]
    }
}
