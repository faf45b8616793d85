int coinChange(int* coins, int coinsSize, int amount) {
    // INT_MAX marks "impossible", but dp[a - c] + 1 on that mark overflows to INT_MIN, which then wins every min.
    int dp[amount + 1];
    dp[0] = 0;
    for (int a = 1; a <= amount; a++) {
        dp[a] = INT_MAX;
        for (int i = 0; i < coinsSize; i++) {
            if (coins[i] <= a) {
                int candidate = dp[a - coins[i]] + 1;
                if (candidate < dp[a]) dp[a] = candidate;
            }
        }
    }
    return dp[amount] == INT_MAX ? -1 : dp[amount];
}
