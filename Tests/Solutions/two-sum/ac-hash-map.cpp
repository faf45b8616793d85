class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        // One pass: before storing nums[i], look up the value it still needs.
        unordered_map<int, int> seen;
        for (int i = 0; i < (int)nums.size(); i++) {
            auto it = seen.find(target - nums[i]);
            if (it != seen.end()) return {it->second, i};
            seen[nums[i]] = i;
        }
        return {};
    }
};
