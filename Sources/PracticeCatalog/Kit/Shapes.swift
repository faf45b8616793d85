/// A named way to fill a grid of two kinds of cell (land and water, wall and open): the default generator draws a
/// grid of a two-character alphabet from ``standard``, the first character for clear cells, the second for set ones.
public struct GridShape: Sendable {
    public let name: String
    let make: @Sendable (inout SplitMix64, Int, Int) -> [[Bool]]

    /// A shape filling `rows` x `columns` cells.
    public init(_ name: String,
                _ make: @escaping @Sendable (inout SplitMix64, _ rows: Int, _ columns: Int) -> [[Bool]]) {
        self.name = name
        self.make = make
    }

    /// A grid where `isSet(row, column)` says which cells are set.
    public static func pattern(_ name: String,
                               _ isSet: @escaping @Sendable (_ row: Int, _ column: Int, _ columns: Int) -> Bool)
        -> GridShape {
        GridShape(name) { _, rows, columns in (0..<rows).map { row in (0..<columns).map { isSet(row, $0, columns) } } }
    }

    /// Each cell set with one probability per grid: 0.1, 0.3, 0.5, 0.7 or 0.9.
    public static let density = GridShape("random density") { rng, rows, columns in
        let density = rng.element(of: [0.1, 0.3, 0.5, 0.7, 0.9])
        return (0..<rows).map { _ in (0..<columns).map { _ in rng.unitDouble() < density } }
    }
    /// Every cell set, or every cell clear.
    public static let uniform = GridShape("uniform") { rng, rows, columns in
        Array(repeating: Array(repeating: rng.int(in: 0...1) == 1, count: columns), count: rows)
    }
    public static let allSet = pattern("all set") { _, _, _ in true }
    /// Cells set where row + column is even, or (half the time) odd.
    public static let checkerboard = GridShape("checkerboard") { rng, rows, columns in
        let parity = rng.int(in: 0...1)
        return (0..<rows).map { row in (0..<columns).map { (row + $0) % 2 == parity } }
    }
    /// Cells set where row + column has `parity` (0: the top-left cell set): the most separate groups.
    public static func checkerboard(parity: Int) -> GridShape {
        pattern("checkerboard") { row, column, _ in (row + column) % 2 == parity }
    }
    /// Even rows set; odd rows keep one cell, alternately at the right and the left end: a single group winding
    /// through the grid, the longest path a flood fill follows.
    public static let serpentine = pattern("serpentine") { row, column, columns in
        row % 2 == 0 || column == (row % 4 == 1 ? columns - 1 : 0)
    }
    /// 1 to rows x columns / 16 random rectangles of sides 1 to 5.
    public static let rectangles = GridShape("rectangles") { rng, rows, columns in
        var cells = Array(repeating: Array(repeating: false, count: columns), count: rows)
        for _ in 0..<rng.int(in: 1...max(1, rows * columns / 16)) {
            let (top, left) = (rng.int(in: 0...(rows - 1)), rng.int(in: 0...(columns - 1)))
            let (bottom, right) = (rng.int(in: top...min(rows - 1, top + 4)),
                                   rng.int(in: left...min(columns - 1, left + 4)))
            for row in top...bottom { for column in left...right { cells[row][column] = true } }
        }
        return cells
    }

    /// This shape, and half the time 1 to 3 random cells flipped (a lone speck, a gap in a wall).
    public var sometimesFlipped: GridShape {
        GridShape(name + ", sometimes flipped") { [make] rng, rows, columns in
            var cells = make(&rng, rows, columns)
            if rng.int(in: 0...1) == 0 {
                for _ in 0..<rng.int(in: 1...3) {
                    cells[rng.int(in: 0...(rows - 1))][rng.int(in: 0...(columns - 1))].toggle()
                }
            }
            return cells
        }
    }

    /// What the default generator draws two-character grids from.
    public static let standard: [GridShape] = [.density, .uniform.sometimesFlipped, .checkerboard.sometimesFlipped,
                                               .serpentine.sometimesFlipped, .rectangles.sometimesFlipped]
}

extension SplitMix64 {
    /// Sides for a grid of `size`: one row, one column, a square, or (half the time) sides in `size/2...size`;
    /// each kept within `rows` and `columns`.
    public mutating func gridSides(_ size: Int, rows: ClosedRange<Int> = 1...Int.max,
                                   columns: ClosedRange<Int> = 1...Int.max) -> (rows: Int, columns: Int) {
        let (height, width) = switch int(in: 0...5) {
        case 0: (1, size)
        case 1: (size, 1)
        case 2: (size, size)
        default: (int(in: (size + 1) / 2...size), int(in: (size + 1) / 2...size))
        }
        return (ValueType.clamp(height, rows), ValueType.clamp(width, columns))
    }

