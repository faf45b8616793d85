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

    /// `count` uniform scalars of `alphabet`, as a string.
    mutating func string(_ count: Int, from alphabet: Alphabet) -> String {
        var text = String.UnicodeScalarView()
        for _ in 0..<count { text.append(element(of: alphabet.scalars)) }
        return String(text)
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
        case .grid(let cell, let rows, let columns):
            let height = Self.clamp(rng.int(in: (size + 1) / 2...size), rows)
            let width = Self.clamp(rng.int(in: (size + 1) / 2...size), columns)
            return .array((0..<height).map { _ in .array((0..<width).map { _ in cell.generate(&rng, size: size, lengths: lengths) }) })
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
        case .tree(_, let nodes): nodes.upperBound
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
