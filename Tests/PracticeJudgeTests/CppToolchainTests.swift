import Foundation
import PracticeCatalog
@testable import PracticeJudge
import PracticeLanguages
import PracticeModel
import PracticeRunner
import Testing

/// A runner that runs for real and remembers the command lines it started.
private final class RecordingRunner: ProcessRunner, @unchecked Sendable {
    private let native = NativeRunner()
    private let lock = NSLock()
    private var started: [[String]] = []

    var commands: [[String]] { lock.withLock { started } }

    func run(_ request: RunRequest, cancellation: CancellationFlag?) throws(RunnerError) -> RunResult {
        lock.withLock { started.append(request.arguments) }
        return try native.run(request, cancellation: cancellation)
    }

    func run(_ request: RunRequest, cancellation: CancellationFlag?,
             output: (OutputChannel, UnsafeBufferPointer<UInt8>) -> Bool) throws(RunnerError) -> RunResult {
        lock.withLock { started.append(request.arguments) }
        return try native.run(request, cancellation: cancellation, output: output)
    }

    func run(_ request: RunRequest, cancellation: CancellationFlag?, input: () -> [UInt8]?,
             output: (OutputChannel, UnsafeBufferPointer<UInt8>) -> Bool) throws(RunnerError) -> RunResult {
        lock.withLock { started.append(request.arguments) }
        return try native.run(request, cancellation: cancellation, input: input, output: output)
    }
}

/// C++ as LeetCode compiles it (issue 13): clang++ as C++23, else g++ as C++20, LeetCode's prelude precompiled once
/// per compiler into the cache directory, and a precompiled file the compiler refuses is rebuilt, never a CE.
@Suite(.serialized) struct CppToolchainTests {
    private static let problem = Catalog.problem(slug: "shortest-unsorted-subarray")!
    private static let oracle = CatalogOracle(problem)

    /// C++20's `contains` and C++23's "deducing this" (a recursive lambda), with no includes: the prelude gives them.
    private static let modern = """
        class Solution {
        public:
            int findUnsortedSubarray(vector<int>& nums) {
                vector<int> sorted(nums);
                ranges::sort(sorted);
                unordered_map<int, int> seen;
                for (int x : nums) seen[x]++;
                if (!seen.contains(nums[0])) return -1;
                auto first = [&](this auto&& self, int i) -> int { return i == (int)nums.size() || nums[i] != sorted[i] ? i : self(i + 1); };
                int left = first(0);
                if (left == (int)nums.size()) return 0;
                int right = (int)nums.size() - 1;
                while (nums[right] == sorted[right]) --right;
                return right - left + 1;
            }
        };

        """

    /// Builds `source` with `toolchain` in function mode, caching preludes in `cache`, and judges it on the examples
    /// and 20 random tests.
    private func judge(_ source: String, toolchain: LanguageRecipe, cache: String, runner: RecordingRunner) throws -> [TestResult] {
        let driver = try FunctionDriver.make(language: "cpp", signature: Self.problem.signature, solutionSource: source,
                                             solutionFileName: "Main.cpp", toolchain: toolchain)
        let workspace = try Workspace()
        defer { workspace.remove() }
        let build = try SolutionBuilder(runner: runner, cacheDirectory: cache)
            .prepare(source: source, recipe: toolchain, command: nil, driver: driver, in: workspace, interruption: nil)
        guard case .ready(let solution) = build else {
            Issue.record("the solution did not build: \(build)")
            return []
        }
        let examples = Self.problem.examples.map { StoredTest(id: nil, origin: .example, input: $0.text, expected: nil, referenceVersion: nil) }
        let plan = TestPlanner.plan(stored: examples, referenceVersion: Self.oracle.version, seed: 5, randomCount: 20,
                                    maxSize: Self.oracle.maxSize, worstCases: Self.oracle.worstCases)
        let (tests, _) = plan.tests(oracle: Self.oracle, cache: InMemoryAnswerCache(), jobs: 1)
        let limits = RunLimits(cpuTime: 2, wallTime: 5, memoryBytes: 512 << 20, outputBytes: outputLimitBytes)
        return TestRunner(runner: runner, checker: Self.oracle, limits: limits, jobs: 1, stopAtFirstFailure: true)
            .run(tests, solution: solution, progress: nil)
    }

    private func compiles(_ runner: RecordingRunner, compiler: String) -> [[String]] {
        runner.commands.filter { $0.first.map { ($0 as NSString).lastPathComponent == compiler } ?? false && $0.contains("-o") }
    }

    /// The precompiled files under the cache.
    private func precompiled(in cache: String) -> [String] {
        (FileManager.default.subpaths(atPath: cache) ?? []).filter { $0.hasSuffix(".pch") || $0.hasSuffix(".gch") }.sorted()
    }

