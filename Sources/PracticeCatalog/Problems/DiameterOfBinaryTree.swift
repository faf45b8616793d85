/// LeetCode 543: the number of edges on the longest path between two nodes of a binary tree.
public struct DiameterOfBinaryTree: DeclaredProblem {
    public init() {}
    static let values = -100...100

    public static let declaration = ProblemDeclaration(
        543, "diameter-of-binary-tree", "Diameter of Binary Tree", .easy, tags: ["trees", "dfs", "binary-tree"],
        function: "diameterOfBinaryTree", parameters: ["root": .tree(.int(values), nodes: 1...10_000)],
        returns: .int(0...10_000),
        examples: [.of([1, 2, 3, 4, 5] as [Int]), .of([1, 2] as [Int]),
                   TestInput(arguments: [[1, 2, nil, 3, 4, 5, nil, nil, 6, 7, nil, nil, 8]])],
        description: """
            You are given the root of a binary tree. Its diameter is the length of the longest path between any \
            two nodes, counted in edges. The path need not pass through the root. Return the diameter; a tree with \
            a single node has diameter `0`.
            """,
        output: "the diameter",
        notes: "A tree of 10^4 nodes may be a single chain, so a recursive solution goes 10^4 calls deep.",
        version: "543.1",
        // Heights bottom-up (children before parents, no recursion): the longest path through a node joins its
        // two deepest branches, so the diameter is the largest sum of the two child heights.
        solve: Solution { (tree: BinaryTree) -> Int in
            var height = [Int](repeating: 0, count: tree.count)  // in nodes: a leaf has height 1
            var diameter = 0
            for node in tree.breadthFirstOrder().reversed() {
                let (left, right) = (tree.left[node].map { height[$0] } ?? 0, tree.right[node].map { height[$0] } ?? 0)
                height[node] = 1 + max(left, right)
                diameter = max(diameter, left + right)
            }
            return diameter
        },
        // A breadth-first search from every node over the undirected edges; the largest distance found. O(n^2).
        bruteForce: Solution { (tree: BinaryTree) -> Int in
            var neighbours = [[Int]](repeating: [], count: tree.count)
            for parent in 0..<tree.count {
                for child in [tree.left[parent], tree.right[parent]].compactMap({ $0 }) {
                    neighbours[parent].append(child)
                    neighbours[child].append(parent)
                }
            }
            return (0..<tree.count).map { source in
                var distance = [Int](repeating: -1, count: tree.count)
                distance[source] = 0
                var queue = [source], head = 0
                while head < queue.count {
                    let node = queue[head]
                    head += 1
                    for next in neighbours[node] where distance[next] < 0 {
                        distance[next] = distance[node] + 1
                        queue.append(next)
                    }
                }
                return distance.max() ?? 0
            }.max() ?? 0
        },
        // Paths of n nodes, the deepest trees: recomputing subtree heights at every node costs n^2/2 and
        // recursion goes n calls deep. Every node a left child; a zig-zag; two arms of n/2 from the root.
        worstCases: { rng, count in
            func paths(_ arms: Int, _ side: (Int) -> BinaryTree.Side) -> BinaryTree {
                var tree = BinaryTree(root: rng.int(in: values))
                var ends = [Int](repeating: 0, count: arms)
                for step in 1..<max(count, 1) {
                    let arm = step % arms
                    let chosen = arms > 1 && ends[arm] == 0 ? (arm == 0 ? .left : .right) : side(step)
                    ends[arm] = tree.attach(rng.int(in: values), to: ends[arm], on: chosen)
                }
                return tree
            }
            return [
                WorstCase("path of left children", paths(1) { _ in .left }),
                WorstCase("zig-zag path", paths(1) { $0 % 2 == 1 ? .left : .right }),
                WorstCase("two arms from the root", paths(2) { _ in .left }),
            ]
        }
    )
}
