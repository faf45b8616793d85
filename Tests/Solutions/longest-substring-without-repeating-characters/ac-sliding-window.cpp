class Solution {
public:
    int lengthOfLongestSubstring(string s) {
        // The window [left, i] has no repeat; on a repeat, left jumps past the earlier copy.
        vector<int> last(128, -1);
        int best = 0, left = 0;
        for (int i = 0; i < (int)s.size(); i++) {
            unsigned char c = s[i];
            if (last[c] >= left) left = last[c] + 1;
            last[c] = i;
            best = max(best, i - left + 1);
        }
        return best;
    }
};
