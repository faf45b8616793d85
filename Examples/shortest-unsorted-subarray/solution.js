// LeetCode 581, Shortest Unsorted Continuous Subarray, in LeetCode's JavaScript form: a function
// assigned to a variable, called once per test by practice's function-mode driver.
// O(n), two scans (see solution.py).

/**
 * @param {number[]} nums
 * @return {number}
 */
var findUnsortedSubarray = function (nums) {
  let end = -1;
  let runningMax = -Infinity;
  for (let i = 0; i < nums.length; i++) {
    if (nums[i] < runningMax) end = i;
    else runningMax = nums[i];
  }
  if (end === -1) return 0;
  let start = end;
  let runningMin = Infinity;
  for (let i = nums.length - 1; i >= 0; i--) {
    if (nums[i] > runningMin) start = i;
    else runningMin = nums[i];
  }
  return end - start + 1;
};
