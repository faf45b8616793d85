import Foundation
import Testing

@Suite("practice attempt judges real programs")
struct JudgeTests {
    /// Judges `file` and returns the attempt report as JSON with the exit status.
    private func attempt(_ cli: CLI, _ problem: String, _ file: String, _ extra: [String] = []) throws -> (Int32, [String: Any]) {
        let result = try cli.run(["attempt", problem, file, "--json"] + extra)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return (result.status, try #require(object, "no JSON report: \(result.stdout) \(result.stderr)"))
    }

    @Test("correct solutions are accepted in every language", arguments: [
        "correct.py", "correct.c", "correct.cpp", "correct.js", "correct.swift",
        "correct.java",
    ])
    func correctSolutions(file: String) throws {
        let cli = try CLI()
        defer { cli.remove() }
        let (status, report) = try attempt(cli, "581", CLI.example("shortest-unsorted-subarray", file), ["--random", "30"])
        #expect(report["verdict"] as? String == "AC", "\(report)")
        #expect(status == 0)
        #expect(report["passed"] as? Int == 35)  // 3 examples, 30 random tests, 2 worst cases
        #expect(report["total"] as? Int == 35)
    }

    @Test func acceptedAttemptIsRecordedAndCounted() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let text = try cli.run(["attempt", "581", CLI.example("shortest-unsorted-subarray", "correct.py"), "--note", "first try"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Accepted (AC)"))
        #expect(text.stdout.contains("105/105 tests passed"))
        #expect(text.stdout.contains("Added shortest-unsorted-subarray"))

        let history = try cli.jsonArray(["history"])
        #expect(history.count == 1)
        #expect(history.first?["verdict"] as? String == "AC")
        #expect(history.first?["note"] as? String == "first try")

        let stats = try cli.json(["stats"])
        #expect(stats["attempts"] as? Int == 1)
        #expect(stats["accepted"] as? Int == 1)
        #expect(stats["currentStreak"] as? Int == 1)
        let totals = try #require(stats["totals"] as? [String: Any])
        #expect(totals["solved"] as? Int == 1)
        let tags = try #require(stats["tags"] as? [[String: Any]])
        #expect(tags.first { $0["tag"] as? String == "array" }?["solved"] as? Int == 1)
        #expect(try cli.run(["stats"]).stdout.contains("acceptance 100.0%"))
    }

    @Test func wrongSolutionShowsTheFailingTest() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let wrong = CLI.example("shortest-unsorted-subarray", "wrong.py")
        // --no-shrink: a stored counterexample would run first and change which test fails.
        let text = try cli.run(["attempt", "581", wrong, "--seed", "7", "--no-shrink"])
        #expect(text.status == 1)
        #expect(text.stdout.contains("Wrong Answer (WA)"))
        #expect(text.stdout.contains("input:"))
        #expect(text.stdout.contains("expected:"))
        #expect(text.stdout.contains("actual:"))
        let (status, report) = try attempt(cli, "581", wrong, ["--seed", "7", "--no-shrink"])
        #expect(status == 1)
        let failure = try #require(report["failure"] as? [String: Any])
        #expect(failure["origin"] as? String == "random")  // the examples pass
        #expect(report["seed"] as? Int == 7)

        // --seed replays the same tests: the same test fails again.
        let (_, replay) = try attempt(cli, "581", wrong, ["--seed", "7", "--no-shrink"])
        let replayFailure = try #require(replay["failure"] as? [String: Any])
        #expect(replayFailure["ordinal"] as? Int == failure["ordinal"] as? Int)
        #expect(replayFailure["input"] as? String == failure["input"] as? String)

        let stats = try cli.json(["stats"])
        #expect(stats["attempts"] as? Int == 3)
        #expect(stats["accepted"] as? Int == 0)
        let list = try cli.jsonArray(["list"])
        #expect(list.first?["status"] as? String == "attempted")
    }

    @Test func rnnProblemUsesTheFloatChecker() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let (good, _) = try attempt(cli, "rnn-gradient-norms", CLI.example("rnn-gradient-norms", "correct.py"), ["--random", "40"])
        #expect(good == 0)
        let (bad, report) = try attempt(cli, "rnn", CLI.example("rnn-gradient-norms", "wrong.py"), ["--random", "40"])
        #expect(bad == 1)
        #expect(report["verdict"] as? String == "WA")
    }

