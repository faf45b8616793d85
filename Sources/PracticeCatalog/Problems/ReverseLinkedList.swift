/// LeetCode 206: reverse a singly-linked list and return its new head.
public struct ReverseLinkedList: DeclaredProblem {
    public init() {}
    static let list = ValueType.list(.int(-5_000...5_000), nodes: 0...5_000)

    public static let declaration = ProblemDeclaration(
        206, "reverse-linked-list", "Reverse Linked List", .easy, tags: ["linked-list", "recursion"],
        function: "reverseList", parameters: ["head": list], returns: list,
        examples: [.of([3, 1, 4, 1, 5]), .of([7, -7]), .of([Int]())],
        description: """
            You are given `head`, the first node of a singly-linked list, or nothing when the list is empty. Reverse \
            the list, so that each node points to the node that was before it, and return the head of the reversed \
            list (the node that was last).
            """,
        output: "the reversed list",
        notes: "## Follow-up\nA loop that turns the links around one by one, and a recursion: can you write both?",
        version: "206.1",
        // Three pointers: each node in turn is unlinked from what follows it and linked to what came before.
        solve: Solution { (head: [Int]) -> [Int] in
            var reversed: [Int] = []
            reversed.reserveCapacity(head.count)
            var index = head.count - 1
            while index >= 0 {
                reversed.append(head[index])
                index -= 1
            }
            return reversed
        },
        bruteForce: Solution { (head: [Int]) -> [Int] in head.reduce(into: [Int]()) { $0.insert($1, at: 0) } },
        // The empty list, one node and two (where a reversal that forgets to cut the old head's link makes a
        // cycle), then lists of every length up to the size, often with repeated values.
        generate: Generator { rng, size -> [Int] in
            let count = switch rng.int(in: 0...5) {
            case 0: rng.int(in: 0...2)
            default: rng.int(in: 0...size)
            }
            let values = rng.int(in: 0...2) == 0 ? -2...2 : -5_000...5_000
            return (0..<count).map { _ in rng.int(in: values) }
        },
        // The longest list: a recursion one frame per node goes 5,000 deep (within every language's stack here).
        worstCases: { rng, count in [WorstCase("\(count) nodes", (0..<count).map { _ in rng.int(in: -5_000...5_000) })] }
    )
}
