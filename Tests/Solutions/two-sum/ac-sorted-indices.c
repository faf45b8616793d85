int* values;

int byValue(const void* a, const void* b) {
    int x = values[*(const int*)a], y = values[*(const int*)b];
    return (x > y) - (x < y);
}

int* twoSum(int* nums, int numsSize, int target, int* returnSize) {
    // Sorts the indices by value, then closes in from both ends: O(n log n), and the indices are the original ones.
    int* order = malloc(numsSize * sizeof(int));
    for (int i = 0; i < numsSize; i++) order[i] = i;
    values = nums;
    qsort(order, numsSize, sizeof(int), byValue);
    int lo = 0, hi = numsSize - 1;
    int* result = malloc(2 * sizeof(int));
    *returnSize = 0;
    while (lo < hi) {
        long long sum = (long long)nums[order[lo]] + nums[order[hi]];
        if (sum == target) {
            result[0] = order[lo];
            result[1] = order[hi];
            *returnSize = 2;
            break;
        }
        if (sum < target) lo++;
        else hi--;
    }
    free(order);
    return result;
}
