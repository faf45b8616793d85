function findKthLargest(nums: number[], k: number): number {
    // Quickselect with the last element as pivot (Lomuto): O(n^2) on sorted or all-equal input.
    const target = nums.length - k;
    let lo = 0, hi = nums.length - 1;
    while (true) {
        const pivot = nums[hi];
        let store = lo;
        for (let i = lo; i < hi; i++) {
            if (nums[i] <= pivot) {
                [nums[i], nums[store]] = [nums[store], nums[i]];
                store++;
            }
        }
        [nums[store], nums[hi]] = [nums[hi], nums[store]];
        if (store === target) return nums[store];
        if (store < target) lo = store + 1;
        else hi = store - 1;
    }
};