    /// A grid made by one of `shapes`, chosen uniformly.
    public mutating func grid(_ shapes: [GridShape], rows: Int, columns: Int) -> [[Bool]] {
        element(of: shapes).make(&self, rows, columns)
    }

    /// A grid made by `shape`.
    public mutating func grid(_ shape: GridShape, rows: Int, columns: Int) -> [[Bool]] {
        shape.make(&self, rows, columns)
    }
}

extension Array where Element == [Bool] {
    /// The grid in characters: `pair`'s first for clear cells and its second for set ones, e.g. `"01"`.
    public func characters(_ pair: String) -> [[Character]] {
        let (clear, set) = (pair.first ?? "0", pair.last ?? "1")
        return map { $0.map { $0 ? set : clear } }
    }
}

/// A named way to lay out closed intervals `[start, end]` on a line: ``SplitMix64/intervals(_:count:on:)`` draws
/// a scale for the line (`count`, `10 count` or its whole length), one shape, and shuffles the result.
public struct IntervalShape: Sendable {
    public let name: String
    let make: @Sendable (inout SplitMix64, Int, ClosedRange<Int>, Int) -> [[Int]]

    /// A shape laying out `count` intervals on `line`, at the drawn `scale` where it uses one.
    public init(_ name: String, _ make: @escaping @Sendable (inout SplitMix64, _ count: Int, _ line: ClosedRange<Int>,
                                                             _ scale: Int) -> [[Int]]) {
        self.name = name
        self.make = make
    }

    /// Random starts within the first `scale` points, lengths up to `scale / 4`.
    public static let random = IntervalShape("random") { rng, count, line, scale in
        (0..<count).map { _ in rng.interval(within: line.lowerBound...min(line.lowerBound + scale, line.upperBound),
                                            length: scale / 4) }
    }
    /// Left to right with a gap of 1 between neighbours: nothing merges.
    public static let disjoint = IntervalShape("disjoint") { rng, count, line, _ in rng.chain(count, gap: 1, on: line) }
    /// Left to right, each starting where the one before ends: everything merges.
    public static let touching = IntervalShape("touching") { rng, count, line, _ in rng.chain(count, gap: 0, on: line) }
    /// `count / 8` outer intervals, each other one inside a random outer one.
    public static let nested = IntervalShape("nested") { rng, count, line, scale in
        let bounds = line.lowerBound...min(line.lowerBound + scale, line.upperBound)
        let outer = (0..<max(1, count / 8)).map { _ in rng.interval(within: bounds, length: scale) }
        return outer + (outer.count..<count).map { _ in
            let enclosing = rng.element(of: outer)
            return rng.interval(within: enclosing[0]...enclosing[1], length: scale)
        }
    }
    /// `count / 3` distinct intervals, short ones or single points, repeated.
    public static let duplicates = IntervalShape("points and duplicates") { rng, count, line, scale in
        let bounds = line.lowerBound...min(line.lowerBound + scale, line.upperBound)
        let distinct = (0..<max(1, count / 3)).map { _ in
            rng.int(in: 0...1) == 0 ? rng.interval(within: bounds, length: 3)
                : Array(repeating: rng.int(in: bounds), count: 2)
        }
        return (0..<count).map { _ in rng.element(of: distinct) }
    }

    public static let standard: [IntervalShape] = [.random, .disjoint, .touching, .nested, .duplicates]
}

extension SplitMix64 {
    /// `count` intervals `[start, end]` (start <= end) on `line`, made by one of `shapes`, in random order.
    public mutating func intervals(_ count: Int, on line: ClosedRange<Int>,
                                   shapes: [IntervalShape] = IntervalShape.standard) -> [[Int]] {
        let scale = element(of: [count, 10 * count, line.upperBound - line.lowerBound])
        return shuffled(element(of: shapes).make(&self, count, line, scale))
    }

    /// An interval starting anywhere in `bounds`, at most `length` long and inside them.
    public mutating func interval(within bounds: ClosedRange<Int>, length: Int) -> [Int] {
        let start = int(in: bounds)
        return [start, int(in: start...min(bounds.upperBound, start + length))]
    }

    /// `count` intervals left to right with `gap` between them (0: touching), spread over `line` (a gap of 0 when
    /// the line is too short for the gaps).
    public mutating func chain(_ count: Int, gap: Int, on line: ClosedRange<Int>) -> [[Int]] {
        let gap = count * gap <= line.upperBound - line.lowerBound ? gap : 0
        let room = line.upperBound - line.lowerBound - count * gap
        let step = max(0, room / max(count, 1))
        var start = line.lowerBound + int(in: 0...(room - step * count))
        return (0..<count).map { _ in
            let end = start + int(in: 0...step)
            defer { start = end + gap }
            return [start, end]
        }
    }
}

