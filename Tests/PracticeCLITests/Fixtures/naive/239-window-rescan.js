// LeetCode 239, naive: every window's maximum found again by scanning its k values.
// O(n k) time: at n = 10^5 and k = n/2 that is 2.5 * 10^9 comparisons. Expected: TLE.

/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number[]}
 */
var maxSlidingWindow = function (nums, k) {
  const result = [];
  for (let start = 0; start <= nums.length - k; start++) {
    let best = -Infinity;
    for (let i = start; i < start + k; i++) {
      best = Math.max(best, nums[i]);
    }
    result.push(best);
  }
  return result;
};
