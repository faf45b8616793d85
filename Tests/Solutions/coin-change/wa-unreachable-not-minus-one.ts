function coinChange(coins: number[], amount: number): number {
    // Bottom-up DP filled with amount + 1 as "infinity", but returns it as is when the amount is unreachable.
    const dp: number[] = new Array(amount + 1).fill(amount + 1);
    dp[0] = 0;
    for (let a = 1; a <= amount; a++) {
        for (const c of coins) {
            if (c <= a) dp[a] = Math.min(dp[a], dp[a - c] + 1);
        }
    }
    return dp[amount];
};
