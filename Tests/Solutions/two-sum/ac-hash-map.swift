class Solution {
    func twoSum(_ nums: [Int], _ target: Int) -> [Int] {
        // Value -> index of the values seen so far; look up the complement before inserting.
        var seen: [Int: Int] = [:]
        for (i, x) in nums.enumerated() {
            if let j = seen[target - x] {
                return [j, i]
            }
            seen[x] = i
        }
        return []
    }
}
