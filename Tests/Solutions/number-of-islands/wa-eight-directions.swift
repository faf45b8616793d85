class Solution {
    func numIslands(_ grid: [[Character]]) -> Int {
        // Also joins diagonal neighbours, so islands touching at a corner count as one.
        var grid = grid
        let m = grid.count, n = grid[0].count
        var count = 0
        var stack: [(Int, Int)] = []
        for r in 0..<m {
            for c in 0..<n where grid[r][c] == "1" {
                count += 1
                grid[r][c] = "0"
                stack.append((r, c))
                while let (i, j) = stack.popLast() {
                    for di in -1...1 {
                        for dj in -1...1 {
                            let a = i + di, b = j + dj
                            if a >= 0 && a < m && b >= 0 && b < n && grid[a][b] == "1" {
                                grid[a][b] = "0"
                                stack.append((a, b))
                            }
                        }
                    }
                }
            }
        }
        return count
    }
}
