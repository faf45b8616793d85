import Foundation
import GRDB
import PracticeStorage
import Testing
import PracticeModel

/// `stats`, `review` and `report` on a realistic synthetic history, end to end.
@Suite("Statistics, review and report commands")
struct StatsCommandTests {
    /// A CLI whose database holds the synthetic history, and the number of attempts in it.
    private func historyCLI() throws -> (CLI, Int) {
        let cli = try CLI()
        let written = try SyntheticHistory.write(into: try AppDatabase.open(path: cli.database), now: Date())
        return (cli, written)
    }

    @Test func statsAgreeWithTheRawTable() throws {
        let (cli, written) = try historyCLI()
        defer { cli.remove() }
        let raw = try AppDatabase.open(path: cli.database).attemptSummaries()
        #expect(raw.count == written)

        let stats = try cli.json(["stats", "--tz", "UTC"])
        #expect(stats["attempts"] as? Int == written)
        #expect(stats["accepted"] as? Int == raw.filter { $0.verdict == .AC }.count)
        let totals = try #require(stats["totals"] as? [String: Any])
        #expect(totals["added"] as? Int == SyntheticHistory.problems.count)
        #expect(totals["solved"] as? Int == Set(raw.filter { $0.verdict == .AC }.map(\.problemId)).count)
        let calendar = try #require(stats["calendar"] as? [String: Any])
        let days = try #require(calendar["days"] as? [[String: Any]])
        #expect(days.compactMap { $0["attempts"] as? Int }.reduce(0, +) == written)
        let languages = try #require(stats["languages"] as? [[String: Any]])
        #expect(languages.compactMap { $0["attempts"] as? Int }.reduce(0, +) == written)
        let weeks = try #require(stats["weeks"] as? [[String: Any]])
        #expect(weeks.compactMap { $0["attempts"] as? Int }.reduce(0, +) == written)

        let text = try cli.run(["stats", "--tz", "Asia/Kolkata"])
        #expect(text.status == 0, "\(text.stderr)")
        for heading in ["Problems", "acceptance", "Streaks", "Calendar, last 52 weeks", "Tags, weakest first", "Languages", "Asia/Kolkata"] {
            #expect(text.stdout.contains(heading), "\(heading) missing")
        }

        let window = try cli.json(["stats", "--since", "2000-01-01", "--until", "2000-12-31"])
        #expect(window["attempts"] as? Int == 0)
    }

    @Test func reviewListsUnsolvedProblemsFirst() throws {
        let (cli, _) = try historyCLI()
        defer { cli.remove() }
        let queue = try cli.json(["review", "--limit", "3"])
        let items = try #require(queue["items"] as? [[String: Any]])
        #expect(items.count == 3)
        let order = ["unsolved", "regressed", "due"]
        let ranks = items.compactMap { ($0["reason"] as? String).flatMap(order.firstIndex) }
        #expect(ranks.count == 3 && ranks == ranks.sorted())
        #expect(ranks.first == 0)  // the history leaves hard problems unsolved
        let text = try cli.run(["review"])
        #expect(text.status == 0 && text.stdout.contains("practice attempt"))
    }

    /// Three attempts around midnight in Kathmandu (UTC+05:45), read with the process in UTC.
    private func kathmanduCLI() throws -> CLI {
        let cli = try CLI()
        let database = try AppDatabase.open(path: cli.database)
        let problem = try database.addProblem(ProblemRecord(
            slug: "two-sum", number: 1, title: "Two Sum", difficulty: .easy, statement: "…", sourceURL: nil, origin: .catalog,
            timeLimitMs: 2000, memoryLimitMB: 256, checker: "json", referenceVersion: "1",
            addedAt: Date(timeIntervalSince1970: 1_717_200_000)), tags: ["array"], testCases: [])
        // 2024-06-01 18:14 UTC = 23:59 in Kathmandu; 18:20 UTC = 00:05 on 2 June; 2024-06-03 10:00 UTC = 15:45.
        for (time, verdict) in [(1_717_265_640.0, "WA"), (1_717_266_000.0, "WA"), (1_717_408_800.0, "AC")] {
            _ = try database.recordAttempt(AttemptRecord(
                problemId: try #require(problem.id), createdAt: Date(timeIntervalSince1970: time), language: "python",
                fileName: "main.py", source: "print(0)", sourceSHA256: String(repeating: "0", count: 64), command: "python3",
                verdict: Verdict(rawValue: verdict)!, passed: 0, total: 3, maxCpuMs: 1, maxWallMs: nil, maxMemoryKB: 1024, seed: 1,
                randomCount: 0, referenceVersion: "1", timeLimitMs: 2000, memoryLimitMB: 256), outcomes: [])
        }
        return cli
    }

