func coinChange(coins []int, amount int) int {
	// Right DP, but returns the "unreachable" sentinel as it is instead of -1.
	dp := make([]int, amount+1)
	for a := 1; a <= amount; a++ {
		dp[a] = amount + 1
		for _, c := range coins {
			if c <= a {
				dp[a] = min(dp[a], dp[a-c]+1)
			}
		}
	}
	return dp[amount]
}
