/// A named way to fill an integer array: the default generator picks one of ``standard`` per input, and a
/// problem lists its own (the standard ones plus a few custom ones) where its meaning needs other shapes.
public struct ArrayShape: Sendable {
    public let name: String
    let make: @Sendable (inout SplitMix64, Int, ClosedRange<Int>) -> [Int]

    /// A shape drawing `count` values in `range`.
    public init(_ name: String, _ make: @escaping @Sendable (inout SplitMix64, _ count: Int, _ range: ClosedRange<Int>) -> [Int]) {
        self.name = name
        self.make = make
    }

    /// Uniform values.
    public static let random = ArrayShape("random") { rng, count, range in rng.ints(count, in: range) }
    /// Values among `values` adjacent integers (many duplicates).
    public static func fewDistinct(_ values: Int) -> ArrayShape {
        ArrayShape("few distinct") { rng, count, range in
            let low = rng.int(in: range.lowerBound...(range.upperBound - (values - 1)))
            return rng.ints(count, in: low...(low + values - 1))
        }
    }
    public static let allEqual = ArrayShape("all equal") { rng, count, range in
        Array(repeating: rng.int(in: range), count: count)
    }
    public static let ascending = ArrayShape("ascending") { rng, count, range in rng.ints(count, in: range).sorted() }
    public static let descending = ArrayShape("descending") { rng, count, range in
        rng.ints(count, in: range).sorted(by: >)
    }
    /// Only the range's ends, and 0 when it lies inside.
    public static let extremes = ArrayShape("extremes") { rng, count, range in
        let values = range.contains(0) && range.lowerBound != 0 && range.upperBound != 0
            ? [range.lowerBound, 0, range.upperBound] : [range.lowerBound, range.upperBound]
        return (0..<count).map { _ in rng.element(of: values) }
    }

    /// What the default generator draws integer arrays from.
    public static let standard: [ArrayShape] = [.random, .fewDistinct(4), .allEqual, .ascending, .descending, .extremes]

    /// Values among a few adjacent integers, how many drawn from `values` per array (`1...5`: one to five).
    public static func fewDistinct(_ values: ClosedRange<Int>) -> ArrayShape {
        ArrayShape("few distinct") { rng, count, range in
            rng.ints(count, in: rng.narrowRange(within: range, widths: values))
        }
    }

    /// One of `shapes`, chosen per array: `.oneOf(.random, .fewDistinct(1...5)).sorted` is ascending values from
    /// the whole range or from a narrow one.
    public static func oneOf(_ shapes: ArrayShape...) -> ArrayShape {
        ArrayShape(shapes.map(\.name).joined(separator: " or ")) { rng, count, range in
            rng.element(of: shapes).make(&rng, count, range)
        }
    }

    /// Distinct values in ascending order, spread over the range or (half the time) packed into `2 count + 1`
    /// adjacent values; ascending with repeats only when the range holds fewer than `count` values.
    public static let distinctAscending = ArrayShape("distinct ascending") { rng, count, range in
        let narrow = rng.int(in: 0...1) == 0 && range.upperBound - range.lowerBound >= 2 * count
        guard range.upperBound - range.lowerBound >= count - 1 else { return rng.ints(count, in: range).sorted() }
        let low = narrow ? rng.int(in: range.lowerBound...(range.upperBound - 2 * count)) : range.lowerBound
        return rng.distinctSorted(count, in: narrow ? low...(low + 2 * count) : range)
    }

    /// `base`'s values around a random peak: the largest there, smaller the farther away (alternating sides).
    public static func mountain(_ base: ArrayShape = .random) -> ArrayShape {
        ArrayShape("mountain") { rng, count, range in
            let peak = rng.int(in: 0...max(count - 1, 0))
            return interleave(base.make(&rng, count, range).sorted(by: >), around: peak, tallOutside: false)
        }
    }

