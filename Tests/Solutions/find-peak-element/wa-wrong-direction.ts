function findPeakElement(nums: number[]): number {
    // Binary search that walks downhill: below its right neighbour, it searches the left half.
    let lo = 0, hi = nums.length - 1;
    while (lo < hi) {
        const mid = Math.floor((lo + hi) / 2);
        if (nums[mid] < nums[mid + 1]) hi = mid;
        else lo = mid + 1;
    }
    return lo;
};
