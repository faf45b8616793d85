/**
 * @param {string} s
 * @return {number}
 */
var lengthOfLongestSubstring = function(s) {
    // Every substring checked for a repeat: O(n^2) substrings.
    const unique = (i, j) => {
        const seen = new Set();
        for (let k = i; k < j; k++) {
            if (seen.has(s[k])) return false;
            seen.add(s[k]);
        }
        return true;
    };
    let best = 0;
    for (let i = 0; i < s.length; i++) {
        for (let j = i + 1; j <= s.length; j++) {
            if (unique(i, j)) best = Math.max(best, j - i);
        }
    }
    return best;
};
