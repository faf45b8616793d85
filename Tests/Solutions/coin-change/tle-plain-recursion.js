/**
 * @param {number[]} coins
 * @param {number} amount
 * @return {number}
 */
var coinChange = function(coins, amount) {
    // Tries every coin at every step without memoising: exponential.
    const fewest = (rest) => {
        if (rest === 0) return 0;
        let best = Infinity;
        for (const c of coins) {
            if (c <= rest) best = Math.min(best, fewest(rest - c) + 1);
        }
        return best;
    };
    const answer = fewest(amount);
    return answer === Infinity ? -1 : answer;
};
