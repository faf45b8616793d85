class Solution {
    public int findUnsortedSubarray(int[] nums) {
        // Takes the window from the first descent to the last descent, without widening it
        // to take in the values that belong inside it.
        int n = nums.length;
        int start = -1, end = -1;
        for (int i = 0; i + 1 < n; i++) {
            if (nums[i] > nums[i + 1]) {
                if (start == -1) start = i;
                end = i + 1;
            }
        }
        return start == -1 ? 0 : end - start + 1;
    }
}
