class Solution {
    public void moveZeroes(int[] nums) {
        // Swaps each zero with the last non-zero slot at the end: every zero ends up at the back,
        // but the non-zeros lose their order.
        int end = nums.length - 1;
        for (int i = 0; i < end; i++) {
            if (nums[i] == 0) {
                while (end > i && nums[end] == 0) end--;
                int t = nums[i]; nums[i] = nums[end]; nums[end] = t;
                end--;
            }
        }
    }
}
