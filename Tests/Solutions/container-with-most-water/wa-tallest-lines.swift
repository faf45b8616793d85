class Solution {
    func maxArea(_ height: [Int]) -> Int {
        // Picks the two tallest lines, ignoring the width between them.
        let order = height.indices.sorted { height[$0] > height[$1] }
        let a = order[0], b = order[1]
        return min(height[a], height[b]) * abs(a - b)
    }
}
