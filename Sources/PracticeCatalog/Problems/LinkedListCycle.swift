/// LeetCode 141: does a singly-linked list come back to one of its own nodes?
public struct LinkedListCycle: DeclaredProblem {
    public init() {}
    static let nodes = 0...10_000
    static let values = -100_000...100_000

    public static let declaration = ProblemDeclaration(
        141, "linked-list-cycle", "Linked List Cycle", .easy, tags: ["linked-list", "two-pointers", "hashing"],
        function: "hasCycle", parameters: ["head": .list(.int(values), nodes: nodes), "pos": .int(-1...(nodes.upperBound - 1))],
        returns: .bool, cycle: (list: "head", position: "pos"),
        examples: [.of([5, 8, -2, 8], 1), .of([4, 4], 0), .of([9], -1)],
        description: """
            You are given `head`, the first node of a singly-linked list. Following `next` from node to node, either \
            you reach the end of the list, or you come back to a node you have already visited and go round forever. \
            Return `true` when the list has such a cycle, and `false` when it ends.

            Nodes may hold equal values: a cycle is a node met twice, not a value seen twice.
            """,
        constraints: ["`pos` is `-1` or a valid index of a node of `head`"],
        notes: "## Follow-up\nCan you tell with a constant amount of memory, without remembering the nodes you have seen?",
        version: "141.1",
        rule: Rule { (head: [Int], pos: Int) -> String? in
            pos < head.count ? nil : "pos = \(pos) is not -1 or the index of a node (head has \(head.count) nodes)"
        },
        // Only `pos` decides: the last node links back exactly when it is an index.
        solve: Solution { (head: [Int], pos: Int) -> Bool in pos >= 0 && pos < head.count },
        // Walk the list as a linked structure, remembering the indices met.
        bruteForce: Solution { (head: [Int], pos: Int) -> Bool in
            var seen = Set<Int>()
            var node: Int? = head.isEmpty ? nil : 0
            while let index = node {
                guard seen.insert(index).inserted else { return true }
                node = index + 1 < head.count ? index + 1 : (pos >= 0 ? pos : nil)
            }
            return false
        },
        // Empty, one node (a self-loop or not) and longer lists; values often repeated (a "seen values" set then
        // finds a cycle that is not there); the cycle to the first node, the last (a self-loop) or anywhere.
        generate: Generator { rng, size -> ([Int], Int) in
            let count = rng.int(in: 0...5) == 0 ? rng.int(in: 0...2) : rng.int(in: 0...size)
            let pool = rng.int(in: 0...2) == 0 ? -3...3 : values
            let head = (0..<count).map { _ in rng.int(in: pool) }
            guard count > 0, rng.int(in: 0...1) == 1 else { return (head, -1) }
            let pos = switch rng.int(in: 0...3) {
            case 0: 0
            case 1: count - 1
            default: rng.int(in: 0...(count - 1))
            }
            return (head, pos)
        },
        // The longest list, with the cycle back to its first node and without one: checking, for each node, whether a
        // later one links back to it by walking the list again is quadratic.
        worstCases: { rng, count in
            let head = (0..<count).map { _ in rng.int(in: values) }
            return [WorstCase("\(count) nodes, the last linking to the first", head, 0),
                    WorstCase("\(count) nodes, no cycle", head, -1)]
        }
    )
}
