/**
 * @param {character[][]} grid
 * @return {number}
 */
var numIslands = function(grid) {
    // BFS with LeetCode's Queue (@datastructures-js/queue), marking cells as they are queued.
    const rows = grid.length, cols = grid[0].length;
    const moves = [[1, 0], [-1, 0], [0, 1], [0, -1]];
    let count = 0;
    for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
            if (grid[r][c] !== '1') continue;
            count++;
            grid[r][c] = '0';
            const queue = new Queue();
            queue.enqueue([r, c]);
            while (!queue.isEmpty()) {
                const [i, j] = queue.dequeue();
                for (const [di, dj] of moves) {
                    const ni = i + di, nj = j + dj;
                    if (ni >= 0 && ni < rows && nj >= 0 && nj < cols && grid[ni][nj] === '1') {
                        grid[ni][nj] = '0';
                        queue.enqueue([ni, nj]);
                    }
                }
            }
        }
    }
    return count;
};
