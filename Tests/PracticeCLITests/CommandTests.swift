import Foundation
import Testing

@Suite("practice commands on a fresh database")
struct CommandTests {
    @Test func helpDocumentsExitCodes() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let result = try cli.run(["--help"], useDatabaseFlag: false)
        #expect(result.status == 0)
        for text in ["catalog", "add", "attempt", "history", "stats", "64 usage error", "65 bad input data", "70 internal error"] {
            #expect(result.stdout.contains(text), "help lacks \(text)")
        }
    }

    @Test func catalogListsBothSeedProblems() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let text = try cli.run(["catalog"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("shortest-unsorted-subarray"))
        #expect(text.stdout.contains("rnn-gradient-norms"))
        let entries = try cli.jsonArray(["catalog"])
        let slugs = entries.compactMap { $0["slug"] as? String }
        #expect(slugs.starts(with: ["shortest-unsorted-subarray", "rnn-gradient-norms"]))
        let tagged = try cli.jsonArray(["catalog", "--tag", "rnn"])
        #expect(tagged.compactMap { $0["slug"] as? String } == ["rnn-gradient-norms"])
    }

    @Test func addListShow() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let added = try cli.run(["add", "581"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("Added shortest-unsorted-subarray"))
        let again = try cli.run(["add", "shortest"])
        #expect(again.status == 0)
        #expect(again.stdout.contains("already in your set"))

        let list = try cli.jsonArray(["list"])
        #expect(list.count == 1)
        #expect(list.first?["status"] as? String == "todo")

        let show = try cli.run(["show", "581"])
        #expect(show.status == 0)
        #expect(show.stdout.contains("[2,6,4,8,10,9,15]"))
        #expect(show.stdout.contains("output: 5"))
        let detail = try cli.json(["show", "shortest-unsorted-subarray"])
        let examples = try #require(detail["examples"] as? [[String: Any]])
        #expect(examples.compactMap { $0["output"] as? String } == ["5", "0", "0"])

        // A catalog problem not yet added can still be shown.
        let rnn = try cli.run(["show", "rnn"])
        #expect(rnn.status == 0)
        #expect(rnn.stdout.contains("practice add rnn-gradient-norms"))
    }

    @Test func unknownProblemSuggestsTheClosest() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let result = try cli.run(["add", "shortest-unsorted-subaray"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("did you mean shortest-unsorted-subarray"))
        #expect(result.stderr.split(separator: "\n").count == 1, "one-line error: \(result.stderr)")
        let history = try cli.run(["history", "nope"])
        #expect(history.status == 64)
    }

    @Test func usageErrorsExit64() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let solution = CLI.example("shortest-unsorted-subarray", "correct.py")
        #expect(try cli.run(["attempt", "581", solution, "--jobs", "0"]).status == 64)
        #expect(try cli.run(["attempt", "581", solution, "--random", "-3"]).status == 64)
        #expect(try cli.run(["list", "--status", "finished"]).status == 64)
        #expect(try cli.run(["frobnicate"]).status == 64)
        let unknownLanguage = try cli.run(["attempt", "581", try cli.write("solution.xyz", "print(1)")])
        #expect(unknownLanguage.status == 64)
        #expect(unknownLanguage.stderr.contains("--lang"))
    }

    @Test func badSolutionFilesExit65AndRecordNothing() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let missing = try cli.run(["attempt", "581", cli.directory.appendingPathComponent("absent.py").path])
        #expect(missing.status == 65)
        #expect(missing.stderr.contains("no such file"))
        let empty = try cli.run(["attempt", "581", try cli.write("empty.py", "")])
        #expect(empty.status == 65)
        #expect(empty.stderr.contains("empty"))
        let binaryPath = cli.directory.appendingPathComponent("binary.py").path
        _ = FileManager.default.createFile(atPath: binaryPath, contents: Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 0xFF]))
        let binary = try cli.run(["attempt", "581", binaryPath])
        #expect(binary.status == 65)
        #expect(binary.stderr.contains("not UTF-8 text"))
        #expect(try cli.jsonArray(["history"]).isEmpty)
    }

    @Test func newerSchemaIsRefusedAndLeftUntouched() throws {
        let cli = try CLI()
        defer { cli.remove() }
        #expect(try cli.run(["add", "581"]).status == 0)
        // Pretend a newer practice applied a migration this binary does not know.
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments = ["python3", "-c", """
            import sqlite3, sys
            c = sqlite3.connect(sys.argv[1]); c.execute("INSERT INTO grdb_migrations VALUES ('9999_from_the_future')"); c.commit()
            c.execute("PRAGMA wal_checkpoint(TRUNCATE)"); c.close()
            """, cli.database]
        try sqlite.run()
        sqlite.waitUntilExit()
        #expect(sqlite.terminationStatus == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: cli.database))
        let result = try cli.run(["list"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("newer"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: cli.database)) == before)
    }

    @Test func notADatabaseIsRefused() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let path = try cli.write("notes.sqlite", "these are my notes, not a database\n")
        let result = try cli.run(["list", "--db", path], useDatabaseFlag: false)
        #expect(result.status == 65)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "these are my notes, not a database\n")
    }

    @Test func defaultDatabaseFollowsXDG() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let dataHome = cli.directory.appendingPathComponent("xdg").path
        let result = try cli.run(["add", "581"], useDatabaseFlag: false, environment: ["XDG_DATA_HOME": dataHome])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: dataHome + "/practice/practice.sqlite"))
        let viaEnv = try cli.run(["list"], useDatabaseFlag: false, environment: ["PRACTICE_DB": cli.database])
        #expect(viaEnv.status == 0)
        #expect(viaEnv.stdout.contains("Your set is empty"))
    }

    @Test func startWritesAStubThatAttemptJudgesAndNeverOverwritesIt() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let first = try cli.run(["start", "581", "--lang", "javascript"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "Wrote shortest-unsorted-subarray.js: class Solution with findUnsortedSubarray in javascript. "
                + "Judge it with: practice attempt shortest-unsorted-subarray shortest-unsorted-subarray.js\n")
        let path = cli.directory.appendingPathComponent("shortest-unsorted-subarray.js").path
        let stub = try String(contentsOfFile: path, encoding: .utf8)
        #expect(stub.contains("var findUnsortedSubarray = function(nums) {"))

        let again = try cli.run(["start", "581", "--lang", "javascript"])
        #expect(again.status == 64)
        #expect(again.stderr == "practice: error: cannot write '\(path)': it exists (practice start never overwrites a file); choose a writable path\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == stub)

        let judged = try cli.run(["attempt", "581", path, "--random", "0"])
        #expect(judged.status == 1 && judged.stdout.contains("WA"), "\(judged.stdout)")
        let json = try cli.run(["start", "two-sum", "two.swift", "--json"])
        let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(report?["language"] as? String == "swift" && report?["mode"] as? String == "function")
        #expect(report?["function"] as? String == "twoSum")
    }
}
