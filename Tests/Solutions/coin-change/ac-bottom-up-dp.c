int coinChange(int* coins, int coinsSize, int amount) {
    // dp[a]: the fewest coins that make a, or amount + 1 (more than any real answer) when none do.
    int* dp = malloc((amount + 1) * sizeof(int));
    dp[0] = 0;
    for (int a = 1; a <= amount; a++) {
        dp[a] = amount + 1;
        for (int i = 0; i < coinsSize; i++) {
            if (coins[i] <= a && dp[a - coins[i]] + 1 < dp[a]) dp[a] = dp[a - coins[i]] + 1;
        }
    }
    int answer = dp[amount] > amount ? -1 : dp[amount];
    free(dp);
    return answer;
}
