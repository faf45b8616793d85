function findKthLargest(nums: number[], k: number): number {
    // LeetCode's MaxPriorityQueue: heapify everything, then take k - 1 off the top.
    const heap = MaxPriorityQueue.fromArray<number>(nums.slice());
    for (let i = 1; i < k; i++) heap.dequeue();
    return heap.front() as number;
};
