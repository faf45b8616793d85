class Solution {
    func findKthLargest(_ nums: [Int], _ k: Int) -> Int {
        // Takes the k-th largest distinct value: duplicates are dropped before sorting.
        let distinct = Array(Set(nums)).sorted(by: >)
        return distinct[min(k, distinct.count) - 1]
    }
}
