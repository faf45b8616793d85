int cmp(const void* a, const void* b) {
    return *(const int*)b - *(const int*)a;
}

int findKthLargest(int* nums, int numsSize, int k) {
    // Sorted from largest to smallest, the k-th largest is at k - 1.
    qsort(nums, numsSize, sizeof(int), cmp);
    return nums[k - 1];
}
