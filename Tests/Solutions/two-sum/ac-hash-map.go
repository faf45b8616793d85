func twoSum(nums []int, target int) []int {
	// Value -> index of the values seen so far; look up the complement before inserting.
	seen := make(map[int]int)
	for i, x := range nums {
		if j, ok := seen[target-x]; ok {
			return []int{j, i}
		}
		seen[x] = i
	}
	return nil
}
