class Solution {
public:
    int lengthOfLongestSubstring(string s) {
        // Jumps left past the character's last occurrence even when that occurrence is already
        // left of the window, so the window can grow back over a repeat ("abba").
        unordered_map<char, int> last;
        int best = 0, left = 0;
        for (int i = 0; i < (int)s.size(); i++) {
            if (last.count(s[i])) left = last[s[i]] + 1;
            last[s[i]] = i;
            best = max(best, i - left + 1);
        }
        return best;
    }
};
