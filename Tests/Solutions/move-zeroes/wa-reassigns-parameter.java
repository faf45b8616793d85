class Solution {
    public void moveZeroes(int[] nums) {
        // Builds the rearranged array and assigns it to the parameter: the caller's array is untouched.
        int[] result = new int[nums.length];
        int write = 0;
        for (int x : nums) {
            if (x != 0) result[write++] = x;
        }
        nums = result;
    }
}
