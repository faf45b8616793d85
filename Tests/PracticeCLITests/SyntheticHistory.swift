import Foundation
import PracticeStorage
import PracticeModel

/// A realistic, deterministic practice history: problems of every difficulty with tags, worked
/// on most days of the last `days` days, failing in all the usual ways before an AC.
enum SyntheticHistory {
    static let problems: [(slug: String, difficulty: String, tags: [String])] = [
        ("two-sum", "easy", ["array", "hash-table"]), ("valid-parentheses", "easy", ["string", "stack"]),
        ("merge-two-sorted-lists", "easy", ["linked-list", "recursion"]), ("climbing-stairs", "easy", ["dynamic-programming", "math"]),
        ("binary-search", "easy", ["array", "binary-search"]), ("majority-element", "easy", ["array", "hash-table", "sorting"]),
        ("merge-intervals", "medium", ["array", "sorting"]), ("number-of-islands", "medium", ["graph", "bfs", "dfs"]),
        ("coin-change", "medium", ["dynamic-programming", "bfs"]), ("kth-largest-element", "medium", ["heap", "sorting", "quickselect"]),
        ("course-schedule", "medium", ["graph", "topological-sort", "dfs"]), ("longest-palindromic-substring", "medium", ["string", "dynamic-programming"]),
        ("lru-cache", "medium", ["hash-table", "linked-list", "design"]), ("shortest-unsorted-subarray", "medium", ["array", "sorting", "stack"]),
        ("word-break", "medium", ["dynamic-programming", "string", "trie"]), ("rotting-oranges", "medium", ["graph", "bfs"]),
        ("trapping-rain-water", "hard", ["array", "two-pointers", "stack"]), ("median-of-two-sorted-arrays", "hard", ["array", "binary-search"]),
        ("word-ladder", "hard", ["graph", "bfs", "string"]), ("edit-distance", "hard", ["dynamic-programming", "string"]),
        ("sliding-window-maximum", "hard", ["heap", "sliding-window", "queue"]), ("n-queens", "hard", ["backtracking"]),
    ]

    /// Problems the learner keeps failing: never accepted.
    static let stuck: Set = ["median-of-two-sorted-arrays", "word-ladder"]

    /// Writes the problems and about `perDay` attempts on 70% of the days into `database`, ending
    /// near `now`.
    /// Returns the number of attempts written.
    @discardableResult
    static func write(into database: AppDatabase, days: Int = 150, perDay: Int = 3,
                      now: Date = Date(timeIntervalSince1970: 1_780_000_000)) throws -> Int {
        var random = Generator(state: 2026)
        var ids: [Int64] = []
        let start = now.addingTimeInterval(-Double(days) * 86_400)
        for problem in problems {
            let record = ProblemRecord(
                slug: problem.slug, number: nil, title: problem.slug.replacingOccurrences(of: "-", with: " ").capitalized,
                difficulty: Difficulty(rawValue: problem.difficulty)!, statement: "…", sourceURL: nil, origin: .catalog, timeLimitMs: 2000,
                memoryLimitMB: 256, checker: "json", referenceVersion: "1", addedAt: start)
            ids.append(try database.addProblem(record, tags: problem.tags, testCases: []).id ?? 0)
        }
        var solved = Set<Int>()
        var written = 0
        for day in 0..<days where random.next(100) < 70 {
            // Problems are taken up a few at a time; the last three are never tried.
            let available = min(problems.count - 3, 3 + day / 8)
            var time = start.addingTimeInterval(Double(day) * 86_400 + Double(6 * 3600 + random.next(10 * 3600)))
            for _ in 0..<(1 + random.next(2 * perDay - 1)) {
                // Mostly the oldest unsolved problems, sometimes a solved one again.
                let unsolved = (0..<available).filter { !solved.contains($0) }
                let index = unsolved.isEmpty || random.next(100) < 25
                    ? random.next(available) : unsolved[random.next(min(3, unsolved.count))]
                let chance = stuck.contains(problems[index].slug) ? 0
                    : ["easy": 45, "medium": 30, "hard": 12][problems[index].difficulty, default: 30] + (solved.contains(index) ? 45 : 0)
                let verdict = random.next(100) < chance ? "AC" : ["WA", "WA", "WA", "TLE", "RE", "CE", "MLE"][random.next(7)]
                if verdict == "AC" { solved.insert(index) }
                time.addTimeInterval(Double(600 + random.next(5400)))
                let language = ["python", "python", "python", "cpp", "swift"][random.next(5)]
                let record = AttemptRecord(
                    problemId: ids[index], createdAt: time, language: language, fileName: "main.\(language)",
                    source: "solution \(written)", sourceSHA256: String(repeating: "0", count: 64), command: language,
                    verdict: Verdict(rawValue: verdict)!, passed: verdict == "AC" ? 103 : random.next(103), total: 103,
                    maxCpuMs: Double(random.next(900)) + 1, maxWallMs: nil, maxMemoryKB: 2048 + random.next(30_000),
                    seed: Int64(written), randomCount: 100, referenceVersion: "1", timeLimitMs: 2000, memoryLimitMB: 256)
                _ = try database.recordAttempt(record, outcomes: [])
                written += 1
            }
        }
        return written
    }

    /// SplitMix64: the same history on every machine.
    struct Generator {
        var state: UInt64

        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(max(bound, 1)))
        }
    }
}
