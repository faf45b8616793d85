function findPeakElement(nums: number[]): number {
    // The first element bigger than its right neighbour: every step before it went up.
    for (let i = 0; i + 1 < nums.length; i++) {
        if (nums[i] > nums[i + 1]) return i;
    }
    return nums.length - 1;
};
