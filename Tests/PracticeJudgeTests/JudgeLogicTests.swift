import PracticeCatalog
@testable import PracticeJudge
import Testing

/// The judge's pure helpers: hashing, random test sizes and seeds, command lines, excerpts, the catalog oracle's text.
@Suite struct JudgeLogicTests {
    @Test func sha256MatchesKnownVectors() {
        #expect(SHA256.hex(Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = String(repeating: "a", count: 1000)
        #expect(SHA256.hex(Array(long.utf8)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
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

    @Test func excerptsKeepTheHeadAndSayWhatWasCut() {
        #expect(excerpt("short") == "short")
        let long = excerpt(String(repeating: "x", count: 2_500))
        #expect(long.hasPrefix(String(repeating: "x", count: 2_000)))
        #expect(long.hasSuffix("(500 more characters)"))
    }

    @Test func theCatalogOracleSpeaksText() throws {
        let problem = try #require(Catalog.problem(slug: "shortest-unsorted-subarray"))
        let oracle = CatalogOracle(problem)
        #expect(oracle.version == ReferenceFingerprint.of(problem))
        #expect(try oracle.solve("[2,6,4,8,10,9,15]\n") == "5")
        #expect(throws: JudgeFailure.self) { try oracle.solve("not json\n") }
        #expect(oracle.check(input: "[1]\n", expected: "0", actual: "0\n") == .accepted)
        #expect(oracle.measure("[3,1]\n") < oracle.measure("[3,1,2]\n"))
        #expect(oracle.measure("[1,0]\n") < oracle.measure("[9,0]\n"))
        #expect(oracle.measure("oops") == .unreadable)
        let candidates = oracle.shrinkCandidates("[3,1,2]\n")
        #expect(!candidates.isEmpty && candidates.allSatisfy { oracle.measure($0) != .unreadable })
        #expect(try oracle.generate(seed: 3, size: 5) == problem.generate(seed: 3, size: 5).text)
        #expect(InputMeasure.ofText("1 2") < InputMeasure.ofText("1 5"))
        #expect(WorkerPool.map(5, jobs: 3) { $0 * $0 } == [0, 1, 4, 9, 16])
    }
}
