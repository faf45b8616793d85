class Solution {
public:
    vector<int> maxSlidingWindow(vector<int>& nums, int k) {
        // Monotonic deque, but the front is dropped one step late (< instead of <=), so a maximum
        // that just slid out of the window is still reported.
        deque<int> dq;
        vector<int> result;
        for (int i = 0; i < (int)nums.size(); i++) {
            if (!dq.empty() && dq.front() < i - k) dq.pop_front();
            while (!dq.empty() && nums[dq.back()] <= nums[i]) dq.pop_back();
            dq.push_back(i);
            if (i >= k - 1) result.push_back(nums[dq.front()]);
        }
        return result;
    }
};
