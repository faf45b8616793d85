import Foundation
import PracticeTracker
import PracticeStorage
import Testing
import PracticeModel

/// The review queue of a history whose grades, recalls and order are known.
@Suite("Review queue")
struct ReviewTests {
    static let now = Date(timeIntervalSince1970: 1_720_000_000)
    static let day: TimeInterval = 86_400

    let practice: Practice

    init() throws {
        practice = Practice(database: try AppDatabase.inMemory())
        let history: [(slug: String, attempts: [(verdict: String, daysAgo: Double)])] = [
            ("unsolved-old", [("WA", 3)]),
            ("unsolved-new", [("TLE", 2), ("RE", 1)]),
            ("regressed", [("AC", 6), ("WA", 2)]),
            ("first-try", [("AC", 10), ("IE", 9)]),                 // easy: 7 days, recall after 10 days 0.863
            ("after-a-limit", [("TLE", 2.5), ("AC", 2)]),           // hard: 1 day, recall after 2 days 0.818
            ("after-a-wrong-answer", [("WA", 5.5), ("AC", 5)]),     // good: 3 days, recall after 5 days 0.844
            ("fresh", [("AC", 1)]),                                 // easy, due in 6 days
            ("reviewed", [("AC", 20), ("AC", 10)]),                 // easy, 2 days with AC: 17.5 days
        ]
        for (slug, attempts) in history {
            let problem = try StatsFixture.add(practice.database, slug, .medium, tags: [])
            for (verdict, daysAgo) in attempts {
                let date = Self.now.addingTimeInterval(-daysAgo * Self.day)
                _ = try practice.database.recordAttempt(StatsFixture.attempt(problem, Verdict(rawValue: verdict)!, at: date), outcomes: [])
            }
        }
        _ = try StatsFixture.add(practice.database, "never-tried", .easy, tags: [])
    }

    @Test func unsolvedThenRegressedThenLowestRecall() throws {
        let queue = try practice.review(now: Self.now)

        #expect(queue.items.map(\.slug) == ["unsolved-new", "unsolved-old", "regressed", "after-a-limit",
                                            "after-a-wrong-answer", "first-try"])
        #expect(queue.items.map(\.reason) == [.unsolved, .unsolved, .regressed, .due, .due, .due])
        #expect(queue.items.map(\.grade) == [.again, .again, .again, .hard, .good, .easy])
        #expect(queue.items.map(\.failures) == [2, 1, 1, 1, 1, 0])
        #expect(queue.items.map(\.stabilityDays) == [nil, nil, nil, 1, 3, 7])
        let recalls = queue.items.compactMap(\.recall)
        let expected: [Double] = [9.0 / 11, 27.0 / 32, 63.0 / 73]  // 1 / (1 + t / 9S)
        #expect(recalls.count == 3)
        #expect(zip(recalls, expected).allSatisfy { abs($0 - $1) < 1e-9 })
        #expect(queue.more == 0 && queue.scheduled == 2)
        #expect(queue.nextDueAt == Self.now.addingTimeInterval(6 * Self.day))
    }

    @Test func limitKeepsTheMostNeeded() throws {
        let queue = try practice.review(limit: 2, now: Self.now)
        #expect(queue.items.map(\.slug) == ["unsolved-new", "unsolved-old"])
        #expect(queue.more == 4)
        #expect(throws: ServiceError.self) { try practice.review(limit: 0) }
    }

    /// Each later day with an accepted attempt multiplies the stability by 2.5.
    @Test func reviewsLengthenTheInterval() throws {
        let items = ReviewScheduler.order(try practice.database.reviewEvidence(), now: Self.now)
        let reviewed = try #require(items.first { $0.slug == "reviewed" })
        #expect(reviewed.reason == .scheduled && reviewed.stabilityDays == 17.5)
        #expect(items.last?.slug == "reviewed")
        #expect(!items.contains { $0.slug == "never-tried" })
    }
}
