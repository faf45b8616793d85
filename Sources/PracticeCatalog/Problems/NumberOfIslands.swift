/// LeetCode 200: count the 4-connected groups of land cells in a grid.
public struct NumberOfIslands: CatalogProblem {
    /// The most rows (m) and columns (n).
    static let maximumSide = 300

    public init() {}

    public let slug = "number-of-islands"
    public let number: Int? = 200
    public let title = "Number of Islands"
    public let difficulty = Difficulty.medium
    public let tags = ["graphs", "bfs", "dfs", "matrix"]
    public let sourceURL: String? = "https://leetcode.com/problems/number-of-islands/"
    public let signature = Signature(
        functionName: "numIslands",
        parameters: [Parameter(name: "grid", type: "[[Character]]")],
        returnType: "Int"
    )
    public let examples = [
        TestInput(arguments: [[
            ["1", "1", "1", "1", "0"],
            ["1", "1", "0", "1", "0"],
            ["1", "1", "0", "0", "0"],
            ["0", "0", "0", "0", "0"],
        ]]),
        TestInput(arguments: [[
            ["1", "1", "0", "0", "0"],
            ["1", "1", "0", "0", "0"],
            ["0", "0", "1", "0", "0"],
            ["0", "0", "0", "1", "1"],
        ]]),
        TestInput(arguments: [[["0", "1", "0"], ["1", "0", "1"], ["0", "1", "0"]]]),
    ]
    public let limits = Limits(timeLimit: 2.0, memoryLimitMB: 256)
    public let checker = Checker.json
    public let maxSize = maximumSide
    public let version = "200.1"

    public let statement = """
        You are given an `m x n` map `grid` in which `"1"` is land and `"0"` is water. An island \
        is a maximal group of land cells connected horizontally or vertically; cells that touch \
        only at a corner are not connected. Everything outside the grid is water. Return the \
        number of islands.

        ## Function
        `numIslands(grid: [[Character]]) -> Int`

        ## Input
        One line on standard input: `grid` as a JSON array of `m` rows, each an array of `n` \
        one-character strings `"0"` or `"1"`, e.g. `[["1","0"],["0","1"]]`.

        ## Output
        One line on standard output: the number of islands as a JSON integer, e.g. `2`.

        ## Constraints
        - `1 <= m, n <= 300`
        - `grid[i][j]` is `"0"` or `"1"`

        A single island may wind through the whole grid (90,000 cells), so a recursive flood \
        fill can run out of stack; an explicit stack or queue cannot.
        """

    // MARK: Generation

    /// The maps the generator draws from, so edge cases are common.
    private enum Shape: CaseIterable {
        /// Each cell land with one probability, from sparse specks to nearly solid land.
        case random
        /// Only water, or only land.
        case uniform
        /// Land on every other cell: as many islands as possible.
        case checkerboard
        /// One snake of land winding row by row: a single, very long island.
        case serpentine
        /// Land rectangles dropped on water, overlapping or not.
        case rectangles
    }

    public func generate(seed: UInt64, size: Int) -> TestInput {
        var rng = SplitMix64(seed: seed)
        let side = min(max(size, 1), maxSize)
        let (rows, columns) = switch rng.int(in: 0...5) {
        case 0: (1, side)
        case 1: (side, 1)
        case 2: (side, side)
        default: (rng.int(in: (side + 1) / 2...side), rng.int(in: (side + 1) / 2...side))
        }
        var land = Array(repeating: Array(repeating: false, count: columns), count: rows)
        let shape = rng.element(of: Shape.allCases)
        switch shape {
        case .random:
            let density = rng.element(of: [0.1, 0.3, 0.5, 0.7, 0.9])
            for row in 0..<rows {
                for column in 0..<columns { land[row][column] = rng.unitDouble() < density }
            }
        case .uniform:
            let isLand = rng.int(in: 0...1) == 1
            land = land.map { $0.map { _ in isLand } }
        case .checkerboard:
            let parity = rng.int(in: 0...1)
            for row in 0..<rows {
                for column in 0..<columns { land[row][column] = (row + column) % 2 == parity }
            }
        case .serpentine:
            // Even rows are solid; odd rows keep one cell, alternately at the right and left end.
            for row in 0..<rows {
                for column in 0..<columns {
                    let link = row % 4 == 1 ? columns - 1 : 0
                    land[row][column] = row % 2 == 0 || column == link
                }
            }
        case .rectangles:
            for _ in 0..<rng.int(in: 1...max(1, rows * columns / 16)) {
                let top = rng.int(in: 0...(rows - 1))
                let left = rng.int(in: 0...(columns - 1))
                let bottom = rng.int(in: top...min(rows - 1, top + 4))
                let right = rng.int(in: left...min(columns - 1, left + 4))
                for row in top...bottom {
                    for column in left...right { land[row][column] = true }
                }
            }
        }
        // Half of the regular maps get a few flipped cells: a lone speck, a gap in a wall.
        if shape != .random && rng.int(in: 0...1) == 0 {
            for _ in 0..<rng.int(in: 1...3) {
                let (row, column) = (rng.int(in: 0...(rows - 1)), rng.int(in: 0...(columns - 1)))
                land[row][column].toggle()
            }
        }
        return TestInput(arguments: [.array(land.map { .array($0.map { .string($0 ? "1" : "0") }) })])
    }

