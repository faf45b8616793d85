/**
 * @param {number[]} nums
 * @return {void} Do not return anything, modify nums in-place instead.
 */
var moveZeroes = function(nums) {
    // Copy the non-zeros forward in order, then fill the rest with zeros.
    let write = 0;
    for (const x of nums) {
        if (x !== 0) nums[write++] = x;
    }
    while (write < nums.length) nums[write++] = 0;
};
