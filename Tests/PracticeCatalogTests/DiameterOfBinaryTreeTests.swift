import Testing
import PracticeCatalog

@Suite struct DiameterOfBinaryTreeTests {
    let problem = DiameterOfBinaryTree()

    private func input(_ levelOrder: JSONValue) -> TestInput {
        TestInput(arguments: [levelOrder])
    }

    /// The number of nodes (non-null entries) of a level-order array.
    private func nodeCount(_ input: TestInput) throws -> Int {
        guard case .array(let entries) = try #require(input.arguments.first) else { throw CatalogError.invalidInput("not an array") }
        return entries.filter { $0 != .null }.count
    }

    /// A path of `count` nodes going left: [0,0,null,0,null,...].
    private func leftChain(_ count: Int) -> JSONValue {
        .array([0] + Array(repeating: [JSONValue.int(0), .null], count: count - 1).flatMap { $0 })
    }

    @Test func describesLeetCode543() {
        #expect(problem.slug == "diameter-of-binary-tree" && problem.number == 543)
        #expect(problem.difficulty == .easy)
        #expect(problem.tags == ["trees", "dfs", "binary-tree"])
        #expect(problem.signature.functionName == "diameterOfBinaryTree")
        #expect(problem.signature.parameters == [Parameter(name: "root", type: "TreeNode?")])
        #expect(problem.signature.returnType == "Int")
        #expect(problem.limits == Limits(timeLimit: 2.0, memoryLimitMB: 256))
        #expect(problem.checker == .json)
        #expect(problem.maxSize == 10_000)
        #expect(problem.version == "543.1")
    }

    @Test func answersTheExamples() throws {
        #expect(problem.examples.map(\.text) == ["[1,2,3,4,5]\n", "[1,2]\n", "[1,2,null,3,4,5,null,null,6,7,null,null,8]\n"])
        #expect(try problem.examples.map(problem.solve) == [3, 1, 6])
        #expect(try problem.examples.map(problem.bruteForce) == [3, 1, 6])
    }

    @Test(arguments: [
        ([1], 0),
        ([1, nil, 2, nil, 3], 2),
        ([1, nil, 2, 3], 2),
        ([1, 2, 3], 2),
        ([1, 2, nil, 3, nil, 4], 3),
        ([1, 2, nil, nil, nil], 1),
        ([1, 2, 3, nil, nil, 4, 5, 6, nil, nil, 7], 4),
        ([-100, 100, -100, 100], 3),
    ] as [(JSONValue, Int)])
    func answersHandPickedCases(levelOrder: JSONValue, expected: Int) throws {
        #expect(try problem.solve(input(levelOrder)) == .int(expected))
        #expect(try problem.bruteForce(input(levelOrder)) == .int(expected))
    }

    /// Beyond the generic suite's sizes 1...8: the sizes where this problem's shapes differ.
    @Test func referenceMatchesBruteForceAtMediumSizes() throws {
        for seed in UInt64(0)..<200 {
            let size = 1 + Int(seed * 37 % 80)
            let input = problem.generate(seed: seed, size: size)
            #expect(try problem.solve(input) == problem.bruteForce(input), "seed \(seed), size \(size)")
        }
    }

    @Test func answersTheMaximumShapesInClosedForm() throws {
        #expect(try problem.solve(input(leftChain(10_000))) == 9_999)
        // Complete: the deepest nodes (depth 13) lie in the root's left subtree, depth 12 on the right.
        let complete = JSONValue.array(Array(repeating: 1, count: 10_000))
        #expect(try problem.solve(input(complete)) == 25)
        let zigzag = JSONValue.array([0] + (1..<10_000).flatMap { $0 % 2 == 0 ? [JSONValue.int(0), .null] : [.null, .int(0)] })
        #expect(try problem.solve(input(zigzag)) == 9_999)
    }

    @Test func generatesWithinConstraints() throws {
        for seed in UInt64(0)..<100 {
            let size = 1 + Int(seed * 97 % 2000)
            let input = problem.generate(seed: seed, size: size)
            try problem.validate(input)
            #expect(try nodeCount(input) == size)
            #expect(input.arguments[0] != .array([]) && input.text.hasSuffix("]\n") && !input.text.hasSuffix("null]\n"))
        }
        let largest = problem.generate(seed: 3, size: problem.maxSize)
        try problem.validate(largest)
        #expect(try nodeCount(largest) == 10_000)
    }

    @Test func generatesVariedShapes() throws {
        var shapes: Set<String> = []
        var zeroValues = 0
        for seed in UInt64(0)..<200 {
            let input = problem.generate(seed: seed, size: 63)
            guard case .int(let diameter) = try problem.solve(input) else { continue }
            // A fork 12 nodes below the root has two arms of 25 nodes.
            shapes.insert(diameter == 62 ? "path" : diameter == 50 ? "fork below the root" : diameter <= 12 ? "bushy" : "mixed")
            if case .array(let entries) = input.arguments[0], entries.allSatisfy({ $0 == .null || $0 == 0 }) { zeroValues += 1 }
        }
        #expect(shapes == ["path", "fork below the root", "bushy", "mixed"])
        #expect(zeroValues > 20 && zeroValues < 100, "\(zeroValues) trees with all values 0")
    }

