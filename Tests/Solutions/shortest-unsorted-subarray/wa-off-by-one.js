/**
 * @param {number[]} nums
 * @return {number}
 */
var findUnsortedSubarray = function(nums) {
    // Sort a copy and compare, but the length forgets the + 1.
    const sorted = [...nums].sort((a, b) => a - b);
    let left = 0, right = nums.length - 1;
    while (left < nums.length && nums[left] === sorted[left]) left++;
    if (left === nums.length) return 0;
    while (nums[right] === sorted[right]) right--;
    return right - left;
};
