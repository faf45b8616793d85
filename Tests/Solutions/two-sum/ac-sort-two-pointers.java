class Solution {
    public int[] twoSum(int[] nums, int target) {
        // Sort the indices by value, then close in from both ends; the indices, not the sorted
        // positions, are returned.
        int n = nums.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Integer.compare(nums[a], nums[b]));
        int lo = 0, hi = n - 1;
        while (lo < hi) {
            long sum = (long) nums[order[lo]] + nums[order[hi]];
            if (sum == target) return new int[] {order[lo], order[hi]};
            if (sum < target) lo++;
            else hi--;
        }
        return new int[0];
    }
}
