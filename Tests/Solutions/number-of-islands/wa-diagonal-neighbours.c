int m, n;

void dfs(char** grid, int i, int j) {
    if (i < 0 || j < 0 || i >= m || j >= n || grid[i][j] == '0') return;
    grid[i][j] = '0';
    // Eight neighbours: diagonal cells join islands that only touch at a corner.
    for (int di = -1; di <= 1; di++)
        for (int dj = -1; dj <= 1; dj++)
            if (di != 0 || dj != 0) dfs(grid, i + di, j + dj);
}

int numIslands(char** grid, int gridSize, int* gridColSize) {
    m = gridSize;
    n = gridColSize[0];
    int count = 0;
    for (int i = 0; i < m; i++)
        for (int j = 0; j < n; j++)
            if (grid[i][j] == '1') {
                count++;
                dfs(grid, i, j);
            }
    return count;
}
