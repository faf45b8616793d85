int* maxSlidingWindow(int* nums, int numsSize, int k, int* returnSize) {
    // A deque of indices whose values decrease: its front is the window's maximum.
    int* deque = malloc(numsSize * sizeof(int));
    int head = 0, tail = 0;
    int* result = malloc((numsSize - k + 1) * sizeof(int));
    *returnSize = 0;
    for (int i = 0; i < numsSize; i++) {
        while (tail > head && nums[deque[tail - 1]] <= nums[i]) tail--;
        deque[tail++] = i;
        if (deque[head] <= i - k) head++;
        if (i >= k - 1) result[(*returnSize)++] = nums[deque[head]];
    }
    free(deque);
    return result;
}
