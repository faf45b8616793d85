class Solution {
public:
    vector<int> maxSlidingWindow(vector<int>& nums, int k) {
        // The deque holds indices whose values decrease from front to back; the front is the
        // window's maximum once indices that slid out are dropped.
        deque<int> dq;
        vector<int> result;
        for (int i = 0; i < (int)nums.size(); i++) {
            if (!dq.empty() && dq.front() <= i - k) dq.pop_front();
            while (!dq.empty() && nums[dq.back()] <= nums[i]) dq.pop_back();
            dq.push_back(i);
            if (i >= k - 1) result.push_back(nums[dq.front()]);
        }
        return result;
    }
};
