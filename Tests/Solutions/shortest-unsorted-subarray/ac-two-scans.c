int findUnsortedSubarray(int* nums, int numsSize) {
    // From the left, the last element below the running maximum ends the subarray; from the right,
    // the last element above the running minimum starts it.
    int end = -1, start = 0;
    int max = nums[0], min = nums[numsSize - 1];
    for (int i = 1; i < numsSize; i++) {
        if (nums[i] < max) end = i;
        else max = nums[i];
    }
    for (int i = numsSize - 2; i >= 0; i--) {
        if (nums[i] > min) start = i;
        else min = nums[i];
    }
    return end == -1 ? 0 : end - start + 1;
}
