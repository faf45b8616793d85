class Solution {
    func numIslands(_ grid: [[Character]]) -> Int {
        // Each unvisited land cell starts an island; a BFS queue sinks all of it.
        var grid = grid
        let m = grid.count, n = grid[0].count
        var count = 0
        var queue: [(Int, Int)] = []
        for r in 0..<m {
            for c in 0..<n where grid[r][c] == "1" {
                count += 1
                grid[r][c] = "0"
                queue.removeAll(keepingCapacity: true)
                queue.append((r, c))
                var head = 0
                while head < queue.count {
                    let (i, j) = queue[head]
                    head += 1
                    for (di, dj) in [(1, 0), (-1, 0), (0, 1), (0, -1)] {
                        let a = i + di, b = j + dj
                        if a >= 0 && a < m && b >= 0 && b < n && grid[a][b] == "1" {
                            grid[a][b] = "0"
                            queue.append((a, b))
                        }
                    }
                }
            }
        }
        return count
    }
}
