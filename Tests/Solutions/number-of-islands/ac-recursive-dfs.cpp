class Solution {
    void sink(vector<vector<char>>& grid, int r, int c) {
        if (r < 0 || c < 0 || r >= (int)grid.size() || c >= (int)grid[0].size() || grid[r][c] != '1') return;
        grid[r][c] = '0';
        sink(grid, r + 1, c);
        sink(grid, r - 1, c);
        sink(grid, r, c + 1);
        sink(grid, r, c - 1);
    }
public:
    int numIslands(vector<vector<char>>& grid) {
        // Each unvisited land cell starts a new island; a recursive flood fill sinks all of it.
        int islands = 0;
        for (int r = 0; r < (int)grid.size(); r++)
            for (int c = 0; c < (int)grid[0].size(); c++)
                if (grid[r][c] == '1') {
                    islands++;
                    sink(grid, r, c);
                }
        return islands;
    }
};