    @Test(.enabled(if: ProcessSetup.which("clang++") != nil))
    func clangCompilesCpp23WithThePreludePrecompiledOnce() throws {
        let cache = try Workspace()
        defer { cache.remove() }
        let runner = RecordingRunner()
        let results = try judge(Self.modern, toolchain: CppLanguage.clang, cache: cache.path, runner: runner)
        #expect(!results.isEmpty && results.allSatisfy { $0.verdict == .AC }, "\(results.map(\.verdict))")
        let files = precompiled(in: cache.path)
        #expect(files.count == 1 && files[0].hasPrefix("cpp-prelude/") && files[0].hasSuffix("/driver_prefix.hpp.pch"), "\(files)")
        let pch = cache.path + "/" + files[0]
        let built = try FileManager.default.attributesOfItem(atPath: pch)[.modificationDate] as? Date

        // The second attempt uses it as it is: one compile, with -include-pch.
        let second = RecordingRunner()
        let again = try judge(Self.modern, toolchain: CppLanguage.clang, cache: cache.path, runner: second)
        #expect(!again.isEmpty && again.allSatisfy { $0.verdict == .AC })
        let compiles = compiles(second, compiler: "clang++")
        #expect(compiles.count == 1 && compiles[0].contains("-include-pch") && compiles[0].contains(pch), "\(compiles)")
        #expect(try FileManager.default.attributesOfItem(atPath: pch)[.modificationDate] as? Date == built)
    }

    @Test(.enabled(if: ProcessSetup.which("clang++") != nil))
    func aPrecompiledFileTheCompilerRefusesIsNotACompileError() throws {
        let cache = try Workspace()
        defer { cache.remove() }
        _ = try judge(Self.modern, toolchain: CppLanguage.clang, cache: cache.path, runner: RecordingRunner())
        let pch = cache.path + "/" + (try #require(precompiled(in: cache.path).first))
        try Data("not a precompiled header".utf8).write(to: URL(fileURLWithPath: pch))

        // Refused: compiled again without it (AC, not CE), and the file is gone, to be built by the next attempt.
        let runner = RecordingRunner()
        let results = try judge(Self.modern, toolchain: CppLanguage.clang, cache: cache.path, runner: runner)
        #expect(!results.isEmpty && results.allSatisfy { $0.verdict == .AC }, "\(results.map(\.verdict))")
        #expect(compiles(runner, compiler: "clang++").map { $0.contains("-include-pch") } == [true, false])
        #expect(!FileManager.default.fileExists(atPath: pch))
        _ = try judge(Self.modern, toolchain: CppLanguage.clang, cache: cache.path, runner: RecordingRunner())
        #expect(FileManager.default.fileExists(atPath: pch))
    }

    @Test(.enabled(if: ProcessSetup.which("g++") != nil))
    func gccCompilesCpp20WithItsOwnPrecompiledPrelude() throws {
        let cache = try Workspace()
        defer { cache.remove() }
        // g++ 12 has no "deducing this": the same solution with an ordinary loop.
        let cpp20 = Self.modern.replacingOccurrences(
            of: "auto first = [&](this auto&& self, int i) -> int { return i == (int)nums.size() || nums[i] != sorted[i] ? i : self(i + 1); };\n        int left = first(0);",
            with: "int left = 0;\n        while (left < (int)nums.size() && nums[left] == sorted[left]) ++left;")
        #expect(cpp20 != Self.modern)
        let runner = RecordingRunner()
        let results = try judge(cpp20, toolchain: CppLanguage.gcc, cache: cache.path, runner: runner)
        #expect(!results.isEmpty && results.allSatisfy { $0.verdict == .AC }, "\(results.map(\.verdict))")
        let files = precompiled(in: cache.path)
        #expect(files.count == 1 && files[0].hasSuffix("/driver_prefix.hpp.gch"), "\(files)")
        let compile = try #require(compiles(runner, compiler: "g++").last)
        #expect(compile.starts(with: ["g++", "-include", cache.path + "/" + files[0].dropLast(4)]) && compile.contains("-std=c++20"), "\(compile)")

        // Deducing this is a compile error with g++ 12, and the compiler's message says where.
        let workspace = try Workspace()
        defer { workspace.remove() }
        let driver = try FunctionDriver.make(language: "cpp", signature: Self.problem.signature, solutionSource: Self.modern,
                                             solutionFileName: "Main.cpp", toolchain: CppLanguage.gcc)
        let build = try SolutionBuilder(runner: NativeRunner(), cacheDirectory: cache.path)
            .prepare(source: Self.modern, recipe: CppLanguage.gcc, command: nil, driver: driver, in: workspace, interruption: nil)
        guard case .compileError(let message) = build else { throw CppToolchainError.compiled }
        #expect(message.contains("Main.cpp"), "\(message)")
    }

    @Test func theInstalledToolchainIsThePreferredOneThatIsThere() {
        #expect(LanguageRecipe.installed(named: "cpp") { _ in true } == CppLanguage.clang)
        #expect(LanguageRecipe.installed(named: "cpp") { $0 == "g++" } == CppLanguage.gcc)
        // Neither: the most common one, whose missing tool the error names with its package.
        let none = LanguageRecipe.installed(forFile: "a.cc") { _ in false }
        #expect(none == CppLanguage.gcc && none?.package == "g++")
        #expect(LanguageError.toolMissing(tool: "g++", language: "cpp", package: "g++").errorDescription
                == "'g++' is not installed or not in PATH, so cpp solutions cannot be judged: install the package g++ (apt install g++) or pass --cmd 'COMMAND'")
        #expect(LanguageRecipe.installed(named: "python") { _ in false }?.name == "python")
    }
}

private enum CppToolchainError: Error { case compiled }
