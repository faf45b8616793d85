class Solution {
    public void moveZeroes(int[] nums) {
        // Copy the non-zeros forward in order, then fill the rest with zeros.
        int write = 0;
        for (int x : nums) {
            if (x != 0) nums[write++] = x;
        }
        while (write < nums.length) nums[write++] = 0;
    }
}
