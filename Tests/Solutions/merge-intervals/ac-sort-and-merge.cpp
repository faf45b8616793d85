class Solution {
public:
    vector<vector<int>> merge(vector<vector<int>>& intervals) {
        // Sort by start; each interval either extends the last merged one or starts a new one.
        sort(intervals.begin(), intervals.end());
        vector<vector<int>> merged;
        for (auto& in : intervals) {
            if (!merged.empty() && in[0] <= merged.back()[1]) merged.back()[1] = max(merged.back()[1], in[1]);
            else merged.push_back(in);
        }
        return merged;
    }
};
