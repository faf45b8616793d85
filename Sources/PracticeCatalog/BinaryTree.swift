/// A binary tree of integers, read from and written to LeetCode's level-order form.
///
/// The level-order form lists the root, then for every node in breadth-first order (left child
/// before right) its two children, with `null` for a missing child; trailing `null`s may be left
/// out. `[1,null,2,3]` is 1 with right child 2, whose left child is 3.
struct BinaryTree {
    /// The value of each node; node 0 is the root.
    var values: [Int]
    /// The index of each node's left child, if any.
    private(set) var left: [Int?]
    /// The index of each node's right child, if any.
    private(set) var right: [Int?]

    /// A tree with only a root holding `value`.
    init(root value: Int) {
        values = [value]
        left = [nil]
        right = [nil]
    }

    /// Parses the level-order form `value` of the argument `name`. Throws `invalidInput` unless it
    /// is an array of integers in `valueRange` and nulls that describes a tree with a node count
    /// in `nodeCount` (so the root is not null), and every entry is some node's child.
    init(levelOrder value: JSONValue, named name: String, valueRange: ClosedRange<Int>,
         nodeCount: ClosedRange<Int>) throws(CatalogError) {
        guard case .array(let entries) = value else {
            throw .invalidInput("\(name) must be a level-order array of integers and nulls, got \(value.brief(maximumLength: 20))")
        }
        func node(at index: Int) throws(CatalogError) -> Int? {
            switch entries[index] {
            case .null:
                return nil
            case .int(let nodeValue):
                guard valueRange.contains(nodeValue) else {
                    throw .invalidInput("\(name)[\(index)] = \(nodeValue) is outside [\(valueRange.lowerBound), \(valueRange.upperBound)]")
                }
                return nodeValue
            default:
                throw .invalidInput("\(name)[\(index)] must be an integer or null, got \(entries[index].brief(maximumLength: 20))")
            }
        }
        guard !entries.isEmpty, let rootValue = try node(at: 0) else {
            throw .invalidInput("the number of nodes in \(name) must be between \(nodeCount.lowerBound) and \(nodeCount.upperBound), got 0")
        }
        self.init(root: rootValue)
        // Nodes are numbered in the order they appear, which is breadth-first, so the next
        // parent to receive children is simply the next node number.
        var parent = 0
        var index = 1
        while index < entries.count {
            guard parent < values.count else {
                throw .invalidInput("\(name)[\(index)] comes after the children of every node; remove the entries from there on")
            }
            for side in [Side.left, .right] where index < entries.count {
                if let childValue = try node(at: index) { attach(childValue, to: parent, on: side) }
                index += 1
            }
            parent += 1
        }
        try Constraint.count(values.count, of: "the number of nodes in \(name)", in: nodeCount)
    }

    /// One of the two child slots of a node.
    enum Side { case left, right }

    /// Adds a node holding `value` as the `side` child of `parent` (which must not have one);
    /// returns the new node's index.
    @discardableResult
    mutating func attach(_ value: Int, to parent: Int, on side: Side) -> Int {
        let child = values.count
        values.append(value)
        left.append(nil)
        right.append(nil)
        switch side {
        case .left: left[parent] = child
        case .right: right[parent] = child
        }
        return child
    }

    var count: Int { values.count }

    /// The level-order form of the subtree rooted at `root`, without the subtree at `removed`,
    /// trailing nulls trimmed.
    func levelOrder(from root: Int = 0, removing removed: Int? = nil) -> JSONValue {
        var entries: [JSONValue] = [.int(values[root])]
        var queue = [root]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for child in [left[node], right[node]] {
                if let child, child != removed {
                    entries.append(.int(values[child]))
                    queue.append(child)
                } else {
                    entries.append(.null)
                }
            }
        }
        while entries.last == .null { entries.removeLast() }
        return .array(entries)
    }

    /// The size of the subtree rooted at every node.
    func subtreeSizes() -> [Int] {
        var sizes = [Int](repeating: 1, count: count)
        for node in breadthFirstOrder().reversed() {
            for child in [left[node], right[node]].compactMap({ $0 }) { sizes[node] += sizes[child] }
        }
        return sizes
    }

    /// Every node, parents before their children.
    func breadthFirstOrder() -> [Int] {
        var order = [0]
        var head = 0
        while head < order.count {
            order += [left[order[head]], right[order[head]]].compactMap { $0 }
            head += 1
        }
        return order
    }
}