    /// `base`'s values around a random bottom: the smallest there, larger the farther away (tall ends).
    public static func valley(_ base: ArrayShape = .random) -> ArrayShape {
        ArrayShape("valley") { rng, count, range in
            let bottom = rng.int(in: 0...max(count - 1, 0))
            return interleave(base.make(&rng, count, range).sorted(by: >), around: bottom, tallOutside: true)
        }
    }

    /// Low values (the range's lowest 101) with two spikes: one at the top of the range, one anywhere in it.
    public static let twoSpikes = ArrayShape("two spikes") { rng, count, range in
        var values = rng.ints(count, in: range.lowerBound...min(range.upperBound, range.lowerBound + 100))
        guard count > 0 else { return values }
        values[rng.int(in: 0...(count - 1))] = range.upperBound
        values[rng.int(in: 0...(count - 1))] = rng.int(in: range)
        return values
    }

    /// Runs of 2 to 50 values from the top of the range: value i of a run lies i times a random step of 1 to 100
    /// below the top (kept inside the range), so every run starts at the maximum and falls away from it.
    public static let sawtooth = ArrayShape("sawtooth") { rng, count, range in
        let run = rng.int(in: 2...50)
        return (0..<count).map { max(range.lowerBound, range.upperBound - ($0 % run) * rng.int(in: 1...100)) }
    }

    /// Values alternately at most and above a level near the middle of the range (within 1,000 of it).
    public static let zigzag = ArrayShape("zigzag") { rng, count, range in
        guard range.upperBound > range.lowerBound else { return Array(repeating: range.lowerBound, count: count) }
        let spread = min(1_000, (range.upperBound - range.lowerBound) / 4)
        let level = (range.lowerBound + range.upperBound) / 2 + rng.int(in: -spread...spread)
        let middle = min(level, range.upperBound - 1)
        return (0..<count).map {
            $0 % 2 == 0 ? rng.int(in: range.lowerBound...middle) : rng.int(in: (middle + 1)...range.upperBound)
        }
    }

    /// This shape's values in ascending order.
    public var sorted: ArrayShape { changed(", ascending") { _, values, _ in values.sort() } }

    /// This shape's values in reverse order.
    public var reversed: ArrayShape { changed(", reversed") { _, values, _ in values.reverse() } }

    /// This shape with two random positions swapped (the same one, sometimes).
    public var swappingTwo: ArrayShape {
        changed(", two swapped") { rng, values, _ in
            values.swapAt(rng.int(in: 0...(values.count - 1)), rng.int(in: 0...(values.count - 1)))
        }
    }

    /// This shape with a random window of 1 to `length` values shuffled.
    public func shufflingWindow(upTo length: Int) -> ArrayShape {
        changed(", a window shuffled") { rng, values, _ in
            let length = rng.int(in: 1...min(values.count, length)), start = rng.int(in: 0...(values.count - length))
            rng.shuffle(&values, in: start..<(start + length))
        }
    }

    /// This shape with one random position set to a random value of the range.
    public var withOutlier: ArrayShape {
        changed(", one outlier") { rng, values, range in
            values[rng.int(in: 0...(values.count - 1))] = rng.int(in: range)
        }
    }

    /// This shape with no two neighbours equal: a value equal to its (already changed) left neighbour moves by
    /// one towards the inside of the range, which must hold two values.
    public var neighboursDiffering: ArrayShape {
        changed("") { _, values, range in
            for index in values.indices.dropFirst() where values[index] == values[index - 1] {
                values[index] += values[index] == range.upperBound ? -1 : 1
            }
        }
    }

    /// This shape, then `change` on a non-empty result.
    func changed(_ suffix: String,
                 _ change: @escaping @Sendable (inout SplitMix64, inout [Int], ClosedRange<Int>) -> Void) -> ArrayShape {
        ArrayShape(name + suffix) { [make] rng, count, range in
            var values = make(&rng, count, range)
            if !values.isEmpty { change(&rng, &values, range) }
            return values
        }
    }

