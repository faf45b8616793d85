// LeetCode 581, Shortest Unsorted Continuous Subarray, in LeetCode's TypeScript form: a top-level function with
// typed parameters, type-checked by tsc and called once per test by practice's function-mode driver.
// O(n) time, O(1) space: a stack-free variant of the two scans (see solution.py). Walking inwards from both ends
// at once, `right` is the last index whose value is below the maximum seen from the left, `left` the first index
// whose value is above the minimum seen from the right.

function findUnsortedSubarray(nums: number[]): number {
    const n = nums.length;
    let highest = nums[0];
    let lowest = nums[n - 1];
    let left = 0;
    let right = -1;
    for (let i = 1; i < n; i++) {
        highest = Math.max(highest, nums[i]);
        if (nums[i] < highest) right = i;
        const j = n - 1 - i;
        lowest = Math.min(lowest, nums[j]);
        if (nums[j] > lowest) left = j;
    }
    return right - left + 1;
};
