class Solution {
public:
    int coinChange(vector<int>& coins, int amount) {
        // dp[a] = fewest coins making a; amount + 1 stands for "impossible".
        vector<int> dp(amount + 1, amount + 1);
        dp[0] = 0;
        for (int a = 1; a <= amount; a++) {
            for (int c : coins) {
                if (c <= a) dp[a] = min(dp[a], dp[a - c] + 1);
            }
        }
        return dp[amount] > amount ? -1 : dp[amount];
    }
};
