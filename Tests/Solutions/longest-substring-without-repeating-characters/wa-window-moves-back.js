/**
 * @param {string} s
 * @return {number}
 */
var lengthOfLongestSubstring = function(s) {
    // Jumps start past the last occurrence without Math.max, so the window can move back ("abba").
    const last = new Map();
    let start = 0, best = 0;
    for (let i = 0; i < s.length; i++) {
        if (last.has(s[i])) start = last.get(s[i]) + 1;
        last.set(s[i], i);
        best = Math.max(best, i - start + 1);
    }
    return best;
};