    // MARK: Worst cases

    /// Square maps of the largest side: all land, where a recursive flood fill goes up to m n
    /// calls deep; one serpentine island winding through every row (a path of about m n / 2
    /// cells); and a checkerboard, the most islands (m n / 2 flood fills of one cell each).
    public func worstCases(seed: UInt64, size: Int) -> [WorstCase] {
        let side = min(max(size, 1), maxSize)
        func map(_ isLand: (Int, Int) -> Bool) -> TestInput {
            TestInput(arguments: [.array((0..<side).map { row in .array((0..<side).map { .string(isLand(row, $0) ? "1" : "0") }) })])
        }
        return [
            WorstCase("all land", map { _, _ in true }),
            WorstCase("serpentine island", map { row, column in row % 2 == 0 || column == (row % 4 == 1 ? side - 1 : 0) }),
            WorstCase("checkerboard", map { row, column in (row + column) % 2 == 0 }),
        ]
    }

    // MARK: Solving

    public func validate(_ input: TestInput) throws(CatalogError) {
        _ = try decode(input)
    }

    private func decode(_ input: TestInput) throws(CatalogError) -> LandMap {
        try input.requireArity(signature.parameters.count)
        guard case .array(let rows) = input.arguments[0] else {
            throw .invalidInput("grid must be an array of rows, got \(input.arguments[0].brief(maximumLength: 20))")
        }
        try Constraint.count(rows.count, of: "m (the number of rows of grid)", in: 1...Self.maximumSide)
        var columns = 0
        var cells: [Bool] = []
        for (rowIndex, row) in rows.enumerated() {
            guard case .array(let entries) = row else {
                throw .invalidInput("grid[\(rowIndex)] must be an array of \"0\" and \"1\" strings, got \(row.brief(maximumLength: 20))")
            }
            if rowIndex == 0 {
                columns = entries.count
                try Constraint.count(columns, of: "n (the length of grid's rows)", in: 1...Self.maximumSide)
            } else if entries.count != columns {
                throw .invalidInput("grid[\(rowIndex)] must have n = \(columns) entries, got \(entries.count)")
            }
            for (columnIndex, entry) in entries.enumerated() {
                switch entry {
                case "1": cells.append(true)
                case "0": cells.append(false)
                default:
                    throw .invalidInput("grid[\(rowIndex)][\(columnIndex)] must be \"0\" or \"1\", got \(entry.brief(maximumLength: 20))")
                }
            }
        }
        return LandMap(cells: cells, columns: columns)
    }

    /// A flood fill from every unvisited land cell, with an explicit stack. O(m x n).
    public func solve(_ input: TestInput) throws(CatalogError) -> JSONValue {
        let map = try decode(input)
        var visited = [Bool](repeating: false, count: map.cells.count)
        var islands = 0
        for start in map.cells.indices where map.cells[start] && !visited[start] {
            islands += 1
            visited[start] = true
            var pending = [start]
            while let cell = pending.popLast() {
                for neighbour in map.neighbours(of: cell) where map.cells[neighbour] && !visited[neighbour] {
                    visited[neighbour] = true
                    pending.append(neighbour)
                }
            }
        }
        return .int(islands)
    }

    /// Label propagation: every land cell starts with its own index as label and repeatedly takes
    /// the smallest label of its land neighbours until nothing changes; each island then keeps
    /// exactly one cell labelled with its own index.
    public func bruteForce(_ input: TestInput) throws(CatalogError) -> JSONValue {
        let map = try decode(input)
        var labels = Array(map.cells.indices)
        var changed = true
        while changed {
            changed = false
            for cell in map.cells.indices where map.cells[cell] {
                for neighbour in map.neighbours(of: cell) where map.cells[neighbour] && labels[neighbour] < labels[cell] {
                    labels[cell] = labels[neighbour]
                    changed = true
                }
            }
        }
        return .int(map.cells.indices.filter { map.cells[$0] && labels[$0] == $0 }.count)
    }
}

/// A grid of land (true) and water cells, stored flat in row-major order.
private struct LandMap {
    let cells: [Bool]
    let columns: Int

    /// The indices of the up to four cells sharing a side with `cell`.
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
