function lengthOfLongestSubstring(s: string): number {
    // Returns the number of distinct characters, as if they could all be in one substring.
    return new Set(s).size;
};
