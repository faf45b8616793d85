class Solution {
public:
    vector<int> maxSlidingWindow(vector<int>& nums, int k) {
        // A max-heap of (value, index); tops that slid out of the window are discarded lazily.
        priority_queue<pair<int, int>> heap;
        vector<int> result;
        for (int i = 0; i < (int)nums.size(); i++) {
            heap.push({nums[i], i});
            if (i >= k - 1) {
                while (heap.top().second <= i - k) heap.pop();
                result.push_back(heap.top().first);
            }
        }
        return result;
    }
};
