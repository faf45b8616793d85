// LeetCode 215, quickselect as in the textbook: Lomuto partition around a random pivot,
// then continue on the side holding the k-th largest. O(n) on average, but values equal to
// the pivot all go to one side, so n equal values cost O(n^2): about 5 * 10^9 steps at
// n = 10^5. Expected: TLE.
class Solution {
    int partition(vector<int>& a, int lo, int hi) {
        swap(a[lo + rand() % (hi - lo + 1)], a[hi]);
        int pivot = a[hi], store = lo;
        for (int i = lo; i < hi; ++i)
            if (a[i] >= pivot) swap(a[i], a[store++]);
        swap(a[store], a[hi]);
        return store;
    }
public:
    int findKthLargest(vector<int>& nums, int k) {
        int lo = 0, hi = nums.size() - 1, want = k - 1;
        while (true) {
            int p = partition(nums, lo, hi);
            if (p == want) return nums[p];
            if (p < want) lo = p + 1; else hi = p - 1;
        }
    }
};
