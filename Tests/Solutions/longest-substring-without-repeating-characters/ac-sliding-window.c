int lengthOfLongestSubstring(char* s) {
    // last[c]: one past the last index of c; the window starts after the latest repeat.
    int last[128] = {0};
    int best = 0, start = 0;
    for (int i = 0; s[i] != '\0'; i++) {
        unsigned char c = s[i];
        if (last[c] > start) start = last[c];
        last[c] = i + 1;
        if (i - start + 1 > best) best = i - start + 1;
    }
    return best;
}
