@testable import PracticeTracker
import PracticeCatalog
import Testing

@Suite struct PureLogicTests {
    @Test func verdictPrecedence() {
        #expect(Verdict.worst(of: [.AC, .WA, .RE]) == .RE)
        #expect(Verdict.worst(of: [.TLE, .MLE, .OLE]) == .TLE)
        #expect(Verdict.worst(of: [.CE, .TLE]) == .CE)
        #expect(Verdict.worst(of: [.IE, .CE]) == .IE)
        #expect(Verdict.worst(of: []) == .AC)
        let order: [Verdict] = [.IE, .CE, .TLE, .MLE, .OLE, .RE, .WA, .AC]
        #expect(order == order.sorted(by: >))
    }

    @Test func streaks() {
        #expect(Streaks.compute(days: [], today: "2026-03-10") == (0, 0))
        #expect(Streaks.compute(days: ["2026-03-10"], today: "2026-03-10") == (1, 1))
        #expect(Streaks.compute(days: ["2026-03-09"], today: "2026-03-10") == (1, 1))
        #expect(Streaks.compute(days: ["2026-03-08"], today: "2026-03-10") == (0, 1))
        // Across a month end and a leap day, with duplicates and disorder.
        let days = ["2024-03-01", "2024-02-28", "2024-02-29", "2024-02-29", "2024-02-20", "2024-02-21"]
        #expect(Streaks.compute(days: days, today: "2024-03-02") == (3, 3))
        #expect(Streaks.compute(days: days, today: "2024-03-05") == (0, 3))
        #expect(Streaks.compute(days: ["2025-12-31", "2026-01-01"], today: "2026-01-01") == (2, 2))
        #expect(Streaks.dayNumber("1970-01-01") == 0)
        #expect(Streaks.dayNumber("2000-03-01") == 11_017)
        #expect(Streaks.dayNumber("not a day") == nil)
    }

    @Test func theReferenceVersionIsAHashOfWhatTheReferenceDoes() {
        let fingerprint = ReferenceFingerprint.of(ShortestUnsortedSubarray())
        #expect(fingerprint == ReferenceFingerprint.of(ShortestUnsortedSubarray()))
        #expect(fingerprint.hasPrefix(ShortestUnsortedSubarray().version + "+"))
        // Same declared version, different behaviour: a different fingerprint.
        #expect(ReferenceFingerprint.of(BrokenReference(failAbove: 3)) != ReferenceFingerprint.of(BrokenReference(failAbove: 100)))
        #expect(ReferenceFingerprint.of(BrokenReference(failAbove: 3)) == ReferenceFingerprint.of(BrokenReference(failAbove: 3)))
    }

}
