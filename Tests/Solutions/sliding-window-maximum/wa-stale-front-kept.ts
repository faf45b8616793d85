function maxSlidingWindow(nums: number[], k: number): number[] {
    // Monotonic deque that never drops the front when it leaves the window, so an old maximum stays.
    const dq: number[] = [];
    let head = 0;
    const result: number[] = [];
    for (let i = 0; i < nums.length; i++) {
        while (dq.length > head && nums[dq[dq.length - 1]] <= nums[i]) dq.pop();
        dq.push(i);
        if (i >= k - 1) result.push(nums[dq[head]]);
    }
    return result;
};
