function twoSum(nums: number[], target: number): number[] {
    // Index every value first, then look up complements: a value equal to target / 2 pairs with itself.
    const index = new Map<number, number>();
    nums.forEach((x, i) => index.set(x, i));
    for (let i = 0; i < nums.length; i++) {
        const j = index.get(target - nums[i]);
        if (j !== undefined) return [i, j];
    }
    return [];
};