    @Test func slowSolutionGetsTLE() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let started = Date()
        let (status, report) = try attempt(cli, "581", CLI.example("shortest-unsorted-subarray", "slow.py"),
                                           ["--random", "10", "--time-limit", "1"])
        #expect(status == 1)
        #expect(report["verdict"] as? String == "TLE")
        #expect(Date().timeIntervalSince(started) < 60)
    }

    @Test("misbehaving programs get the right verdict and leave nothing behind", arguments: [
        ("endless", "while True:\n    pass\n", "TLE"),
        ("sleeper", "import time\ntime.sleep(600)\n", "TLE"),
        ("flood", "import sys\nwhile True:\n    sys.stdout.write('x' * 65536)\n", "OLE"),
        ("hog", "blocks = []\nwhile True:\n    blocks.append(bytearray(32 << 20))\n", "MLE"),
        ("crash", "import sys\nsys.exit(3)\n", "RE"),
        ("abort", "import os\nos.abort()\n", "RE"),
        ("garbage", "print('five')\n", "WA"),
        // A grandchild that outlives the solution and keeps its stdout open must not stall the judge.
        ("orphan", "import subprocess, sys\nsubprocess.Popen(['python3', '-c', 'import time; time.sleep(300)', sys.argv[0]])\nprint(5)\n", "WA"),
    ])
    func misbehavingPrograms(name: String, program: String, verdict: String) throws {
        let cli = try CLI()
        defer { cli.remove() }
        let file = try cli.write("\(name).py", program)
        let started = Date()
        // --cmd puts the unique file path into the command line of every process of the run.
        let (status, report) = try attempt(cli, "581", file, ["--cmd", "python3 \(file)", "--random", "3", "--time-limit", "1"])
        #expect(status == 1)
        #expect(report["verdict"] as? String == verdict, "\(report)")
        #expect(Date().timeIntervalSince(started) < 30)
        if verdict == "RE" {
            let failure = try #require(report["failure"] as? [String: Any])
            if name == "crash" {
                #expect(failure["exitCode"] as? Int == 3)
                #expect(failure["signal"] == nil)
            } else {
                #expect(failure["signal"] as? Int == 6)
            }
        }
        #expect(processes(containing: cli.directory.lastPathComponent).isEmpty)
    }

    @Test func compileErrorShowsTheCompiler() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let file = try cli.write("broken.c", "int main(void) { return undefined_name; }\n")
        let text = try cli.run(["attempt", "581", file])
        #expect(text.status == 1)
        #expect(text.stdout.contains("Compile Error (CE)"))
        #expect(text.stdout.contains("undefined_name"))
        #expect(try cli.jsonArray(["history"]).first?["verdict"] as? String == "CE")
    }

    @Test func twoAttemptsAtOnceOnAFreshDatabase() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let solution = CLI.example("shortest-unsorted-subarray", "correct.py")
        let results = ResultBox()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let result = Result { try cli.run(["attempt", "581", solution, "--random", "20", "--jobs", "1"]) }
            results.set(index, result)
        }
        for result in results.all {
            let finished = try result.get()
            #expect(finished.status == 0, "\(finished.stderr)")
        }
        let stats = try cli.json(["stats"])
        #expect(stats["attempts"] as? Int == 2)
        #expect(try cli.jsonArray(["list"]).count == 1)
    }
}

private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Int: Result<CLI.Result, any Error>] = [:]
    func set(_ index: Int, _ result: Result<CLI.Result, any Error>) { lock.withLock { results[index] = result } }
    var all: [Result<CLI.Result, any Error>] { lock.withLock { results.keys.sorted().compactMap { results[$0] } } }
}
