// LeetCode-style: only class Solution, judged through the Java driver (practice attempt 581 solution.java).
// One pass each way: the last element smaller than the maximum to its left ends the window, the first element
// larger than the minimum to its right starts it.
class Solution {
    public int findUnsortedSubarray(int[] nums) {
        int n = nums.length;
        int end = -1, start = 0;
        int max = Integer.MIN_VALUE, min = Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, nums[i]);
            if (nums[i] < max) end = i;
            min = Math.min(min, nums[n - 1 - i]);
            if (nums[n - 1 - i] > min) start = n - 1 - i;
        }
        return end == -1 ? 0 : end - start + 1;
    }
}
