class Solution {
public:
    int lengthOfLongestSubstring(string s) {
        // Every substring, each checked for a repeat with a fresh set: O(n^3).
        int n = s.size(), best = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                unordered_set<char> chars;
                bool unique = true;
                for (int k = i; k <= j; k++) {
                    if (!chars.insert(s[k]).second) { unique = false; break; }
                }
                if (unique) best = max(best, j - i + 1);
            }
        }
        return best;
    }
};
