import Foundation
import PracticeModel
import PracticeStorage
import Testing

@Suite("Test cases and cached answers")
struct TestCaseTests {
    let database: AppDatabase
    let problemId: Int64

    init() throws {
        database = try AppDatabase.inMemory()
        problemId = try #require(
            try database.addProblem(Fixture.problem("two-sum"), tags: [], testCases: []).id)
    }

    @Test func examplesComeFirstThenById() throws {
        let counterexample = try database.addTestCase(Fixture.testCase(problemId: problemId, origin: .counterexample, input: "c"))
        let example = try database.addTestCase(Fixture.testCase(problemId: problemId, origin: .example, input: "e"))
        let user = try database.addTestCase(Fixture.testCase(problemId: problemId, origin: .user, input: "u"))

        #expect(try database.testCases(problemId: problemId) == [example, counterexample, user])
    }

    @Test func addingTheSameInputTwiceKeepsTheFirstRow() throws {
        let first = try database.addTestCase(
            TestCaseRecord(problemId: problemId, origin: .random, input: "[3,1]\n", seed: 7, size: 2, createdAt: Fixture.addedAt))
        let again = try database.addTestCase(Fixture.testCase(problemId: problemId, origin: .counterexample, input: "[3,1]\n"))
        let other = try database.addTestCase(Fixture.testCase(problemId: problemId, origin: .counterexample, input: "[1,3]\n"))

        #expect(first.id != nil)
        #expect(again == first)
        #expect(other.id != first.id)
        #expect(try database.testCases(problemId: problemId) == [first, other])
    }

    @Test func sameInputIsAllowedForAnotherProblem() throws {
        let otherId = try #require(try database.addProblem(Fixture.problem("other"), tags: [], testCases: []).id)
        let first = try database.addTestCase(Fixture.testCase(problemId: problemId, origin: .user, input: "[1]\n"))
        let second = try database.addTestCase(Fixture.testCase(problemId: otherId, origin: .user, input: "[1]\n"))
        #expect(first.id != second.id)
    }

    @Test func updateExpectedStoresAnswersById() throws {
        let first = try database.addTestCase(Fixture.testCase(problemId: problemId, origin: .example, input: "a"))
        let second = try database.addTestCase(Fixture.testCase(problemId: problemId, origin: .example, input: "b"))

        let firstId = try #require(first.id)
        try database.updateExpected([(testCaseId: firstId, expected: "5", referenceVersion: "ref-2")])

        let stored = try database.testCases(problemId: problemId)
        #expect(stored.map(\.expected) == ["5", nil])
        #expect(stored.map(\.referenceVersion) == ["ref-2", nil])
        #expect(stored[1] == second)
    }

    @Test func cachedAnswersRoundTripPerReferenceVersion() throws {
        let small = RandomTestKey(seed: 1, size: 1)
        let large = RandomTestKey(seed: -9_000_000_000, size: 10_000)
        let uncached = RandomTestKey(seed: 1, size: 2)

        try database.cacheExpected(problemId: problemId, referenceVersion: "ref-1", [small: "0", large: "17"])
        try database.cacheExpected(problemId: problemId, referenceVersion: "ref-2", [small: "1"])

        #expect(try database.cachedExpected(problemId: problemId, referenceVersion: "ref-1", keys: [small, large, uncached])
                == [small: "0", large: "17"])
        #expect(try database.cachedExpected(problemId: problemId, referenceVersion: "ref-2", keys: [small, large]) == [small: "1"])
        #expect(try database.cachedExpected(problemId: problemId, referenceVersion: "ref-3", keys: [small]).isEmpty)
    }

    @Test func cachingAgainReplacesTheAnswer() throws {
        let key = RandomTestKey(seed: 5, size: 3)
        try database.cacheExpected(problemId: problemId, referenceVersion: "ref-1", [key: "old"])
        try database.cacheExpected(problemId: problemId, referenceVersion: "ref-1", [key: "new"])
        #expect(try database.cachedExpected(problemId: problemId, referenceVersion: "ref-1", keys: [key]) == [key: "new"])
    }
}
