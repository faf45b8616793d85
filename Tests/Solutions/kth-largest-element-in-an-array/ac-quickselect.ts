function findKthLargest(nums: number[], k: number): number {
    // Quickselect with a random pivot and a three-way partition (equal values do not degrade it).
    const target = nums.length - k;
    let lo = 0, hi = nums.length - 1;
    while (true) {
        const pivot = nums[lo + Math.floor(Math.random() * (hi - lo + 1))];
        let lt = lo, i = lo, gt = hi;
        while (i <= gt) {
            if (nums[i] < pivot) {
                [nums[lt], nums[i]] = [nums[i], nums[lt]];
                lt++; i++;
            } else if (nums[i] > pivot) {
                [nums[gt], nums[i]] = [nums[i], nums[gt]];
                gt--;
            } else {
                i++;
            }
        }
        if (target < lt) hi = lt - 1;
        else if (target > gt) lo = gt + 1;
        else return pivot;
    }
};
