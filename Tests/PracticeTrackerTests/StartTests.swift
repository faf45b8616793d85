import Foundation
import PracticeCatalog
import PracticeModel
import PracticeRunner
import PracticeStorage
import PracticeTracker
import Testing

/// `practice start`: the stub it writes compiles and is a wrong answer, for every catalog problem, judged for real.
@Suite struct StartTests {
    /// Writes the stub of `problem` in `language` into a fresh directory and judges it on the examples only.
    private func startAndJudge(_ problem: String, _ language: String) throws -> (StartReport, AttemptReport, String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("practice-start-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let practice = Practice(database: try AppDatabase.inMemory(),
                                cacheDirectory: FileManager.default.temporaryDirectory.path + "/practice-start-tests-cache")
        let started = try practice.start(problem, language: language, path: nil, directory: directory)
        let text = try String(contentsOfFile: started.path, encoding: .utf8)
        let report = try practice.attempt(AttemptRequest(problem: problem, solutionPath: started.path, randomCount: 0, seed: 1,
                                                         jobs: 1, runAll: true))
        return (started, report, text)
    }

    /// Every catalog problem in the interpreted languages, TypeScript and C (cheap to build); C++, Swift, Java, Rust and Go on one problem of each
    /// kind of signature (arrays, a string, a tree, a grid of characters, doubles): ToolCheckTests compiles their stubs for
    /// every signature.
    static let cases: [(String, String)] = Catalog.problems.flatMap { problem in
        ["python", "javascript", "typescript", "c"].map { (problem.slug, $0) }
    } + ["shortest-unsorted-subarray", "valid-parentheses", "diameter-of-binary-tree", "number-of-islands", "rnn-gradient-norms"]
        .flatMap { slug in ["cpp", "swift", "java", "rust", "go"].map { (slug, $0) } }

    @Test("every stub compiles and is a wrong answer", arguments: cases)
    func stubsAreWrongAnswersNotCompileErrors(problem: String, language: String) throws {
        let (started, report, text) = try startAndJudge(problem, language)
        #expect(report.verdict == .WA, "\(problem) in \(language): \(report.verdict) \(report.message ?? "")\n\(text)")
        let catalog = try #require(Catalog.problem(slug: problem))
        #expect(started.mode == .function)
        #expect(started.function == catalog.signature.functionName)
        #expect(report.mode == started.mode)
        // The statement and each example with its answer are in the comments.
        #expect(text.contains(catalog.title))
        for example in catalog.examples {
            #expect(text.contains("input:  " + example.text.split(separator: "\n")[0]))
        }
    }

    @Test func theFileComesFromThePathOrTheSlugAndIsNeverOverwritten() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("practice-start-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let practice = Practice(database: try AppDatabase.inMemory())
        let byDefault = try practice.start("581", language: nil, path: nil, directory: directory)
        #expect(byDefault.path == directory + "/shortest-unsorted-subarray.py" && byDefault.language == "python")
        let byExtension = try practice.start("two-sum", language: nil, path: "mine.cc", directory: directory)
        #expect(byExtension.path == directory + "/mine.cc" && byExtension.language == "cpp")
        let text = try String(contentsOfFile: byExtension.path, encoding: .utf8)
        #expect(text.contains("vector<int> twoSum(vector<int>& nums, int target)"))
        #expect(text.hasPrefix("// 1. Two Sum\n"))

        // An existing file is left as it is.
        try Data("mine\n".utf8).write(to: URL(fileURLWithPath: directory + "/taken.py"))
        #expect(throws: ServiceError.self) { try practice.start("581", language: nil, path: "taken.py", directory: directory) }
        #expect(try String(contentsOfFile: directory + "/taken.py", encoding: .utf8) == "mine\n")
        do {
            _ = try practice.start("581", language: nil, path: nil, directory: directory)
            Issue.record("the second start overwrote the stub")
        } catch {
            #expect(error.exitStatus == 64)
            #expect(error.errorDescription?.contains("it exists (practice start never overwrites a file)") == true)
        }
        // Unknown languages and problems are usage errors that write nothing.
        #expect(throws: ServiceError.self) { try practice.start("581", language: "cobol", path: nil, directory: directory) }
        #expect(throws: ServiceError.self) { try practice.start("no-such-problem", language: nil, path: "x.py", directory: directory) }
        #expect(!FileManager.default.fileExists(atPath: directory + "/x.py"))
        #expect(try practice.list().isEmpty, "start stores nothing")
    }
}
