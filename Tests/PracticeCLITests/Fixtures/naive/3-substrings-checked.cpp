// LeetCode 3, naive: check every substring s[i..j) for a repeated character and keep the
// longest one without. Each check scans the substring until its first repeat (at most 96
// characters), so O(n^2 * min(n, 95)): about 10^11 steps at n = 5 * 10^4 over the whole
// printable alphabet. Expected: TLE.
class Solution {
    bool allDistinct(const string& s, int from, int to) {
        bool seen[128] = {false};
        for (int i = from; i < to; ++i) {
            if (seen[(unsigned char)s[i]]) return false;
            seen[(unsigned char)s[i]] = true;
        }
        return true;
    }
public:
    int lengthOfLongestSubstring(string s) {
        int n = s.size(), best = 0;
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j <= n; ++j)
                if (allDistinct(s, i, j)) best = max(best, j - i);
        return best;
    }
};
