import Foundation
import PracticeCatalog
import PracticeRunner
@testable import PracticeService
import Testing

@Suite("Function mode: detection, driver records, sessions")
struct FunctionModeTests {
    private func mode(_ source: String, _ language: String, _ function: String = "findUnsortedSubarray") -> SolutionMode {
        ModeDetection.mode(of: source, language: language, functionName: function)
    }

    // MARK: Detection

    @Test func pythonClassSolutionIsAFunction() {
        let source = """
            from typing import List
            class Solution:
                def findUnsortedSubarray(self, nums: List[int]) -> int:
                    return 0
            """
        #expect(mode(source, "python") == .function)
    }

    @Test func pythonTopLevelFunctionInEitherSpellingIsAFunction() {
        #expect(mode("def findUnsortedSubarray(nums):\n    return 0\n", "python") == .function)
        #expect(mode("def find_unsorted_subarray(nums):\n    return 0\n", "python") == .function)
        // A nested or differently named function is not the entry point.
        #expect(mode("def helper(nums):\n    return 0\nprint(1)\n", "python") == .program)
    }

    @Test func pythonReadingStdinIsAProgram() {
        let examples = [
            "import sys\ndef find_unsorted_subarray(nums):\n    return 0\nprint(find_unsorted_subarray(eval(sys.stdin.readline())))\n",
            "class Solution:\n    def findUnsortedSubarray(self, nums): return 0\nprint(Solution().findUnsortedSubarray(eval(input())))\n",
            "from sys import stdin\nclass Solution: pass\n",
            "import fileinput\nclass Solution: pass\n",
        ]
        for source in examples { #expect(mode(source, "python") == .program, "\(source)") }
    }

    @Test func pythonWordsInCommentsAndDocstringsDoNotCount() {
        let source = #"""
            class Solution:
                """No input() here, and nothing from sys.stdin either."""
                def findUnsortedSubarray(self, nums):  # not input()
                    text = "sys.stdin"
                    return 0
            """#
        #expect(mode(source, "python") == .function)
        #expect(ModeDetection.stripPython("x = 'a # b'  # c\ny = \"\"\"q\ninput()\"\"\"\n").contains("input") == false)
    }

    @Test func javaScriptForms() {
        #expect(mode("var findUnsortedSubarray = function(nums) { return 0; };", "javascript") == .function)
        #expect(mode("function findUnsortedSubarray(nums) { return 0; }", "javascript") == .function)
        #expect(mode("const findUnsortedSubarray = (nums) => 0;", "javascript") == .function)
        #expect(mode("class Solution { findUnsortedSubarray(nums) { return 0; } }", "javascript") == .function)
        let program = "const fs = require('fs');\nfunction findUnsortedSubarray(nums) { return 0; }\nconsole.log(findUnsortedSubarray(JSON.parse(fs.readFileSync(0, 'utf8'))));"
        #expect(mode(program, "javascript") == .program)
        #expect(mode("process.stdin.on('data', () => {});\nfunction findUnsortedSubarray() {}", "javascript") == .program)
        #expect(mode("const rl = require('readline');\nfunction findUnsortedSubarray() {}", "javascript") == .program)
        // Mentioned only in a comment: still a function.
        #expect(mode("// reads process.stdin? no.\nfunction findUnsortedSubarray() {}", "javascript") == .function)
    }

    @Test func cppForms() {
        let function = "class Solution {\npublic:\n    int findUnsortedSubarray(vector<int>& nums) { return 0; }\n};\n"
        #expect(mode(function, "cpp") == .function)
        #expect(mode("struct Solution { int findUnsortedSubarray(vector<int>& v) { return 0; } };", "cpp") == .function)
        // LeetCode's usual speed-up does not read anything.
        let speedUp = "static auto _ = [] { ios::sync_with_stdio(false); cin.tie(nullptr); return 0; }();\n" + function
        #expect(mode(speedUp, "cpp") == .function)
        #expect(mode(function + "int main() { return 0; }\n", "cpp") == .program)
        #expect(mode(function + "void f() { int x; cin >> x; }\n", "cpp") == .program)
        #expect(mode(function + "void f() { string s; getline(std::cin, s); }\n", "cpp") == .program)
        #expect(mode(function + "void f() { int x; scanf(\"%d\", &x); }\n", "cpp") == .program)
        // getline on a stringstream is not stdin; a commented-out main is not a main.
        #expect(mode(function + "void f(stringstream& ss) { string t; getline(ss, t, ','); }\n// int main() {}\n", "cpp") == .function)
    }

    @Test func swiftForms() {
        let function = "class Solution {\n    func findUnsortedSubarray(_ nums: [Int]) -> Int { 0 }\n}\n"
        #expect(mode(function, "swift") == .function)
        #expect(mode(function + "print(Solution().findUnsortedSubarray(readLine()!.split(separator: \",\").map { Int($0)! }))", "swift") == .program)
        #expect(mode("import Foundation\nlet data = FileHandle.standardInput.readDataToEndOfFile()\n" + function, "swift") == .program)
    }

    @Test func languagesWithoutADriverAreAlwaysPrograms() {
        #expect(mode("int findUnsortedSubarray(int *nums, int n) { return 0; }", "c") == .program)
        #expect(mode("class Solution { int findUnsortedSubarray(int[] nums) { return 0; } }", "java") == .program)
    }

    @Test func findingsTellAMisnamedMethodApart() {
        let found = ModeDetection.findings("class Solution:\n    def findUnsorted(self, nums): return 0\n",
                                           language: "python", functionName: "findUnsortedSubarray")
        #expect(found.definesSolutionClass && !found.mentionsFunction && !found.readsStdin)
    }

    @Test func snakeCase() {
        #expect(ModeDetection.snakeCase("findUnsortedSubarray") == "find_unsorted_subarray")
        #expect(ModeDetection.snakeCase("twoSum") == "two_sum")
        #expect(ModeDetection.snakeCase("merge") == "merge")
    }

    // MARK: Drivers

    @Test func cppTypesOfSignatures() {
        #expect(FunctionDriver.cppType("Int") == "int")
        #expect(FunctionDriver.cppType("Int64") == "long long")
        #expect(FunctionDriver.cppType("[[Character]]") == "vector<vector<char>>")
        #expect(FunctionDriver.cppType("[[Double]]") == "vector<vector<double>>")
        #expect(FunctionDriver.cppType("[String]") == "vector<string>")
        #expect(FunctionDriver.cppType("TreeNode?") == "TreeNode *")
        #expect(FunctionDriver.cppType("[Bool]") == "vector<bool>")
        #expect(FunctionDriver.cppType("[Int: Int]") == nil)
        #expect(FunctionDriver.cppType("Set<Int>") == nil)
    }

    @Test func driversForEverySignatureOfTheCatalog() throws {
        for problem in Catalog.problems {
            for language in ModeDetection.languages {
                let driver = try FunctionDriver.make(language: language, signature: problem.signature, solutionSource: "",
                                                     solutionFileName: "Main.x")
                #expect(driver.arity == problem.signature.parameters.count)
                #expect(driver.source.range(of: "@[A-Z_]+@", options: .regularExpression) == nil,
                        "unfilled placeholder in the \(language) driver of \(problem.slug)")
            }
        }
    }

    @Test func cppDriverLeavesTheSolutionsOwnTreeNode() throws {
        let signature = try #require(Catalog.problem(slug: "diameter-of-binary-tree")).signature
        let own = "struct TreeNode { int val; TreeNode *left, *right; TreeNode(int x) : val(x), left(nullptr), right(nullptr) {} };"
        let withOwn = try FunctionDriver.make(language: "cpp", signature: signature, solutionSource: own, solutionFileName: "Main.cpp")
        let commented = try FunctionDriver.make(language: "cpp", signature: signature,
                                                solutionSource: "/* struct TreeNode { int val; }; */", solutionFileName: "Main.cpp")
        #expect(!withOwn.source.contains("struct TreeNode {"))
        #expect(commented.source.contains("struct TreeNode {"))
    }

    @Test func noDriverForOtherLanguages() {
        let signature = Signature(functionName: "f", parameters: [], returnType: "Int")
        #expect(throws: ServiceError.self) {
            try FunctionDriver.make(language: "c", signature: signature, solutionSource: "", solutionFileName: "Main.c")
        }
        let odd = Signature(functionName: "f", parameters: [Parameter(name: "m", type: "[Int: Int]")], returnType: "Int")
        #expect(throws: ServiceError.self) {
            try FunctionDriver.make(language: "cpp", signature: odd, solutionSource: "", solutionFileName: "Main.cpp")
        }
        // Python and JavaScript pass any JSON value through.
        #expect((try? FunctionDriver.make(language: "python", signature: odd, solutionSource: "", solutionFileName: "Main.py")) != nil)
    }

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
