class Solution {
    public int findPeakElement(int[] nums) {
        // A linear scan that stands Integer.MIN_VALUE in for minus infinity beyond the ends, so an
        // end element equal to Integer.MIN_VALUE never beats its missing neighbour.
        int n = nums.length;
        for (int i = 0; i < n; i++) {
            int left = i > 0 ? nums[i - 1] : Integer.MIN_VALUE;
            int right = i + 1 < n ? nums[i + 1] : Integer.MIN_VALUE;
            if (nums[i] > left && nums[i] > right) return i;
        }
        return -1;
    }
}
