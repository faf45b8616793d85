/**
 * @param {number[]} nums
 * @param {number} target
 * @return {number[]}
 */
var twoSum = function(nums, target) {
    // Two pointers on a sorted copy, but the indices returned are positions in the sorted copy.
    const sorted = [...nums].sort((a, b) => a - b);
    let lo = 0, hi = sorted.length - 1;
    while (lo < hi) {
        const sum = sorted[lo] + sorted[hi];
        if (sum === target) return [lo, hi];
        if (sum < target) lo++;
        else hi--;
    }
    return [];
};
