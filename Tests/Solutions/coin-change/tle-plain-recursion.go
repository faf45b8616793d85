func coinChange(coins []int, amount int) int {
	// Tries every coin first at every step, without memoisation: exponential.
	if amount == 0 {
		return 0
	}
	best := -1
	for _, c := range coins {
		if c <= amount {
			if sub := coinChange(coins, amount-c); sub >= 0 && (best < 0 || sub+1 < best) {
				best = sub + 1
			}
		}
	}
	return best
}