    /// `values` (sorted descending) placed by distance from `pivot`: tallest nearest, or tallest farthest.
    static func interleave(_ values: [Int], around pivot: Int, tallOutside: Bool) -> [Int] {
        let count = values.count
        var positions = [pivot]
        for distance in 1..<max(pivot + 1, count - pivot, 1) {
            if pivot - distance >= 0 { positions.append(pivot - distance) }
            if pivot + distance < count { positions.append(pivot + distance) }
        }
        var heights = [Int](repeating: 0, count: count)
        for (rank, position) in (tallOutside ? positions.reversed() : positions).enumerated() where position < count {
            heights[position] = values[rank]
        }
        return heights
    }
}

extension SplitMix64 {
    /// `count` uniform integers in `range`.
    public mutating func ints(_ count: Int, in range: ClosedRange<Int>) -> [Int] {
        (0..<count).map { _ in int(in: range) }
    }

    /// An array made by one of `shapes`, chosen uniformly.
    public mutating func array(_ shapes: [ArrayShape], count: Int, in range: ClosedRange<Int>) -> [Int] {
        element(of: shapes).make(&self, count, range)
    }

    /// An array made by `shape`.
    public mutating func array(_ shape: ArrayShape, count: Int, in range: ClosedRange<Int>) -> [Int] {
        shape.make(&self, count, range)
    }

    /// Two positions `i < j` of an array of `count >= 2`: anywhere, both ends, adjacent, the front two or the back
    /// two (where a pair of answers sits).
    public mutating func indexPair(_ count: Int) -> (i: Int, j: Int) {
        switch int(in: 0...4) {
        case 0:
            let a = int(in: 0...(count - 1)), b = (a + int(in: 1...(count - 1))) % count
            return (min(a, b), max(a, b))
        case 1: return (0, count - 1)
        case 2:
            let i = int(in: 0...(count - 2))
            return (i, i + 1)
        case 3: return (0, 1)
        default: return (count - 2, count - 1)
        }
    }

    /// `values` in random order.
    public mutating func shuffled<T>(_ values: [T]) -> [T] {
        var values = values
        shuffle(&values, in: values.indices)
        return values
    }

    /// `count` distinct values of `range` in ascending order, `including` among them; the range must hold them.
    public mutating func distinctSorted(_ count: Int, in range: ClosedRange<Int>, including: Set<Int> = []) -> [Int] {
        var chosen = including
        while chosen.count < count { chosen.insert(int(in: range)) }
        return chosen.sorted()
    }

    /// Adds distinct values of `range` to `values` until it holds `count` values (or all the range has).
    public mutating func fill(_ values: inout Set<Int>, to count: Int, from range: ClosedRange<Int>) {
        let target = min(count, values.count + range.count - values.filter(range.contains).count)
        while values.count < target { values.insert(int(in: range)) }
    }

    /// A uniform value of `range` that is not in `present`; the range must hold one.
    public mutating func int(in range: ClosedRange<Int>, notIn present: Set<Int>) -> Int {
        while true {
            let value = int(in: range)
            if !present.contains(value) { return value }
        }
    }

    /// A window of adjacent values inside `range`, as many as drawn from `widths` (at most the whole range).
    public mutating func narrowRange(within range: ClosedRange<Int>, widths: ClosedRange<Int>) -> ClosedRange<Int> {
        let width = min(int(in: widths), range.upperBound - range.lowerBound + 1)
        let low = int(in: range.lowerBound...(range.upperBound - (width - 1)))
        return low...(low + width - 1)
    }

    /// `count` uniform scalars of `alphabet`, as a string.
    mutating func string(_ count: Int, from alphabet: Alphabet) -> String {
        var text = String.UnicodeScalarView()
        for _ in 0..<count { text.append(element(of: alphabet.scalars)) }
        return String(text)
    }
}

extension Array {
    /// The array with its last `count` elements moved, in order, to the front (`[1,2,3,4].rotated(by: 1)` is
    /// `[4,1,2,3]`); `count` is taken modulo the length.
    public func rotated(by count: Int) -> [Element] {
        guard !isEmpty else { return self }
        let split = self.count - count % self.count
        return Array(self[split...] + self[..<split])
    }
}

