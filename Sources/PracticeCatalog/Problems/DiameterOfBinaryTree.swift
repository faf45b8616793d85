/// LeetCode 543: the number of edges on the longest path between two nodes of a binary tree.
public struct DiameterOfBinaryTree: CatalogProblem {
    /// The range of the number of nodes.
    static let nodeCount = 1...10_000
    /// The range every node value lies in.
    static let valueRange = -100...100

    public init() {}

    public let slug = "diameter-of-binary-tree"
    public let number: Int? = 543
    public let title = "Diameter of Binary Tree"
    public let difficulty = Difficulty.easy
    public let tags = ["trees", "dfs", "binary-tree"]
    public let sourceURL: String? = "https://leetcode.com/problems/diameter-of-binary-tree/"
    public let signature = Signature(
        functionName: "diameterOfBinaryTree",
        parameters: [Parameter(name: "root", type: "TreeNode?")],
        returnType: "Int"
    )
    public let examples = [
        TestInput(arguments: [[1, 2, 3, 4, 5]]),
        TestInput(arguments: [[1, 2]]),
        TestInput(arguments: [[1, 2, nil, 3, 4, 5, nil, nil, 6, 7, nil, nil, 8]]),
    ]
    public let limits = Limits(timeLimit: 2.0, memoryLimitMB: 256)
    public let checker = Checker.json
    public let maxSize = nodeCount.upperBound
    public let version = "543.1"

    public let statement = """
        You are given the root of a binary tree. Its diameter is the length of the longest path \
        between any two nodes, counted in edges. The path need not pass through the root. \
        Return the diameter; a tree with a single node has diameter `0`.

        ## Function
        `diameterOfBinaryTree(root: TreeNode?) -> Int`

        ## Input
        One line on standard input: the tree in level order as a JSON array, LeetCode's own \
        format. The array lists the root's value, then, for each node in breadth-first order \
        (left to right, level by level), its left and its right child: a value, or `null` when \
        that child is missing. Missing children of missing nodes are not listed, and `null`s at \
        the end may be left out. For example `[1,2,3,4,5]` is 1 with children 2 and 3, where 2 has \
        children 4 and 5; `[1,null,2,3]` is 1 with only a right child 2, whose left child is 3.

        ## Output
        One line on standard output: the diameter as a JSON integer, e.g. `3`.

        ## Constraints
        - the number of nodes is between `1` and `10^4`
        - `-100 <= node value <= 100`

        A tree of 10^4 nodes may be a single chain, so a recursive solution goes 10^4 calls \
        deep.
        """

    // MARK: Generation

    /// The tree shapes the generator draws from, so edge cases are common.
    private enum Shape: CaseIterable {
        /// Each node hangs from a uniformly chosen free child slot.
        case random
        /// Complete: every level full except the last, which fills from the left.
        case complete
        /// A path: each node is a child of the previous one, on one side or zigzagging.
        case chain
        /// Two long paths from one node, either the root or the end of a short path below it: the
        /// diameter joins the two paths and need not pass through the root.
        case fork
        /// A path from the root down to a bushy random subtree.
        case lollipop
    }

    public func generate(seed: UInt64, size: Int) -> TestInput {
        var rng = SplitMix64(seed: seed)
        let count = min(max(size, 1), maxSize)
        var tree = BinaryTree(root: 0)
        switch rng.element(of: Shape.allCases) {
        case .random:
            Self.growRandomly(&tree, to: count, using: &rng)
        case .complete:
            for node in 1..<count { tree.attach(0, to: (node - 1) / 2, on: node % 2 == 1 ? .left : .right) }
        case .chain:
            Self.growChain(&tree, from: 0, adding: count - 1, using: &rng)
        case .fork:
            let stick = rng.int(in: 0...1) == 0 ? 0 : count / 5
            let fork = Self.growChain(&tree, from: 0, adding: stick, using: &rng)
            let leftArm = (count - 1 - stick) / 2
            Self.growChain(&tree, from: fork, adding: leftArm, using: &rng, firstSide: .left)
            Self.growChain(&tree, from: fork, adding: count - 1 - stick - leftArm, using: &rng, firstSide: .right)
        case .lollipop:
            let end = Self.growChain(&tree, from: 0, adding: count / 3, using: &rng)
            Self.growRandomly(&tree, to: count, under: end, using: &rng)
        }
        // Values do not change the answer: often all zero, else random with repeats.
        if rng.int(in: 0...3) > 0 {
            tree.values = tree.values.map { _ in rng.int(in: Self.valueRange) }
        }
        return TestInput(arguments: [tree.levelOrder()])
    }

    /// Adds nodes below `root` until the tree has `count`, each in a uniformly chosen free slot.
    private static func growRandomly(_ tree: inout BinaryTree, to count: Int, under root: Int = 0,
                                     using rng: inout SplitMix64) {
        var freeSlots: [(parent: Int, side: BinaryTree.Side)] = [(root, .left), (root, .right)]
        while tree.count < count {
            let slot = rng.int(in: 0...(freeSlots.count - 1))
            let (parent, side) = freeSlots[slot]
            freeSlots.swapAt(slot, freeSlots.count - 1)
            freeSlots.removeLast()
            let child = tree.attach(0, to: parent, on: side)
            freeSlots += [(child, .left), (child, .right)]
        }
    }

