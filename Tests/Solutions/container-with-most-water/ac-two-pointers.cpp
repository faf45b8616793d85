class Solution {
public:
    int maxArea(vector<int>& height) {
        // Start with the widest container and always move the shorter line inward:
        // keeping it can only give narrower containers that are no taller.
        int lo = 0, hi = height.size() - 1, best = 0;
        while (lo < hi) {
            best = max(best, (hi - lo) * min(height[lo], height[hi]));
            if (height[lo] < height[hi]) lo++;
            else hi--;
        }
        return best;
    }
};
