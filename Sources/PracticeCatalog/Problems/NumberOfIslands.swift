/// LeetCode 200: count the 4-connected groups of land cells in a grid.
public struct NumberOfIslands: DeclaredProblem {
    public init() {}

    public static let declaration = ProblemDeclaration(
        200, "number-of-islands", "Number of Islands", .medium, tags: ["graphs", "bfs", "dfs", "matrix"],
        function: "numIslands", parameters: ["grid": .grid(.character(.oneOf("01")), rows: 1...300, columns: 1...300)],
        returns: .int(0...45_000),
        examples: [.of(map(["11110", "11010", "11000", "00000"])), .of(map(["11000", "11000", "00100", "00011"])),
                   .of(map(["010", "101", "010"]))],
        description: """
            You are given an `m x n` map `grid` in which `"1"` is land and `"0"` is water. An island is a maximal \
            group of land cells connected horizontally or vertically; cells that touch only at a corner are not \
            connected. Everything outside the grid is water. Return the number of islands.
            """,
        output: "the number of islands",
        notes: """
            A single island may wind through the whole grid (90,000 cells), so a recursive flood fill can run out \
            of stack; an explicit stack or queue cannot.
            """,
        version: "200.1",
        // A flood fill from every unvisited land cell, with an explicit stack. O(m n).
        solve: Solution { (grid: [[Character]]) -> Int in
            let map = FlatGrid(grid) { $0 == "1" }
            var visited = [Bool](repeating: false, count: map.cells.count)
            var islands = 0
            for start in map.cells.indices where map.cells[start] && !visited[start] {
                islands += 1
                visited[start] = true
                var pending = [start]
                while let cell = pending.popLast() {
                    for next in map.neighbours(of: cell) where map.cells[next] && !visited[next] {
                        visited[next] = true
                        pending.append(next)
                    }
                }
            }
            return islands
        },
        // Labels: every land cell takes its smallest neighbour's label until nothing changes; count the roots.
        bruteForce: Solution { (grid: [[Character]]) -> Int in
            let map = FlatGrid(grid) { $0 == "1" }
            var labels = Array(map.cells.indices)
            var changed = true
            while changed {
                changed = false
                for cell in map.cells.indices where map.cells[cell] {
                    for next in map.neighbours(of: cell) where map.cells[next] && labels[next] < labels[cell] {
                        labels[cell] = labels[next]
                        changed = true
                    }
                }
            }
            return map.cells.indices.filter { map.cells[$0] && labels[$0] == $0 }.count
        },
        // The default generator's grid shapes (GridShape.standard): one row, one column, square or random sides;
        // random density, uniform, checkerboard, serpentine or rectangles, half of the regular maps with a few
        // flipped cells (a lone speck, a gap in a wall).
        // All land (one island of every cell), a serpentine island (the longest path a flood fill follows) and
        // a checkerboard (the most islands).
        worstCases: { rng, side in
            let shapes = [("all land", GridShape.allSet), ("serpentine island", .serpentine),
                          ("checkerboard", .checkerboard(parity: 0))]
            return shapes.map { WorstCase($0.0, rng.grid($0.1, rows: side, columns: side).characters("01")) }
        }
    )

    static func map(_ rows: [String]) -> [[Character]] { rows.map(Array.init) }
}
