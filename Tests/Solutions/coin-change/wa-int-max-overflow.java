class Solution {
    public int coinChange(int[] coins, int amount) {
        // Marks unreachable amounts with Integer.MAX_VALUE, then adds 1 to it: the sum wraps to
        // Integer.MIN_VALUE and becomes the minimum.
        int[] dp = new int[amount + 1];
        Arrays.fill(dp, Integer.MAX_VALUE);
        dp[0] = 0;
        for (int a = 1; a <= amount; a++) {
            for (int c : coins) {
                if (c <= a) dp[a] = Math.min(dp[a], dp[a - c] + 1);
            }
        }
        return dp[amount] == Integer.MAX_VALUE ? -1 : dp[amount];
    }
}
