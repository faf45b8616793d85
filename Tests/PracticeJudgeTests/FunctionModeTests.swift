import Foundation
import PracticeCatalog
import PracticeLanguages
import PracticeModel
import PracticeRunner
@testable import PracticeJudge
import PracticeTestSupport
import Testing

@Suite("Function mode: driver records, sessions")
struct FunctionModeTests {
    // MARK: Records

    @Test func parsesEveryRecord() {
        #expect(DriverRecord.parse("ready\t0.031000") == .ready(processCpu: 0.031))
        #expect(DriverRecord.parse("fatal\t\"no Solution\"\t\"\"") == .fatal(message: "no Solution", details: ""))
        #expect(DriverRecord.parse("ok\t0.001\t0.002\t14000\t0.5\t[1,\"a\\tb\"]")
                == .answer(DriverAnswer(cpu: 0.001, wall: 0.002, peakKiB: 14000, processCpu: 0.5, outcome: .value("[1,\"a\\tb\"]"))))
        #expect(DriverRecord.parse("err\t0.1\t0.2\t9\t1.5\t\"ValueError: x\"\t\"  File \\\"Main.py\\\"\"")
                == .answer(DriverAnswer(cpu: 0.1, wall: 0.2, peakKiB: 9, processCpu: 1.5,
                                        outcome: .error(message: "ValueError: x", details: "  File \"Main.py\""))))
        #expect(DriverRecord.parse("5") == nil)
        #expect(DriverRecord.parse("ok\tslow\t0\t0\t0\t1") == nil)
        #expect(DriverRecord.parse("err\t0\t0\t0\t0\tnot json") == nil)
        #expect(DriverRecord.parse("") == nil)
    }

    @Test func stderrIsSplitAtMarkersEvenAcrossChunks() {
        var splitter = StderrSplitter()
        let stream = Array("first\n".utf8) + FunctionDriver.stderrMarker + Array("\u{1E}not a marker".utf8)
            + FunctionDriver.stderrMarker + FunctionDriver.stderrMarker + Array("in flight".utf8)
        for start in stride(from: 0, to: stream.count, by: 5) {  // fed in 5-byte pieces
            stream[start..<min(start + 5, stream.count)].withUnsafeBufferPointer { splitter.feed($0) }
        }
        let segments = splitter.segments.map { $0.map { String(decoding: $0, as: UTF8.self) } }
        #expect(segments == ["first\n", "\u{1E}not a marker", ""])
        #expect(splitter.current.map { String(decoding: $0, as: UTF8.self) } == "in flight")
        #expect(splitter.currentTotal == 9)
    }

    @Test func driverInputHasOneLinePerArgument() {
        #expect(TestRunner.driverInput("[1,2]\n3\n", arity: 2) == "[1,2]\n3\n")
        #expect(TestRunner.driverInput("[1,2]\r\n\n  \n3", arity: 2) == "[1,2]\r\n3\n")
        #expect(TestRunner.driverInput("[1,2]\n", arity: 2) == nil)
    }

    // MARK: Sessions, with a fake driver

    private static let problem = Catalog.problem(slug: "shortest-unsorted-subarray")!

    private func tests(_ count: Int) -> [PlannedTest] {
        (0..<count).map { index in
            let input = Self.problem.generate(seed: UInt64(index + 1), size: 1 + index * 3)
            return PlannedTest(ordinal: index + 1, origin: .random, testCaseId: nil, seed: Int64(index + 1), size: 1 + index * 3,
                               input: input.text, expected: .success(try! Self.problem.solve(input).json))
        }
    }

    /// A fake driver: answers every test of its stdin with the reference's answer, except that it
    /// "crashes" (SIGSEGV) on inputs for which `crashes` is true, answering nothing after them.
    private func fakeDriver(crashes: @escaping @Sendable ([Int]) -> Bool = { _ in false },
                            wrong: @escaping @Sendable ([Int]) -> Bool = { _ in false }) -> FakeRunner {
        FakeRunner { stdin in
            var out = "ready\t0.010\n"
            var cpu = 0.01
            for line in stdin.split(separator: "\n") {
                guard case .array(let values)? = try? JSONValue.parse(String(line)) else { break }
                let nums = values.compactMap { if case .int(let n) = $0 { n } else { nil } }
                if crashes(nums) {
                    return RunResult(termination: .signaled(SIGSEGV), stdout: Array(out.utf8), cpuTime: cpu + 0.002,
                                     wallTime: 0.05, peakMemoryBytes: 9 << 20)
                }
                let input = TestInput(arguments: [.array(values)])
                var answer = (try? Self.problem.solve(input).json) ?? "null"
                if wrong(nums) { answer = "-1" }
                cpu += 0.001
                out += "ok\t0.001000\t0.001000\t9000\t\(cpu)\t\(answer)\n"
            }
            return RunResult(termination: .exited(0), stdout: Array(out.utf8), cpuTime: cpu, wallTime: 0.05,
                             peakMemoryBytes: 9 << 20)
        }
    }

    private func runner(_ fake: FakeRunner, jobs: Int = 2, stopAtFirstFailure: Bool = false) -> TestRunner {
        TestRunner(runner: fake, checker: CatalogOracle(Self.problem),
                   limits: RunLimits(cpuTime: 1, wallTime: 3, memoryBytes: 256 << 20, outputBytes: 1 << 20),
                   jobs: jobs, stopAtFirstFailure: stopAtFirstFailure)
    }

    private let solution = PreparedSolution(arguments: ["driver"], workingDirectory: "/", functionArity: 1)

    @Test func oneDriverPerWorkerAnswersEveryTest() {
        let fake = fakeDriver()
        let results = runner(fake).run(tests(40), solution: solution, progress: nil)
        #expect(results.count == 40)
        #expect(results.allSatisfy { $0.verdict == .AC })
        #expect(results.map(\.test.ordinal) == Array(1...40))
        #expect(fake.runCount == 2)
        #expect(results.allSatisfy { $0.cpuTime == 0.001 && $0.peakMemoryBytes == 9000 * 1024 })
        // Each test's limits apply per record; the whole run only has a backstop.
        let limits = fake.lastLimits
        #expect(limits?.recordCpuTime == 1 && limits?.recordWallTime == 3)
        #expect(limits?.memoryBytes == 256 << 20)
        #expect((limits?.cpuTime ?? 0) > 1)
    }

    @Test func aCrashFailsThatTestAndANewDriverRunsTheRest() {
        let fake = fakeDriver(crashes: { $0.count == 13 })  // the size of test 5 (1 + 4 * 3)
        let results = runner(fake, jobs: 1).run(tests(10), solution: solution, progress: nil)
        #expect(results.count == 10)
        let crashed = results.filter { $0.verdict != .AC }
        #expect(crashed.map(\.test.ordinal) == [5])
        #expect(crashed.first?.verdict == .RE)
        #expect(crashed.first?.signal == SIGSEGV)
        #expect(crashed.first?.message?.contains("SIGSEGV") == true)
        #expect(fake.runCount == 2)  // restarted once, on tests 6...10
    }

    @Test func stopAtFirstFailureStopsTheDrivers() {
        let fake = fakeDriver(wrong: { $0.count == 7 })  // test 3
        let results = runner(fake, jobs: 1, stopAtFirstFailure: true).run(tests(10), solution: solution, progress: nil)
        #expect(results.map(\.test.ordinal) == [1, 2, 3])
        #expect(results.last?.verdict == .WA)
        #expect(results.last?.actual == "-1")
    }

    @Test func aLoadFailureFailsEveryTestOfTheChunkWithItsMessage() {
        let fake = FakeRunner { _ in
            RunResult(termination: .exited(1), stdout: Array("fatal\t\"the solution failed to load: SyntaxError\"\t\"line 2\"\n".utf8))
        }
        let results = runner(fake, jobs: 2).run(tests(6), solution: solution, progress: nil)
        #expect(results.count == 6)
        #expect(results.allSatisfy { $0.verdict == .RE && $0.message == "the solution failed to load: SyntaxError" })
        #expect(fake.runCount == 2)  // not restarted for each test
    }

    @Test func aTestTheReferenceCannotAnswerIsAJudgeErrorAndNotFedToTheDriver() {
        var planned = tests(4)
        let broken = planned[1]
        planned[1] = PlannedTest(ordinal: broken.ordinal, origin: broken.origin, testCaseId: nil, seed: broken.seed, size: broken.size,
                                 input: broken.input, expected: .failure(JudgeFailure(message: "reference failed")))
        let fake = fakeDriver()
        let results = runner(fake, jobs: 1).run(planned, solution: solution, progress: nil)
        #expect(results.map(\.verdict) == [.AC, .IE, .AC, .AC])
    }

    @Test func anAnswerOverTheOutputLimitIsAnOutputLimitOfThatTest() {
        // The limit is 1 MiB here: test 2 answers with 2 MB of digits.
        let fake = FakeRunner { _ in
            let huge = String(repeating: "7", count: 2 << 20)
            let text = "ready\t0\nok\t0\t0\t1\t0\t0\nok\t0\t0\t1\t0\t" + huge + "\n"
            return RunResult(termination: .exited(0), stdout: Array(text.utf8))
        }
        let results = runner(fake, jobs: 1).run(tests(3), solution: solution, progress: nil)
        #expect(results.count == 3)
        #expect(results.prefix(2).map(\.verdict) == [.AC, .OLE])
        #expect(results.count == 3 && results[1].message?.prefix(40) == "output over the 1 MB limit")
        #expect(fake.runCount == 2)  // restarted for test 3
    }

    @Test func printsOverTheOutputLimitAreAnOutputLimitOfThatTest() {
        let fake = FakeRunner { _ in
            RunResult(termination: .exited(0), stdout: Array("ready\t0\n".utf8), stderr: Array(repeating: 0x41, count: 2 << 20))
        }
        let results = runner(fake, jobs: 1, stopAtFirstFailure: true).run(tests(3), solution: solution, progress: nil)
        #expect(results.map(\.verdict) == [.OLE])
        #expect(results.first?.message == "output on stderr over the 1 MB limit")
        #expect(results.first?.stderr?.utf8.count == 64 << 10)  // only the start is kept
    }

    @Test func garbledOutputAfterReadyIsARuntimeErrorOfThatTest() {
        let fake = FakeRunner { _ in
            RunResult(termination: .exited(0), stdout: Array("ready\t0\nhello from the solution\n".utf8))
        }
        let results = runner(fake, jobs: 1).run(tests(1), solution: solution, progress: nil)
        #expect(results.first?.verdict == .RE)
        #expect(results.first?.message?.contains("garbled") == true)
    }
}
