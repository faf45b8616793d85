// LeetCode 581, Shortest Unsorted Continuous Subarray, as LeetCode asks for it: class Solution,
// compiled with practice's generated driver, which reads each test into a vector<int> and calls
// findUnsortedSubarray on it. O(n), two scans (see solution.py).
class Solution {
public:
    int findUnsortedSubarray(vector<int>& nums) {
        const int n = static_cast<int>(nums.size());
        int end = -1;
        int runningMax = INT_MIN;
        for (int i = 0; i < n; ++i) {
            if (nums[i] < runningMax) end = i;
            else runningMax = nums[i];
        }
        if (end == -1) return 0;
        int start = end;
        int runningMin = INT_MAX;
        for (int i = n - 1; i >= 0; --i) {
            if (nums[i] > runningMin) start = i;
            else runningMin = nums[i];
        }
        return end - start + 1;
    }
};
