class Solution {
public:
    int numIslands(vector<vector<char>>& grid) {
        // Each unvisited land cell starts a new island; a BFS sinks all of it.
        int m = grid.size(), n = grid[0].size(), islands = 0;
        int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < n; c++) {
                if (grid[r][c] != '1') continue;
                islands++;
                queue<pair<int, int>> q;
                q.push({r, c});
                grid[r][c] = '0';
                while (!q.empty()) {
                    auto [i, j] = q.front();
                    q.pop();
                    for (int d = 0; d < 4; d++) {
                        int x = i + dr[d], y = j + dc[d];
                        if (x >= 0 && x < m && y >= 0 && y < n && grid[x][y] == '1') {
                            grid[x][y] = '0';
                            q.push({x, y});
                        }
                    }
                }
            }
        }
        return islands;
    }
};
