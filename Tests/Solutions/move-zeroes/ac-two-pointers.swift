class Solution {
    func moveZeroes(_ nums: inout [Int]) {
        // Swap each non-zero into the next slot of the non-zero prefix.
        var write = 0
        for read in 0..<nums.count where nums[read] != 0 {
            nums.swapAt(write, read)
            write += 1
        }
    }
}
