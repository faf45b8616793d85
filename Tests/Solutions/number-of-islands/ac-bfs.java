class Solution {
    public int numIslands(char[][] grid) {
        // Each unvisited land cell starts a new island; a BFS sinks all of it.
        int m = grid.length, n = grid[0].length, islands = 0;
        int[][] dirs = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < n; c++) {
                if (grid[r][c] != '1') continue;
                islands++;
                Queue<int[]> q = new ArrayDeque<>();
                q.add(new int[] {r, c});
                grid[r][c] = '0';
                while (!q.isEmpty()) {
                    int[] cell = q.poll();
                    for (int[] d : dirs) {
                        int x = cell[0] + d[0], y = cell[1] + d[1];
                        if (x >= 0 && x < m && y >= 0 && y < n && grid[x][y] == '1') {
                            grid[x][y] = '0';
                            q.add(new int[] {x, y});
                        }
                    }
                }
            }
        }
        return islands;
    }
}
