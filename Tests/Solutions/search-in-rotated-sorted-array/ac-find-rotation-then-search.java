class Solution {
    public int search(int[] nums, int target) {
        // Find the smallest element (the rotation point), then binary search the sorted side
        // that can hold target.
        int n = nums.length;
        int lo = 0, hi = n - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (nums[mid] > nums[hi]) lo = mid + 1;
            else hi = mid;
        }
        int pivot = lo;
        if (target >= nums[pivot] && target <= nums[n - 1]) {
            lo = pivot; hi = n - 1;
        } else {
            lo = 0; hi = pivot - 1;
        }
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (nums[mid] == target) return mid;
            if (nums[mid] < target) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }
}
