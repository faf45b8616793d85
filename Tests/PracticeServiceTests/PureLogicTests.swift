@testable import PracticeService
import PracticeCatalog
import Testing

@Suite struct PureLogicTests {
    @Test func sha256MatchesKnownVectors() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = String(repeating: "a", count: 1000)
        #expect(SHA256.hex(Array(long.utf8)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

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

    @Test func randomTestSizesGrowToTheMaximum() {
        let sizes = TestPlanner.sizes(count: 100, maxSize: 10_000)
        #expect(sizes.count == 100)
        #expect(sizes.first == 1)
        #expect(sizes.last == 10_000)
        #expect(sizes == sizes.sorted())
        #expect(sizes.filter { $0 <= 10 }.count >= 20)
        #expect(TestPlanner.sizes(count: 0, maxSize: 5).isEmpty)
        #expect(TestPlanner.sizes(count: 3, maxSize: 1) == [1, 1, 1])
        #expect(TestPlanner.seeds(attemptSeed: 42, count: 5) == TestPlanner.seeds(attemptSeed: 42, count: 5))
        #expect(Set(TestPlanner.seeds(attemptSeed: 42, count: 100)).count == 100)
        #expect(TestPlanner.seeds(attemptSeed: 42, count: 5).allSatisfy { $0 >= 0 })
    }

    @Test func simpleCommandsAreExecedCompoundOnesAreNot() {
        #expect(shellArguments("python3 sol.py") == ["/bin/sh", "-c", "exec python3 sol.py"])
        #expect(shellArguments("cd build && ./sol") == ["/bin/sh", "-c", "cd build && ./sol"])
        #expect(shellArguments("./sol < in.txt") == ["/bin/sh", "-c", "./sol < in.txt"])
        #expect(shellArguments("echo $HOME") == ["/bin/sh", "-c", "echo $HOME"])
    }

    /// A plain command whose program exists is executed without a shell (one exec per test, not two).
    @Test func plainCommandsRunWithoutAShell() {
        #expect(commandArguments("python3 sol.py --flag=1") == ["python3", "sol.py", "--flag=1"])
        #expect(commandArguments("  /bin/cat   in.txt ") == ["/bin/cat", "in.txt"])
        for shellOnly in ["cd build && ./sol", "echo hi", "exec python3 sol.py", "python3 'my sol.py'", "python3 *.py",
                          "X=1 python3 sol.py", "python3 ~/sol.py", "no-such-program-here sol.py", "python3 sol.py # note"] {
            #expect(commandArguments(shellOnly) == shellArguments(shellOnly), "\(shellOnly)")
        }
    }

    @Test func theReferenceVersionIsAHashOfWhatTheReferenceDoes() {
        let fingerprint = ReferenceFingerprint.of(ShortestUnsortedSubarray())
        #expect(fingerprint == ReferenceFingerprint.of(ShortestUnsortedSubarray()))
        #expect(fingerprint.hasPrefix(ShortestUnsortedSubarray().version + "+"))
        // Same declared version, different behaviour: a different fingerprint.
        #expect(ReferenceFingerprint.of(BrokenReference(failAbove: 3)) != ReferenceFingerprint.of(BrokenReference(failAbove: 100)))
        #expect(ReferenceFingerprint.of(BrokenReference(failAbove: 3)) == ReferenceFingerprint.of(BrokenReference(failAbove: 3)))
    }

    @Test func excerptsKeepTheHeadAndSayWhatWasCut() {
        #expect(excerpt("short") == "short")
        let long = excerpt(String(repeating: "x", count: 2_500))
        #expect(long.hasPrefix(String(repeating: "x", count: 2_000)))
        #expect(long.hasSuffix("(500 more characters)"))
    }
}