/// The default generator: a value of each type, sized by `size`, with the edge shapes of its kind.
extension ValueType {
    /// A valid value for `size` (1...maxSize); `lengths` holds the lengths of the arguments before it.
    func generate(_ rng: inout SplitMix64, size: Int, lengths: [String: Int]) -> JSONValue {
        switch self {
        case .int(let range, let atMost):
            var upper = range.upperBound
            if case .length(let other)? = atMost, let length = lengths[other] { upper = min(upper, length) }
            let lower = range.lowerBound
            // The ends, the middle and anything: for k in 1...n that is k = 1, n, n/2 and random.
            let value = switch rng.int(in: 0...3) {
            case 0: lower
            case 1: upper
            case 2: lower + (upper - lower) / 2
            default: rng.int(in: lower...upper)
            }
            return .int(value)
        case .long(let range):
            return .int(rng.int(in: 0...3) == 0 ? rng.element(of: [range.lowerBound, range.upperBound]) : rng.int(in: range))
        case .double(let range):
            return .double(rng.double(in: range))
        case .bool:
            return .bool(rng.int(in: 0...1) == 1)
        case .character(let alphabet):
            return .string(String(rng.element(of: alphabet.scalars)))
        case .string(let length, let alphabet):
            let count = Self.clamp(size, length)
            // Any character, or a tiny alphabet (many repeats).
            let letters = rng.int(in: 0...1) == 0 ? alphabet
                : Alphabet((0..<rng.int(in: 1...3)).map { _ in rng.element(of: alphabet.scalars) }, name: "", prose: "")
            return .string(rng.string(count, from: letters))
        case .array(.int(let range, nil), let count, _):
            return .array(rng.array(ArrayShape.standard, count: Self.clamp(size, count), in: range).map(JSONValue.int))
        case .array(let element, let count, _):
            return .array((0..<Self.clamp(size, count)).map { _ in element.generate(&rng, size: size, lengths: lengths) })
        case .tuple(let element, let fields):
            return .array(fields.map { _ in element.generate(&rng, size: size, lengths: lengths) })
        case .grid(.character(let alphabet), let rows, let columns) where alphabet.scalars.count == 2:
            let sides = rng.gridSides(size, rows: rows, columns: columns)
            let cells = rng.grid(GridShape.standard, rows: sides.rows, columns: sides.columns)
            let (clear, set) = (JSONValue.string(String(alphabet.scalars[0])),
                                JSONValue.string(String(alphabet.scalars[1])))
            return .array(cells.map { .array($0.map { $0 ? set : clear }) })
        case .grid(let cell, let rows, let columns):
            let height = Self.clamp(rng.int(in: (size + 1) / 2...size), rows)
            let width = Self.clamp(rng.int(in: (size + 1) / 2...size), columns)
            return .array((0..<height).map { _ in .array((0..<width).map { _ in cell.generate(&rng, size: size, lengths: lengths) }) })
        case .list(let element, let nodes):
            return ValueType.array(element, count: nodes).generate(&rng, size: size, lengths: lengths)
        case .tree(let value, let nodes):
            guard case .int(let range, _) = value else { return .array([]) }
            var tree = BinaryTree.shaped(count: Self.clamp(size, nodes), using: &rng)
            // Values rarely matter to tree problems: often all the same, else random with repeats.
            if rng.int(in: 0...3) > 0 {
                tree.values = tree.values.map { _ in rng.int(in: range) }
            } else if !range.contains(0) {
                tree.values = tree.values.map { _ in range.lowerBound }
            }
            return tree.levelOrder()
        }
    }

    static func clamp(_ size: Int, _ range: ClosedRange<Int>) -> Int { min(max(size, range.lowerBound), range.upperBound) }

    /// The largest size worth generating: the maximum length, count or node count of the type.
    var maximumSize: Int? {
        switch self {
        case .array(_, let count, _): count.upperBound
        case .string(let length, _): length.upperBound
        case .grid(_, let rows, let columns): max(rows.upperBound, columns.upperBound)
        case .tree(_, let nodes), .list(_, let nodes): nodes.upperBound
        default: nil
        }
    }
}

