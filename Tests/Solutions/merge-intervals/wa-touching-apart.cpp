class Solution {
public:
    vector<vector<int>> merge(vector<vector<int>>& intervals) {
        // Merges only on a strict overlap (<), so intervals that just touch, [1,4] and [4,5],
        // stay apart.
        sort(intervals.begin(), intervals.end());
        vector<vector<int>> merged;
        for (auto& in : intervals) {
            if (!merged.empty() && in[0] < merged.back()[1]) merged.back()[1] = max(merged.back()[1], in[1]);
            else merged.push_back(in);
        }
        return merged;
    }
};
