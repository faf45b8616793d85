class Solution {
    func maxArea(_ height: [Int]) -> Int {
        // Start with the widest container and move the shorter side inwards.
        var i = 0, j = height.count - 1, best = 0
        while i < j {
            best = max(best, min(height[i], height[j]) * (j - i))
            if height[i] < height[j] {
                i += 1
            } else {
                j -= 1
            }
        }
        return best
    }
}
