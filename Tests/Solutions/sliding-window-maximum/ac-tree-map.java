class Solution {
    public int[] maxSlidingWindow(int[] nums, int k) {
        // A TreeMap counts the values in the window; its last key is the maximum.
        TreeMap<Integer, Integer> window = new TreeMap<>();
        int n = nums.length;
        int[] result = new int[n - k + 1];
        for (int i = 0; i < n; i++) {
            window.merge(nums[i], 1, Integer::sum);
            if (i >= k) {
                int out = nums[i - k];
                if (window.merge(out, -1, Integer::sum) == 0) window.remove(out);
            }
            if (i >= k - 1) result[i - k + 1] = window.lastKey();
        }
        return result;
    }
}
