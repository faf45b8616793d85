import Foundation
import PracticeCatalog
import PracticeModel
import PracticeStorage
import PracticeTracker
import Testing

/// The solution corpus (issue 13): for every catalog problem, solutions written the LeetCode way in each language —
/// the idiomatic accepted one and the usual wrong ones — each judged for real and required to get the verdict LeetCode
/// would give. `Tests/Solutions/<slug>/<verdict>-<what>.<ext>`: the verdict is `ac`, `wa`, `re` or `tle`, the rest of
/// the name says what the solution does (`wa-off-by-one.py`, `tle-every-pair.cpp`). Our own code, never copied.
@Suite struct SolutionCorpusTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Solutions")

    /// One solution of the corpus.
    struct Entry: Sendable, CustomTestStringConvertible {
        let slug: String
        let file: String
        var path: String { SolutionCorpusTests.root.appendingPathComponent(slug + "/" + file).path }
        var verdict: Verdict? { Verdict(rawValue: String(file.prefix { $0 != "-" }).uppercased()) }
        var testDescription: String { slug + "/" + file }
    }

    static let entries: [Entry] = {
        let files = FileManager.default
        guard let slugs = try? files.contentsOfDirectory(atPath: root.path) else { return [] }
        return slugs.sorted().flatMap { slug in
            ((try? files.contentsOfDirectory(atPath: root.appendingPathComponent(slug).path)) ?? []).sorted()
                .filter { !$0.hasPrefix(".") }.map { Entry(slug: slug, file: $0) }
        }
    }()

    /// The cache the judge keeps compilers' precompiled files in, shared by the corpus's attempts (as a learner's are).
    static let cache = FileManager.default.temporaryDirectory.path + "/practice-corpus-tests-cache"

    @Test("each solution of the corpus gets the verdict LeetCode gives it", arguments: entries)
    func judged(_ entry: Entry) throws {
        let expected = try #require(entry.verdict, "\(entry.file) must start with ac-, wa-, re- or tle-")
        let practice = Practice(database: try AppDatabase.inMemory(), cacheDirectory: Self.cache)
        // A fixed seed, so a failure replays; 30 random tests and the worst cases: a too-slow solution meets them.
        var request = AttemptRequest(problem: entry.slug, solutionPath: entry.path, randomCount: 30, seed: 13, jobs: 1)
        request.shrinkTime = nil
        let report = try practice.attempt(request)
        #expect(report.verdict == expected, "\(entry.testDescription): \(report.verdict) \(report.message ?? "") \(report.failure.map { "\($0.label): \($0.message ?? "") expected \($0.expected ?? "?") got \($0.actual ?? "?")" } ?? "")")
        #expect(report.mode == .function, "\(entry.testDescription) was judged as a program")
    }

    /// Every catalog problem has its accepted and wrong solutions in the corpus, in each language listed here.
    @Test func everyProblemHasAnAcceptedAndAWrongSolutionPerLanguage() {
        let languages = ["py", "js", "ts", "cpp", "java", "rs", "go", "swift", "c"]
        var missing: [String] = []
        for problem in Catalog.problems where problem.number != nil {
            let files = Self.entries.filter { $0.slug == problem.slug }.map(\.file)
            // A list with a cycle cannot be Rust's Option<Box<ListNode>>: LeetCode has no Rust for those problems.
            for language in languages where !(language == "rs" && problem.signature.cycle != nil) {
                for verdict in ["ac", "wa"] where !files.contains(where: { $0.hasPrefix(verdict + "-") && $0.hasSuffix("." + language) }) {
                    missing.append("\(problem.slug)/\(verdict)-*.\(language)")
                }
            }
        }
        #expect(missing.isEmpty, "missing from Tests/Solutions: \(missing.joined(separator: ", "))")
    }
}
