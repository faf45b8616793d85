/// LeetCode 200: count the 4-connected groups of land cells in a grid.
public struct NumberOfIslands: DeclaredProblem {
    public init() {}

    public static let declaration = ProblemDeclaration(
        200, "number-of-islands", "Number of Islands", .medium, tags: ["graphs", "bfs", "dfs", "matrix"],
        function: "numIslands", parameters: ["grid": .grid(.character(.oneOf("01")), rows: 1...300, columns: 1...300)],
        returns: .int(0...45_000),
        examples: [.of(map(["11110", "11010", "11000", "00000"])), .of(map(["11000", "11000", "00100", "00011"])), .of(map(["010", "101", "010"]))],
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
            let map = LandMap(grid)
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
            let map = LandMap(grid)
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
        // One row, one column, square or random sides; random density, uniform, checkerboard, serpentine or
        // rectangles; half of the regular maps get a few flipped cells (a lone speck, a gap in a wall).
        generate: Generator { rng, side -> [[Character]] in
            let (rows, columns) = switch rng.int(in: 0...5) {
            case 0: (1, side)
            case 1: (side, 1)
            case 2: (side, side)
            default: (rng.int(in: (side + 1) / 2...side), rng.int(in: (side + 1) / 2...side))
            }
            var land = Array(repeating: Array(repeating: false, count: columns), count: rows)
            let shape = rng.int(in: 0...4)
            switch shape {
            case 0:
                let density = rng.element(of: [0.1, 0.3, 0.5, 0.7, 0.9])
                for row in 0..<rows { for column in 0..<columns { land[row][column] = rng.unitDouble() < density } }
            case 1: land = Array(repeating: Array(repeating: rng.int(in: 0...1) == 1, count: columns), count: rows)
            case 2:
                let parity = rng.int(in: 0...1)
                for row in 0..<rows { for column in 0..<columns { land[row][column] = (row + column) % 2 == parity } }
            case 3: for row in 0..<rows { for column in 0..<columns { land[row][column] = serpentine(row, column, columns) } }
            default:
                for _ in 0..<rng.int(in: 1...max(1, rows * columns / 16)) {
                    let (top, left) = (rng.int(in: 0...(rows - 1)), rng.int(in: 0...(columns - 1)))
                    let (bottom, right) = (rng.int(in: top...min(rows - 1, top + 4)), rng.int(in: left...min(columns - 1, left + 4)))
                    for row in top...bottom { for column in left...right { land[row][column] = true } }
                }
            }
            if shape != 0 && rng.int(in: 0...1) == 0 {
                for _ in 0..<rng.int(in: 1...3) { land[rng.int(in: 0...(rows - 1))][rng.int(in: 0...(columns - 1))].toggle() }
            }
            return land.map { $0.map { $0 ? "1" : "0" } }
        },
        // All land (one island of every cell), a serpentine island (the longest path a flood fill follows) and
        // a checkerboard (the most islands).
        worstCases: { _, side in
            func grid(_ isLand: (Int, Int) -> Bool) -> [[Character]] { (0..<side).map { row in (0..<side).map { isLand(row, $0) ? "1" : "0" } } }
            return [WorstCase("all land", grid { _, _ in true }), WorstCase("serpentine island", grid { serpentine($0, $1, side) }),
                    WorstCase("checkerboard", grid { ($0 + $1) % 2 == 0 })]
        }
    )

    /// Even rows are solid; odd rows keep one cell, alternately at the right and the left end.
    static func serpentine(_ row: Int, _ column: Int, _ columns: Int) -> Bool { row % 2 == 0 || column == (row % 4 == 1 ? columns - 1 : 0) }

    static func map(_ rows: [String]) -> [[Character]] { rows.map(Array.init) }
}

/// A grid of land (true) and water cells, stored flat in row-major order.
private struct LandMap {
    let cells: [Bool]
    let columns: Int

    init(_ grid: [[Character]]) {
        cells = grid.flatMap { $0.map { $0 == "1" } }
        columns = grid.first?.count ?? 1
    }

    /// The cells above, below, left and right of `cell` that lie inside the grid.
    func neighbours(of cell: Int) -> [Int] {
        let column = cell % columns
        var result: [Int] = []
        if cell >= columns { result.append(cell - columns) }
        if cell + columns < cells.count { result.append(cell + columns) }
        if column > 0 { result.append(cell - 1) }
        if column < columns - 1 { result.append(cell + 1) }
        return result
    }
}
