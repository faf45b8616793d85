class Solution {
    public int findUnsortedSubarray(int[] nums) {
        // Sort a copy; the window runs from the first to the last position that differs.
        int[] sorted = nums.clone();
        Arrays.sort(sorted);
        int left = 0, right = nums.length - 1;
        while (left < nums.length && nums[left] == sorted[left]) left++;
        if (left == nums.length) return 0;
        while (nums[right] == sorted[right]) right--;
        return right - left + 1;
    }
}
