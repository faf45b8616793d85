class Solution {
    func numIslands(_ grid: [[Character]]) -> Int {
        // Each unvisited land cell starts an island; a recursive DFS sinks it.
        var grid = grid
        var count = 0
        for r in 0..<grid.count {
            for c in 0..<grid[0].count where grid[r][c] == "1" {
                count += 1
                sink(&grid, r, c)
            }
        }
        return count
    }

    private func sink(_ grid: inout [[Character]], _ r: Int, _ c: Int) {
        guard r >= 0, r < grid.count, c >= 0, c < grid[0].count, grid[r][c] == "1" else { return }
        grid[r][c] = "0"
        sink(&grid, r + 1, c)
        sink(&grid, r - 1, c)
        sink(&grid, r, c + 1)
        sink(&grid, r, c - 1)
    }
}
