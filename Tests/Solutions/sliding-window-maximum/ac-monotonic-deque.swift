class Solution {
    func maxSlidingWindow(_ nums: [Int], _ k: Int) -> [Int] {
        // Indices whose values decrease from front to back; the front is the window's maximum.
        // Swift has no deque: an array with a moving head.
        var deque: [Int] = []
        deque.reserveCapacity(nums.count)
        var head = 0
        var result: [Int] = []
        result.reserveCapacity(nums.count - k + 1)
        for i in 0..<nums.count {
            while deque.count > head && nums[deque[deque.count - 1]] <= nums[i] {
                deque.removeLast()
            }
            deque.append(i)
            if deque[head] <= i - k {
                head += 1
            }
            if i >= k - 1 {
                result.append(nums[deque[head]])
            }
        }
        return result
    }
}
