int findPeakElement(int* nums, int numsSize) {
    // Walk uphill: if mid is below its right neighbour a peak lies to the right, else at mid or to its left.
    int lo = 0, hi = numsSize - 1;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (nums[mid] < nums[mid + 1]) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}
