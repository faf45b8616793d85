// LeetCode 11, naive: the water held by every pair of lines. O(n^2) time: about
// 5 * 10^9 pairs at n = 10^5. Expected: TLE.
class Solution {
public:
    int maxArea(vector<int>& height) {
        int n = height.size(), best = 0;
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n; ++j)
                best = max(best, (j - i) * min(height[i], height[j]));
        return best;
    }
};
