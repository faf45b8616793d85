int cmp(const void* a, const void* b) { return (*(int*)a > *(int*)b) - (*(int*)a < *(int*)b); }

int findUnsortedSubarray(int* nums, int numsSize) {
    // Compares with a sorted copy, but returns end - start without the + 1.
    int* sorted = malloc(numsSize * sizeof(int));
    memcpy(sorted, nums, numsSize * sizeof(int));
    qsort(sorted, numsSize, sizeof(int), cmp);
    int start = 0, end = numsSize - 1;
    while (start < numsSize && nums[start] == sorted[start]) start++;
    while (end > start && nums[end] == sorted[end]) end--;
    free(sorted);
    return start == numsSize ? 0 : end - start;
}
