class Solution {
    public int findPeakElement(int[] nums) {
        // Binary search with lo <= hi that compares nums[mid] with nums[mid + 1]: once mid reaches
        // the last index it reads past the end (ArrayIndexOutOfBoundsException).
        int lo = 0, hi = nums.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) / 2;
            if (nums[mid] < nums[mid + 1]) lo = mid + 1;
            else hi = mid - 1;
        }
        return lo;
    }
}
