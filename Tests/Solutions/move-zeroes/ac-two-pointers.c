void moveZeroes(int* nums, int numsSize) {
    // Each non-zero is written at the next free slot, in order; the rest is zeroes.
    int write = 0;
    for (int i = 0; i < numsSize; i++) {
        if (nums[i] != 0) nums[write++] = nums[i];
    }
    while (write < numsSize) nums[write++] = 0;
}