    // MARK: Validation

    @Test(arguments: [
        (TestInput(arguments: [[]]), "the number of nodes in root must be between 1 and 10000, got 0"),
        (TestInput(arguments: [[nil]]), "the number of nodes in root must be between 1 and 10000, got 0"),
        (TestInput(arguments: [[nil, 1]]), "the number of nodes in root must be between 1 and 10000, got 0"),
        (TestInput(arguments: [5]), "root must be a level-order array of integers and nulls, got 5"),
        (TestInput(arguments: [[1, "2"]]), "root[1] must be an integer or null, got \"2\""),
        (TestInput(arguments: [[1, 2.5]]), "root[1] must be an integer or null, got 2.5"),
        (TestInput(arguments: [[1, 101]]), "root[1] = 101 is outside [-100, 100]"),
        (TestInput(arguments: [[-101]]), "root[0] = -101 is outside [-100, 100]"),
        (TestInput(arguments: [[1, nil, nil, 2]]), "root[3] comes after the children of every node; remove the entries from there on"),
        (TestInput(arguments: [[1, 2, nil, nil, nil, nil]]),
         "root[5] comes after the children of every node; remove the entries from there on"),
        (TestInput(arguments: [.array(Array(repeating: 1, count: 10_001))]),
         "the number of nodes in root must be between 1 and 10000, got 10001"),
    ])
    func refusesInvalidInput(input: TestInput, reason: String) {
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.validate(input) }
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.solve(input) }
        #expect(throws: CatalogError.invalidInput(reason)) { try problem.bruteForce(input) }
    }

    @Test func acceptsTheBoundaries() throws {
        try problem.validate(input([-100]))
        try problem.validate(input([100, nil, nil]))
        try problem.validate(input(leftChain(10_000)))
    }

    // MARK: Shrinking

    @Test func shrinksByHoistingAndRemovingSubtrees() throws {
        let candidates = problem.shrinkCandidates(input([1, 2, 3, 4, 5]))
        let hoisted: [JSONValue] = [[2, 4, 5], [3], [4], [5]]
        let removed: [JSONValue] = [[1, nil, 3], [1, 2, nil, 4, 5], [1, 2, 3, nil, 5], [1, 2, 3, 4]]
        #expect(Set(candidates.prefix(8)) == Set((hoisted + removed).map(input)))
        #expect(candidates.prefix(3).allSatisfy { (try? nodeCount($0)) == 1 }, "single nodes first")
        #expect(!candidates.contains(input([1, 2, 3, 4, 5])))
        #expect(Set(candidates).count == candidates.count)
    }

    @Test func shrinkCandidatesOfGeneratedTreesAreSmallerValidTrees() throws {
        for seed in UInt64(0)..<30 {
            // Distinct values, so that no two structural candidates coincide.
            guard case .array(let entries) = problem.generate(seed: seed, size: 2 + Int(seed)).arguments[0] else { continue }
            var label = 0
            let original = input(.array(entries.map { entry in
                guard entry != .null else { return .null }
                label += 1
                return .int(label)
            }))
            let count = try nodeCount(original)
            let candidates = problem.shrinkCandidates(original)
            // Hoisting or removing each of the count - 1 non-root nodes, smallest first, all valid.
            let structural = candidates.prefix(2 * (count - 1))
            var previous = 0
            for candidate in structural {
                try problem.validate(candidate)
                let nodes = try nodeCount(candidate)
                #expect(nodes < count && nodes >= previous, "seed \(seed)")
                previous = nodes
            }
            #expect(candidates.count > structural.count, "generic reductions follow")
        }
    }

    @Test func shrinksAnInvalidTreeGenerically() {
        let broken = input([1, nil, nil, 2])
        #expect(problem.shrinkCandidates(broken) == InputReducer.candidates(for: broken))
    }

    @Test func worstCasesArePathsOfTheLargestSize() throws {
        for size in [1, 2, 3, 1_000, 10_000] {
            let cases = problem.worstCases(seed: 10, size: size)
            #expect(cases.map(\.name) == ["path of left children", "zig-zag path", "two arms from the root"])
            for worst in cases {
                #expect(try nodeCount(worst.input) == size)
                #expect(try problem.solve(worst.input) == .int(size - 1), "\(worst.name): a path of \(size) nodes")
            }
        }
        guard case .array(let zigzag) = problem.worstCases(seed: 10, size: 4)[1].input.arguments[0] else {
            Issue.record("not a level-order array")
            return
        }
        // 0 -left-> 1 -right-> 2 -left-> 3, in level order: each level one node, its other child null.
        #expect(zigzag.map { $0 == .null } == [false, false, true, true, false, false])
    }
}
