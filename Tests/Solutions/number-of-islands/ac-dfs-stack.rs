impl Solution {
    pub fn num_islands(grid: Vec<Vec<char>>) -> i32 {
        // Each unvisited land cell starts an island; sink it with an explicit stack.
        let mut grid = grid;
        let (m, n) = (grid.len(), grid[0].len());
        let mut count = 0;
        let mut stack: Vec<(usize, usize)> = Vec::new();
        for r in 0..m {
            for c in 0..n {
                if grid[r][c] != '1' {
                    continue;
                }
                count += 1;
                grid[r][c] = '0';
                stack.push((r, c));
                while let Some((i, j)) = stack.pop() {
                    let mut visit = |a: usize, b: usize, stack: &mut Vec<(usize, usize)>| {
                        if grid[a][b] == '1' {
                            grid[a][b] = '0';
                            stack.push((a, b));
                        }
                    };
                    if i > 0 { visit(i - 1, j, &mut stack); }
                    if i + 1 < m { visit(i + 1, j, &mut stack); }
                    if j > 0 { visit(i, j - 1, &mut stack); }
                    if j + 1 < n { visit(i, j + 1, &mut stack); }
                }
            }
        }
        count
    }
}