/// A named way to fill a string from an alphabet's characters: a problem lists the ones its meaning needs, e.g.
/// `rng.string([.random, .tinyAlphabet, .cycle, .mirrored(.lowercase)], count: n, from: .printableASCII)`.
public struct StringShape: Sendable {
    public let name: String
    let make: @Sendable (inout SplitMix64, Int, [Unicode.Scalar]) -> [Unicode.Scalar]

    /// A shape drawing `count` characters of `alphabet` (a shape may use an alphabet of its own instead).
    public init(_ name: String, _ make: @escaping @Sendable (inout SplitMix64, _ count: Int, _ alphabet: [Unicode.Scalar])
                    -> [Unicode.Scalar]) {
        self.name = name
        self.make = make
    }

    /// Uniform characters.
    public static let random = StringShape("random") { rng, count, alphabet in
        (0..<count).map { _ in rng.element(of: alphabet) }
    }
    /// 1 to 3 characters of the alphabet (maybe the same one twice), repeated at random: many repeats.
    public static let tinyAlphabet = StringShape("tiny alphabet") { rng, count, alphabet in
        let letters = (0..<rng.int(in: 1...3)).map { _ in rng.element(of: alphabet) }
        return (0..<count).map { _ in rng.element(of: letters) }
    }
    /// Uniform characters of `letters` only (e.g. `.lowercase` within printable ASCII).
    public static func only(_ letters: Alphabet) -> StringShape {
        StringShape("only \(letters.name)") { rng, count, _ in
            (0..<count).map { _ in rng.element(of: letters.scalars) }
        }
    }
    /// Distinct characters in random order (as many as the count and the alphabet allow), repeated in a cycle.
    public static let cycle = StringShape("cycle") { rng, count, alphabet in
        let cycle = Array(rng.shuffled(alphabet).prefix(min(count, alphabet.count)))
        return (0..<count).map { cycle[$0 % cycle.count] }
    }
    /// Words of `letters` between spaces (one character in five a space).
    public static func words(_ letters: Alphabet) -> StringShape {
        StringShape("words") { rng, count, _ in
            (0..<count).map { _ in rng.int(in: 0...4) == 0 ? " " : rng.element(of: letters.scalars) }
        }
    }
    /// A block of 1 to 6 characters of `letters` followed by its mirror image, repeated: palindromes everywhere.
    public static func mirrored(_ letters: Alphabet) -> StringShape {
        StringShape("mirrored blocks") { rng, count, _ in
            let block = (0..<rng.int(in: 1...6)).map { _ in rng.element(of: letters.scalars) }
            return (0..<count).map { (block + block.reversed())[$0 % (2 * block.count)] }
        }
    }
    /// A run of distinct characters at a random place in a string of one repeated character.
    public static let distinctRun = StringShape("a distinct run among repeats") { rng, count, alphabet in
        guard count > 0 else { return [] }
        let length = rng.int(in: 1...min(count, alphabet.count))
        let run = Array(rng.shuffled(alphabet).prefix(length))
        let start = rng.int(in: 0...(count - run.count))
        var text = Array(repeating: rng.element(of: alphabet), count: count)
        text.replaceSubrange(start..<(start + run.count), with: run)
        return text
    }
}

extension SplitMix64 {
    /// A string of `count` characters made by one of `shapes`, chosen uniformly, from `alphabet`.
    public mutating func string(_ shapes: [StringShape], count: Int, from alphabet: Alphabet) -> String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: element(of: shapes).make(&self, count, alphabet.scalars))
        return String(text)
    }

    /// `pairs` balanced pairs of brackets, `openers[k]` closed by `closers[k]`: while pairs remain unopened, open
    /// one of a random kind with `openChance` (always when none is open), else close the innermost open one.
    public mutating func balancedBrackets(pairs: Int, openChance: Double, openers: [UInt8] = Array("([{".utf8),
                                          closers: [UInt8] = Array(")]}".utf8)) -> [UInt8] {
        var (text, open, unopened) = ([UInt8](), [UInt8](), pairs)
        while unopened > 0 || !open.isEmpty {
            if unopened > 0 && (open.isEmpty || unitDouble() < openChance) {
                let kind = int(in: 0...(openers.count - 1))
                text.append(openers[kind])
                open.append(closers[kind])
                unopened -= 1
            } else {
                text.append(open.removeLast())
            }
        }
        return text
    }
}
