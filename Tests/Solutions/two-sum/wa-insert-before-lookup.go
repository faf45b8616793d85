func twoSum(nums []int, target int) []int {
	// Inserts the value before looking up its complement, so x + x == target pairs x with itself.
	seen := make(map[int]int)
	for i, x := range nums {
		seen[x] = i
		if j, ok := seen[target-x]; ok {
			return []int{j, i}
		}
	}
	return nil
}
