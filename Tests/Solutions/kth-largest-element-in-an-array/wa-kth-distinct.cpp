class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        // Drops duplicates with a set first, so it returns the k-th largest distinct value.
        set<int, greater<int>> values(nums.begin(), nums.end());
        auto it = values.begin();
        for (int i = 1; i < k && next(it) != values.end(); i++) ++it;
        return *it;
    }
};