    @Test func statsRecentAttemptsFollowTheWindowAndTheZone() throws {
        let cli = try kathmanduCLI()
        defer { cli.remove() }
        let utc = ["TZ": "UTC"]
        let arguments = ["stats", "--since", "2024-06-02", "--until", "2024-06-02", "--tz", "Asia/Kathmandu"]
        let window = try cli.json(arguments)
        #expect((window["recent"] as? [[String: Any]])?.compactMap { $0["id"] as? Int } == [2])
        #expect(window["attempts"] as? Int == 1)

        let text = try cli.run(arguments, environment: utc)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Last 1 attempts"), "\(text.stdout)")
        #expect(text.stdout.contains("2024-06-02 00:05") && !text.stdout.contains("18:20"), "\(text.stdout)")
        let all = try cli.run(["stats", "--tz", "Asia/Kathmandu"], environment: utc)
        for local in ["2024-06-01 23:59", "2024-06-02 00:05", "2024-06-03 15:45"] {
            #expect(all.stdout.contains(local), "\(local) missing: \(all.stdout)")
        }
    }

    @Test func reviewShowsTimesInTheZone() throws {
        let cli = try kathmanduCLI()
        defer { cli.remove() }
        // Solved on the third attempt (good: 3 days), due on 6 June at 15:45 in Kathmandu.
        let result = try cli.run(["review", "--tz", "Asia/Kathmandu"], environment: ["TZ": "UTC"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("2024-06-03 15:45") && !result.stdout.contains("10:00"), "\(result.stdout)")
        #expect(try cli.run(["review", "--tz", "Mars/Olympus"]).status == 64)
    }

    /// Summaries changed behind the triggers' back are reported, and `--repair` recounts them.
    @Test func dbCheckFindsAndRepairsWrongSummaries() throws {
        let cli = try kathmanduCLI()
        defer { cli.remove() }
        #expect(try cli.run(["db", "check"]).status == 0)
        try DatabaseQueue(path: cli.database).write { db in
            try db.execute(sql: "UPDATE problemProgress SET attempts = 7; DELETE FROM attemptQuarterCount")
        }
        let broken = try cli.run(["db", "check"])
        #expect(broken.status == 65)
        #expect(broken.stdout.contains("summary: problemProgress") && broken.stdout.contains("summary: attemptQuarterCount"), "\(broken.stdout)")
        #expect(broken.stderr.contains("--repair") && broken.stderr.split(separator: "\n").count == 1, "\(broken.stderr)")
        let repaired = try cli.run(["db", "check", "--repair"])
        #expect(repaired.status == 0 && repaired.stdout.contains("recounted"), "\(repaired.stdout)")
        let stats = try cli.json(["stats", "--tz", "Asia/Kathmandu"])
        #expect(stats["activeDays"] as? Int == 3)
        #expect((stats["totals"] as? [String: Any])?["solved"] as? Int == 1)
    }

    @Test func badOptionsAreUsageErrors() throws {
        let cli = try CLI()
        defer { cli.remove() }
        for arguments in [["stats", "--tz", "Mars/Olympus"], ["stats", "--since", "2026-02-30"],
                          ["stats", "--since", "2026-03-02", "--until", "2026-03-01"], ["review", "--limit", "0"]] {
            let result = try cli.run(arguments)
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
            #expect(result.stderr.hasPrefix("practice: error:") || result.stderr.contains("Error:"), "\(result.stderr)")
        }
    }

    /// The report is one self-contained page; headless Chromium shows every section.
    @Test(.enabled(if: Chromium.path != nil, "needs chromium (apt-get install -y chromium; .ci/run installs it)"))
    func reportRendersInChromium() throws {
        let (cli, written) = try historyCLI()
        defer { cli.remove() }
        let page = cli.directory.appendingPathComponent("report.html").path
        let result = try cli.run(["report", "--html", page])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(!html.contains("<script") && !html.contains("http://") && !html.contains("https://"))

        let dom = try Chromium.run(["--dump-dom", "file://" + page])
        for id in ["summary", "calendar", "solved-over-time", "difficulties", "tags", "review", "recent"] {
            #expect(dom.contains("id=\"\(id)\""), "section \(id) missing")
        }
        let cells = dom.components(separatedBy: "class=\"day\"").count - 1
        #expect((358...371).contains(cells), "\(cells) calendar days")
        #expect(dom.contains("\(written)</b>judged attempts"))
        #expect(dom.contains("merge-intervals") || dom.contains("two-sum"))

        let screenshot = ProcessInfo.processInfo.environment["PRACTICE_REPORT_PNG"]
            ?? cli.directory.appendingPathComponent("report.png").path
        _ = try Chromium.run(["--hide-scrollbars", "--window-size=1000,2000", "--screenshot=" + screenshot, "file://" + page])
        let size = try #require(try FileManager.default.attributesOfItem(atPath: screenshot)[.size] as? Int)
        #expect(size > 20_000)
    }
}

/// Headless Chromium, when installed.
enum Chromium {
    static let path: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Runs chromium headless with `arguments` and returns its standard output.
    static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(path))
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-" + UUID().uuidString)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + profile.path]
            + arguments
        let output = profile.appendingPathExtension("out")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        defer {
            try? FileManager.default.removeItem(at: output)
            try? FileManager.default.removeItem(at: profile)
        }
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return String(decoding: try Data(contentsOf: output), as: UTF8.self)
    }
}
