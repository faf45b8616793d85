import Testing
@testable import PracticeCatalog

/// Shrinking candidates stay within a memory budget however large the failing input (issue 11: a
/// 10^5-element input once made 2·10^5 full copies of itself, 24 GB).
@Suite struct InputReducerTests {
    @Test func largeInputsGetTheirCoarsestReductionsWithinTheBudget() {
        let nums = JSONValue.array((0..<100_000).map { .int($0 % 997) })
        let input = TestInput(arguments: [nums, .int(3)])
        let candidates = InputReducer.candidates(for: input)
        let held = candidates.reduce(0) { $0 + $1.arguments.reduce(0) { $0 + InputReducer.size(of: $1) } }
        #expect(held <= InputReducer.budget)
        #expect(candidates.count >= 6, "halves and quarters at least")
        // The most aggressive first: the first two delete one half each.
        guard case .array(let first)? = candidates.first?.arguments.first else { Issue.record("no candidate"); return }
        #expect(first.count == 50_000)
    }

    @Test func smallInputsStillGetEveryFineReduction() {
        let input = TestInput(arguments: [[5, -3, 8, 0]])
        let candidates = InputReducer.candidates(for: input)
        #expect(candidates.contains(TestInput(arguments: [[5, 8, 0]])), "single deletions")
        #expect(candidates.contains(TestInput(arguments: [[0, -3, 8, 0]])), "a number toward 0")
        #expect(candidates.contains(TestInput(arguments: [[5, 3, 8, 0]])), "a negative made positive")
    }

    @Test func aPathShapedTreeShrinksWithinTheBudget() {
        // 10^4 nodes in a path: every subtree and every removal would be 10^8 values.
        var levels: [JSONValue] = [1]
        for value in 2...10_000 { levels += [.null, .int(value % 100)] }
        let problem = DiameterOfBinaryTree()
        let input = TestInput(arguments: [.array(levels)])
        let candidates = problem.shrinkCandidates(input)
        let held = candidates.reduce(0) { $0 + $1.arguments.reduce(0) { $0 + InputReducer.size(of: $1) } }
        #expect(held <= 3 * InputReducer.budget)
        #expect(!candidates.isEmpty)
    }
}
