/**
 Do not return anything, modify nums in-place instead.
 */
function moveZeroes(nums: number[]): void {
    // Splices each zero out and pushes it to the end while moving forward, so the next element (another zero)
    // slides into i and is skipped.
    const n = nums.length;
    for (let i = 0; i < n; i++) {
        if (nums[i] === 0) {
            nums.splice(i, 1);
            nums.push(0);
        }
    }
};
