/**
 * @param {number[]} nums
 * @return {number}
 */
var findUnsortedSubarray = function(nums) {
    // Left to right, the last index below the running maximum ends the window;
    // right to left, the last index above the running minimum starts it.
    const n = nums.length;
    let end = -1, high = -Infinity;
    for (let i = 0; i < n; i++) {
        if (nums[i] < high) end = i;
        else high = nums[i];
    }
    let start = 0, low = Infinity;
    for (let i = n - 1; i >= 0; i--) {
        if (nums[i] > low) start = i;
        else low = nums[i];
    }
    return end === -1 ? 0 : end - start + 1;
};
