class Solution {
    public int findPeakElement(int[] nums) {
        // If nums[mid] < nums[mid + 1] a peak lies to the right of mid, otherwise at mid or left of it.
        int lo = 0, hi = nums.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (nums[mid] < nums[mid + 1]) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
