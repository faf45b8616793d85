int cmp(const void* a, const void* b) { return (*(int*)a > *(int*)b) - (*(int*)a < *(int*)b); }

int* twoSum(int* nums, int numsSize, int target, int* returnSize) {
    // Sorts nums itself, then two pointers: the indices returned are positions in the sorted array, not the original.
    qsort(nums, numsSize, sizeof(int), cmp);
    int* ans = malloc(sizeof(int) * 2);
    *returnSize = 2;
    int l = 0, r = numsSize - 1;
    while (l < r) {
        if (nums[l] + nums[r] == target) {
            ans[0] = l;
            ans[1] = r;
            return ans;
        }
        if (nums[l] + nums[r] < target) l++;
        else r--;
    }
    return ans;
}
