class Solution {
    public int maxArea(int[] height) {
        // Start with the widest container and always move the shorter line inward.
        int lo = 0, hi = height.length - 1, best = 0;
        while (lo < hi) {
            int h = Math.min(height[lo], height[hi]);
            best = Math.max(best, (hi - lo) * h);
            if (height[lo] < height[hi]) lo++;
            else hi--;
        }
        return best;
    }
}
