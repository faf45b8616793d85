int lengthOfLongestSubstring(char* s) {
    // Every substring, each checked for a repeat with a fresh table: O(n^2) substrings.
    int n = strlen(s), best = 0;
    for (int i = 0; i < n; i++) {
        for (int j = i; j < n; j++) {
            bool seen[128] = {false};
            bool unique = true;
            for (int k = i; k <= j; k++) {
                if (seen[(int)s[k]]) {
                    unique = false;
                    break;
                }
                seen[(int)s[k]] = true;
            }
            if (unique && j - i + 1 > best) best = j - i + 1;
        }
    }
    return best;
}
