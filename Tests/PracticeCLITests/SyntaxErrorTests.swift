import Foundation
import Testing

/// Issue 11, 5: a syntax error in an interpreted solution is a compile error with the interpreter's message, found
/// before any test runs, in program and function mode; it is recorded as CE with no test passed.
@Suite struct SyntaxErrorTests {
    struct Case: Sendable, CustomStringConvertible {
        let file: String
        let mode: String
        let source: String
        /// Where the interpreter says the error is.
        let location: String
        var description: String { "\(file) (\(mode) mode)" }
    }

    static let cases = [
        Case(file: "reader.py", mode: "program",
             source: "import json\nnums = json.loads(input()\nprint(len(nums))\n", location: "File \"Main.py\", line 2"),
        Case(file: "solution.py", mode: "function",
             source: "class Solution:\n    def findUnsortedSubarray(self, nums):\n        return len(nums) +\n",
             location: "File \"Main.py\", line 3"),
        Case(file: "reader.js", mode: "program",
             source: "const nums = JSON.parse(require('fs').readFileSync(0, 'utf8'));\nconsole.log(nums.length +);\n",
             location: "Main.js:2"),
        Case(file: "reader.mjs", mode: "program",
             source: "import fs from 'fs';\nconst nums = JSON.parse(fs.readFileSync(0, 'utf8'));\nconsole.log(nums.length +);\n",
             location: "Main.mjs:3"),  // an ES module is checked as one (node --check passes a .js module unchecked)
        Case(file: "solution.js", mode: "function",
             source: "var findUnsortedSubarray = function(nums) {\n    return nums.length +;\n};\n", location: "Main.js:2"),
    ]

    @Test(arguments: cases)
    func aSyntaxErrorIsACompileErrorWithTheInterpretersMessage(_ test: Case) throws {
        let cli = try CLI()
        defer { cli.remove() }
        let file = try cli.write(test.file, test.source)
        let result = try cli.run(["attempt", "581", file, "--mode", test.mode, "--json"])
        #expect(result.status == 1, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
                                  "\(result.stdout) \(result.stderr)")
        #expect(report["verdict"] as? String == "CE", "\(report)")
        #expect(report["mode"] as? String == test.mode)
        #expect(report["passed"] as? Int == 0)
        #expect(report["ran"] as? Int == 0)
        let message = try #require(report["message"] as? String, "\(report)")
        #expect(message.contains(test.location), "\(message)")
        #expect(message.contains("SyntaxError"), "\(message)")
        #expect(!message.contains("/practice-"), "the private directory's path is left out: \(message)")

        let history = try cli.jsonArray(["history"])
        #expect(history.count == 1)
        #expect(history.first?["verdict"] as? String == "CE")
        #expect(history.first?["passed"] as? Int == 0)
    }

    @Test func theTextReportShowsTheInterpretersMessage() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let file = try cli.write("broken.py", "import json\nnums = json.loads(input())\nif nums\n    print(0)\n")
        let result = try cli.run(["attempt", "581", file])
        #expect(result.status == 1)
        #expect(result.stdout.contains("Compile Error (CE)"), "\(result.stdout)")
        #expect(result.stdout.contains("0/105 tests passed"), "\(result.stdout)")
        #expect(result.stdout.contains("File \"Main.py\", line 3"), "\(result.stdout)")
        #expect(result.stdout.contains("SyntaxError: expected ':'"), "\(result.stdout)")
    }
}
