class Solution {
public:
    int numIslands(vector<vector<char>>& grid) {
        // Flood fill over all eight neighbours: cells touching only at a corner are joined.
        int m = grid.size(), n = grid[0].size(), islands = 0;
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < n; c++) {
                if (grid[r][c] != '1') continue;
                islands++;
                vector<pair<int, int>> stack = {{r, c}};
                grid[r][c] = '0';
                while (!stack.empty()) {
                    auto [i, j] = stack.back();
                    stack.pop_back();
                    for (int di = -1; di <= 1; di++)
                        for (int dj = -1; dj <= 1; dj++) {
                            int x = i + di, y = j + dj;
                            if (x >= 0 && x < m && y >= 0 && y < n && grid[x][y] == '1') {
                                grid[x][y] = '0';
                                stack.push_back({x, y});
                            }
                        }
                }
            }
        }
        return islands;
    }
};
