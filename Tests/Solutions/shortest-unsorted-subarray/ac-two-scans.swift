class Solution {
    func findUnsortedSubarray(_ nums: [Int]) -> Int {
        // The last element below the running maximum ends the window;
        // scanning back, the last element above the running minimum starts it.
        let n = nums.count
        var end = -1, high = Int.min
        for i in 0..<n {
            if nums[i] < high {
                end = i
            } else {
                high = nums[i]
            }
        }
        var start = 0, low = Int.max
        for i in stride(from: n - 1, through: 0, by: -1) {
            if nums[i] > low {
                start = i
            } else {
                low = nums[i]
            }
        }
        return end == -1 ? 0 : end - start + 1
    }
}
