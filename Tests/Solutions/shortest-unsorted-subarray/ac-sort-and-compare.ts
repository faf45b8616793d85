function findUnsortedSubarray(nums: number[]): number {
    // The window is everything between the first and last positions that differ from the sorted order.
    const sorted = [...nums].sort((a, b) => a - b);
    let left = 0, right = nums.length - 1;
    while (left < nums.length && nums[left] === sorted[left]) left++;
    if (left === nums.length) return 0;
    while (nums[right] === sorted[right]) right--;
    return right - left + 1;
};
