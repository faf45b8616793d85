class Solution {
    public int findKthLargest(int[] nums, int k) {
        // A min-heap of the k largest values seen so far; its head is the k-th largest.
        PriorityQueue<Integer> heap = new PriorityQueue<>();
        for (int x : nums) {
            heap.offer(x);
            if (heap.size() > k) heap.poll();
        }
        return heap.peek();
    }
}
