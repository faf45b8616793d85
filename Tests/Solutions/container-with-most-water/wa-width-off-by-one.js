/**
 * @param {number[]} height
 * @return {number}
 */
var maxArea = function(height) {
    // Two pointers, but the width counts the walls (right - left + 1) instead of the gap between them.
    let left = 0, right = height.length - 1, best = 0;
    while (left < right) {
        best = Math.max(best, (right - left + 1) * Math.min(height[left], height[right]));
        if (height[left] < height[right]) left++;
        else right--;
    }
    return best;
};
