// LeetCode 1, naive: try every pair i < j until one sums to the target.
// O(n^2) time, but n <= 10^4 makes that at most 5 * 10^7 additions: fast in C++. Expected: AC.
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        int n = nums.size();
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n; ++j)
                if ((long long)nums[i] + nums[j] == target) return {i, j};
        return {};
    }
};
