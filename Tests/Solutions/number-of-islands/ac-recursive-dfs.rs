impl Solution {
    pub fn num_islands(grid: Vec<Vec<char>>) -> i32 {
        // Each unvisited land cell starts an island; a recursive DFS sinks it.
        fn sink(grid: &mut Vec<Vec<char>>, r: usize, c: usize) {
            if grid[r][c] != '1' {
                return;
            }
            grid[r][c] = '0';
            if r > 0 { sink(grid, r - 1, c); }
            if r + 1 < grid.len() { sink(grid, r + 1, c); }
            if c > 0 { sink(grid, r, c - 1); }
            if c + 1 < grid[0].len() { sink(grid, r, c + 1); }
        }
        let mut grid = grid;
        let mut count = 0;
        for r in 0..grid.len() {
            for c in 0..grid[0].len() {
                if grid[r][c] == '1' {
                    count += 1;
                    sink(&mut grid, r, c);
                }
            }
        }
        count
    }
}
