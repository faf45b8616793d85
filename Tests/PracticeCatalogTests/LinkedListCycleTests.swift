import Testing
import PracticeCatalog
import PracticeModel

/// LeetCode 141, the catalog's list with a cycle: `pos` builds the input and is not passed to the function.
@Suite struct LinkedListCycleTests {
    let problem = LinkedListCycle()

    private func input(_ head: [Int], _ pos: Int) -> TestInput { TestInput(arguments: [.array(head.map(JSONValue.int)), .int(pos)]) }

    @Test func declaresTheCycleAndPassesTheListOnly() {
        #expect(problem.slug == "linked-list-cycle" && problem.number == 141 && problem.difficulty == .easy)
        #expect(problem.signature.cycle == ListCycle(list: 0, position: 1))
        #expect(problem.signature.arguments == [Parameter(name: "head", type: "ListNode?")])
        #expect(problem.signature.parameters.count == 2 && problem.maxSize == 10_000)
        #expect(problem.statement.contains("## Function\n`hasCycle(head: ListNode?) -> Bool`"))
        #expect(problem.statement.contains("`pos` is not passed to the function"))
        #expect(problem.statement.contains("- the number of nodes in `head` is between `0` and `10^4`"))
    }

    @Test func answersTheExamplesAndHandPickedLists() throws {
        #expect(try problem.examples.map(problem.solve) == [true, true, false])
        #expect(try problem.examples.map(problem.bruteForce) == [true, true, false])
        for (head, pos, expected) in [([Int](), -1, false), ([1], 0, true), ([1, 1, 1], -1, false), ([1, 2, 3], 2, true)] {
            #expect(try problem.solve(input(head, pos)) == .bool(expected))
            #expect(try problem.bruteForce(input(head, pos)) == .bool(expected))
        }
    }

    @Test func rejectsAPositionOutsideTheList() {
        for (head, pos) in [([1, 2], 2), ([Int](), 0), ([1], -2)] {
            #expect(throws: CatalogError.self) { try problem.validate(input(head, pos)) }
        }
    }

    @Test func generatesCyclesEverywhereAndRepeatedValues() throws {
        var kinds: Set<String> = []
        for seed in UInt64(0)..<300 {
            let generated = problem.generate(seed: seed, size: 1 + Int(seed * 13 % 200))
            try problem.validate(generated)
            #expect(try problem.solve(generated) == problem.bruteForce(generated))
            guard case .array(let head) = generated.arguments[0], case .int(let pos) = generated.arguments[1] else { continue }
            if pos < 0 { kinds.insert("none") }
            if pos == 0 && !head.isEmpty { kinds.insert("to the first") }
            if pos >= 0 && pos == head.count - 1 { kinds.insert("to the last") }
            if head.isEmpty { kinds.insert("empty") }
            if pos < 0 && Set(head).count < head.count { kinds.insert("repeats without a cycle") }
        }
        #expect(kinds == ["none", "to the first", "to the last", "empty", "repeats without a cycle"])
        let worst = problem.worstCases(seed: 1, size: 10_000)
        #expect(worst.count == 2)
        for case_ in worst { try problem.validate(case_.input) }
    }
}