    /// Adds a path of `length` nodes below `start`; the first step goes to `firstSide` when given,
    /// then every step keeps one random side or zigzags. Returns the last node of the path.
    @discardableResult
    private static func growChain(_ tree: inout BinaryTree, from start: Int, adding length: Int,
                                  using rng: inout SplitMix64, firstSide: BinaryTree.Side? = nil) -> Int {
        let zigzag = rng.int(in: 0...2) == 0
        var side: BinaryTree.Side = rng.int(in: 0...1) == 0 ? .left : .right
        var node = start
        for step in 0..<length {
            let chosen = step == 0 ? firstSide ?? side : side
            node = tree.attach(0, to: node, on: chosen)
            if zigzag { side = chosen == .left ? .right : .left }
        }
        return node
    }

    // MARK: Worst cases

    /// Paths of n nodes, the deepest trees: recomputing subtree heights at every node costs n^2/2
    /// and recursion goes n calls deep. Every node a left child; children alternating left and
    /// right (a zig-zag); and two arms of n/2 from the root, so the diameter passes through it.
    public func worstCases(seed: UInt64, size: Int) -> [WorstCase] {
        var rng = SplitMix64(seed: seed)
        let count = min(max(size, 1), maxSize)
        /// A tree of `arms` paths from the root, grown in turn; `side` says where step n goes.
        func paths(_ arms: Int, _ side: (Int) -> BinaryTree.Side) -> TestInput {
            var tree = BinaryTree(root: rng.int(in: Self.valueRange))
            var ends = [Int](repeating: 0, count: arms)
            for step in 1..<count {
                let arm = step % arms
                let chosen = arms > 1 && ends[arm] == 0 ? (arm == 0 ? .left : .right) : side(step)
                ends[arm] = tree.attach(rng.int(in: Self.valueRange), to: ends[arm], on: chosen)
            }
            return TestInput(arguments: [tree.levelOrder()])
        }
        return [
            WorstCase("path of left children", paths(1) { _ in .left }),
            WorstCase("zig-zag path", paths(1) { $0 % 2 == 1 ? .left : .right }),
            WorstCase("two arms from the root", paths(2) { _ in .left }),
        ]
    }

    // MARK: Solving

    public func validate(_ input: TestInput) throws(CatalogError) {
        _ = try decode(input)
    }

    private func decode(_ input: TestInput) throws(CatalogError) -> BinaryTree {
        try input.requireArity(signature.parameters.count)
        return try BinaryTree(levelOrder: input.arguments[0], named: "root", valueRange: Self.valueRange,
                              nodeCount: Self.nodeCount)
    }

    /// Heights bottom-up (children before parents, no recursion): the longest path through a node
    /// joins its two deepest branches, so the diameter is the largest sum of the two child heights.
    public func solve(_ input: TestInput) throws(CatalogError) -> JSONValue {
        let tree = try decode(input)
        var height = [Int](repeating: 0, count: tree.count)  // in nodes: a leaf has height 1
        var diameter = 0
        for node in tree.breadthFirstOrder().reversed() {
            let leftHeight = tree.left[node].map { height[$0] } ?? 0
            let rightHeight = tree.right[node].map { height[$0] } ?? 0
            height[node] = 1 + max(leftHeight, rightHeight)
            diameter = max(diameter, leftHeight + rightHeight)
        }
        return .int(diameter)
    }

    /// A breadth-first search from every node over the undirected edges; the diameter is the
    /// largest distance found. O(n^2).
    public func bruteForce(_ input: TestInput) throws(CatalogError) -> JSONValue {
        let tree = try decode(input)
        var neighbours = [[Int]](repeating: [], count: tree.count)
        for parent in 0..<tree.count {
            for child in [tree.left[parent], tree.right[parent]].compactMap({ $0 }) {
                neighbours[parent].append(child)
                neighbours[child].append(parent)
            }
        }
        var diameter = 0
        for source in 0..<tree.count {
            var distance = [Int](repeating: -1, count: tree.count)
            distance[source] = 0
            var queue = [source]
            var head = 0
            while head < queue.count {
                let node = queue[head]
                head += 1
                for next in neighbours[node] where distance[next] < 0 {
                    distance[next] = distance[node] + 1
                    queue.append(next)
                }
            }
            diameter = max(diameter, distance.max() ?? 0)
        }
        return .int(diameter)
    }

    // MARK: Shrinking

    /// Tree-preserving reductions first, smallest result first: replacing the tree by one of its
    /// subtrees, or deleting one subtree (a leaf is the smallest); then the generic reductions,
    /// which mostly move values toward 0.
    public func shrinkCandidates(_ input: TestInput) -> [TestInput] {
        guard let tree = try? decode(input) else { return InputReducer.candidates(for: input) }
        let sizes = tree.subtreeSizes()
        // (node, keep its subtree or remove it), by the size of the tree that results; built in that order
        // until they hold InputReducer.budget nodes, so a path of 10^4 nodes costs megabytes, not gigabytes.
        var choices: [(nodes: Int, node: Int, keep: Bool)] = []
        for node in 1..<tree.count {
            choices.append((sizes[node], node, true))
            choices.append((tree.count - sizes[node], node, false))
        }
        choices.sort { $0.nodes < $1.nodes }
        var left = InputReducer.budget
        var seen: Set<TestInput> = [input]
        var structural: [TestInput] = []
        for choice in choices {
            guard left >= choice.nodes else { break }
            left -= choice.nodes
            let levelOrder = choice.keep ? tree.levelOrder(from: choice.node) : tree.levelOrder(removing: choice.node)
            structural.append(TestInput(arguments: [levelOrder]))
        }
        return (structural + InputReducer.candidates(for: input, budget: left)).filter { seen.insert($0).inserted }
    }
}
