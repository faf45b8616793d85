class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        // Stores nums[i] before looking up its complement, so when target == 2 * nums[i] it pairs
        // nums[i] with itself.
        unordered_map<int, int> seen;
        for (int i = 0; i < (int)nums.size(); i++) {
            seen[nums[i]] = i;
            auto it = seen.find(target - nums[i]);
            if (it != seen.end()) return {it->second, i};
        }
        return {};
    }
};
