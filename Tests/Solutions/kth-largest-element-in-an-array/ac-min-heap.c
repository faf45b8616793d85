void siftDown(int* heap, int size, int i) {
    while (2 * i + 1 < size) {
        int child = 2 * i + 1;
        if (child + 1 < size && heap[child + 1] < heap[child]) child++;
        if (heap[i] <= heap[child]) break;
        int t = heap[i]; heap[i] = heap[child]; heap[child] = t;
        i = child;
    }
}

int findKthLargest(int* nums, int numsSize, int k) {
    // A min-heap of the k largest seen so far: its root is the k-th largest.
    int* heap = malloc(k * sizeof(int));
    for (int i = 0; i < k; i++) heap[i] = nums[i];
    for (int i = k / 2 - 1; i >= 0; i--) siftDown(heap, k, i);
    for (int i = k; i < numsSize; i++) {
        if (nums[i] > heap[0]) {
            heap[0] = nums[i];
            siftDown(heap, k, 0);
        }
    }
    int answer = heap[0];
    free(heap);
    return answer;
}
