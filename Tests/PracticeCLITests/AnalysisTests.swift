import Foundation
import Testing

@Suite("shrinking, replay, scaling and rejudge on real programs")
struct AnalysisTests {
    @Test func theWrongExampleShrinksToAtMostThreeElements() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let wrong = CLI.example("shortest-unsorted-subarray", "wrong.py")
        let result = try cli.run(["attempt", "581", wrong, "--seed", "11", "--json"])
        #expect(result.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let shrink = try #require(report["shrink"] as? [String: Any], "\(result.stdout) \(result.stderr)")
        let minimal = try #require(shrink["minimal"] as? [String: Any])
        let input = try #require(minimal["input"] as? String)
        let numbers = try #require(try JSONSerialization.jsonObject(with: Data(input.utf8)) as? [Int])
        #expect(numbers.count <= 3, "minimal counterexample \(input)")
        #expect(minimal["expected"] as? String != nil)
        #expect(minimal["actual"] as? String != nil)
        #expect(shrink["storedTestId"] as? Int != nil)

        // The text report shows the original and the minimal counterexample.
        let text = try cli.run(["attempt", "581", wrong, "--seed", "12"])
        #expect(text.stdout.contains("Failed on counterexample 1"))
        // The stored counterexample is listed by show with its origin, and runs first.
        let show = try cli.run(["show", "581"])
        #expect(show.stdout.contains("counterexample"))
        #expect(show.stdout.contains(input.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    @Test func theSameSeedReplaysTheSameRandomTests() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let wrong = CLI.example("shortest-unsorted-subarray", "wrong.py")
        let first = try cli.json(["attempt", "581", wrong, "--seed", "99", "--no-shrink", "--all", "--random", "40"])
        let second = try cli.json(["attempt", "581", wrong, "--seed", "99", "--no-shrink", "--all", "--random", "40"])
        #expect(first["passed"] as? Int == second["passed"] as? Int)
        #expect((first["failure"] as? [String: Any])?["input"] as? String == (second["failure"] as? [String: Any])?["input"] as? String)
        let history = try cli.jsonArray(["history"])
        #expect(history.count == 2)
    }

    @Test func aCubicSolutionIsFlaggedSuperlinear() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let slow = CLI.example("shortest-unsorted-subarray", "slow.py")
        let report = try cli.json(["attempt", "581", slow, "--random", "2", "--no-shrink", "--scaling"])
        let scaling = try #require(report["scaling"] as? [String: Any], "\(report)")
        #expect(scaling["superlinear"] as? Bool == true)
        let exponent = try #require(scaling["solutionExponent"] as? Double)
        #expect(exponent > 1.5)
        #expect((scaling["summary"] as? String)?.contains("superlinear") == true)
    }

    @Test func rejudgeRecordsNewAttemptsMarkedRejudge() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let accepted = try cli.run(["attempt", "581", CLI.example("shortest-unsorted-subarray", "correct.py"), "--random", "10"])
        #expect(accepted.status == 0)
        let rejudge = try cli.run(["rejudge", "581"])
        #expect(rejudge.status == 0, "\(rejudge.stdout) \(rejudge.stderr)")
        #expect(rejudge.stdout.contains("No accepted attempt is broken"))
        let history = try cli.jsonArray(["history"])
        #expect(history.count == 2)
        #expect(history.first?["kind"] as? String == "rejudge")
        #expect(history.first?["rejudgeOf"] as? Int == history.last?["id"] as? Int)
        #expect(try cli.run(["history"]).stdout.contains("rejudge of #1 (was AC)"))
    }
}
