function lengthOfLongestSubstring(s: string): number {
    // last[c]: where c was last seen; the window starts after the latest repeat.
    const last = new Map<string, number>();
    let start = 0, best = 0;
    for (let i = 0; i < s.length; i++) {
        const seen = last.get(s[i]);
        if (seen !== undefined && seen >= start) start = seen + 1;
        last.set(s[i], i);
        best = Math.max(best, i - start + 1);
    }
    return best;
};
