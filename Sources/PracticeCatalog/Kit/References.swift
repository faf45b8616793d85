/// Structures that reference solutions and brute forces share (heaps, grids as graphs), so a problem's file holds
/// only its algorithm.

/// A binary min-heap of integers in an array: every element is at most its children at 2i+1, 2i+2.
struct MinHeap {
    private var elements: [Int] = []

    var count: Int { elements.count }

    /// The smallest element; the heap must not be empty.
    var minimum: Int { elements[0] }

    mutating func insert(_ value: Int) {
        elements.append(value)
        var child = elements.count - 1
        while child > 0, elements[(child - 1) / 2] > elements[child] {
            elements.swapAt(child, (child - 1) / 2)
            child = (child - 1) / 2
        }
    }

    /// Replaces the smallest element by `value` and restores the heap order below it.
    mutating func replaceMinimum(with value: Int) {
        elements[0] = value
        var parent = 0
        while true {
            var smallest = parent
            for child in [2 * parent + 1, 2 * parent + 2]
            where child < elements.count && elements[child] < elements[smallest] {
                smallest = child
            }
            if smallest == parent { return }
            elements.swapAt(parent, smallest)
            parent = smallest
        }
    }
}

/// A grid stored flat in row-major order, with each cell's neighbours above, below, left and right: the graph of
/// flood fills and breadth-first searches on grids.
struct FlatGrid<Cell> {
    let cells: [Cell]
    let columns: Int

    /// `grid`'s cells, each through `cell` (e.g. `FlatGrid(grid) { $0 == "1" }`).
    init<Value>(_ grid: [[Value]], _ cell: (Value) -> Cell) {
        cells = grid.flatMap { $0.map(cell) }
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