extension BinaryTree {
    /// A tree of `count` nodes (values 0) in one of five shapes: random (each node in a uniformly chosen free
    /// slot), complete, a path (one-sided or zigzag), a fork (two long arms from the root or from the end of a
    /// short path) and a lollipop (a path down to a bushy random subtree).
    static func shaped(count: Int, using rng: inout SplitMix64) -> BinaryTree {
        var tree = BinaryTree(root: 0)
        switch rng.int(in: 0...4) {
        case 0:
            tree.growRandomly(to: count, using: &rng)
        case 1:
            for node in 1..<max(count, 1) { tree.attach(0, to: (node - 1) / 2, on: node % 2 == 1 ? .left : .right) }
        case 2:
            tree.growChain(from: 0, adding: count - 1, using: &rng)
        case 3:
            let stick = rng.int(in: 0...1) == 0 ? 0 : count / 5
            let fork = tree.growChain(from: 0, adding: stick, using: &rng)
            let leftArm = (count - 1 - stick) / 2
            tree.growChain(from: fork, adding: leftArm, using: &rng, firstSide: .left)
            tree.growChain(from: fork, adding: count - 1 - stick - leftArm, using: &rng, firstSide: .right)
        default:
            let end = tree.growChain(from: 0, adding: count / 3, using: &rng)
            tree.growRandomly(to: count, under: end, using: &rng)
        }
        return tree
    }

    /// Adds nodes below `root` until the tree has `count`, each in a uniformly chosen free slot.
    mutating func growRandomly(to count: Int, under root: Int = 0, using rng: inout SplitMix64) {
        var freeSlots: [(parent: Int, side: Side)] = [(root, .left), (root, .right)]
        while self.count < count {
            let slot = rng.int(in: 0...(freeSlots.count - 1))
            let (parent, side) = freeSlots[slot]
            freeSlots.swapAt(slot, freeSlots.count - 1)
            freeSlots.removeLast()
            let child = attach(0, to: parent, on: side)
            freeSlots += [(child, .left), (child, .right)]
        }
    }

    /// Adds a path of `length` nodes below `start`; the first step goes to `firstSide` when given, then every
    /// step keeps one random side or zigzags. Returns the last node of the path.
    @discardableResult
    mutating func growChain(from start: Int, adding length: Int, using rng: inout SplitMix64, firstSide: Side? = nil) -> Int {
        let zigzag = rng.int(in: 0...2) == 0
        var side: Side = rng.int(in: 0...1) == 0 ? .left : .right
        var node = start
        for step in 0..<max(length, 0) {
            let chosen = step == 0 ? firstSide ?? side : side
            node = attach(0, to: node, on: chosen)
            if zigzag { side = chosen == .left ? .right : .left }
        }
        return node
    }

    /// Tree-preserving reductions of the tree in argument `index` of `input`, smallest result first: the tree
    /// replaced by one of its subtrees, or one subtree deleted; built until they hold `budget` nodes in all.
    static func shrinkCandidates(_ input: TestInput, argument index: Int, budget: inout Int) -> [TestInput] {
        guard let tree = try? BinaryTree(levelOrder: input.arguments[index], named: "", valueRange: Int.min...Int.max,
                                         nodeCount: 1...Int.max) else { return [] }
        let sizes = tree.subtreeSizes()
        var choices: [(nodes: Int, node: Int, keep: Bool)] = []
        for node in 1..<tree.count {
            choices.append((sizes[node], node, true))
            choices.append((tree.count - sizes[node], node, false))
        }
        choices.sort { $0.nodes < $1.nodes }
        var result: [TestInput] = []
        for choice in choices {
            guard budget >= choice.nodes else { break }
            budget -= choice.nodes
            var arguments = input.arguments
            arguments[index] = choice.keep ? tree.levelOrder(from: choice.node) : tree.levelOrder(removing: choice.node)
            result.append(TestInput(arguments: arguments))
        }
        return result
    }
}
