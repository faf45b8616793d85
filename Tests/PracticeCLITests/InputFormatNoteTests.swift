import Foundation
import Testing

/// Issue 11, 5: a program reading space-separated numbers from a catalog problem's JSON input is told that each input
/// line is one JSON value, in the attempt's report and in its recorded message; an ordinary wrong answer is not.
@Suite struct InputFormatNoteTests {
    static let note = "note: each input line is one JSON value (this test's first line: [2,6,4,8,10,9,15]): "
        + "parse it as JSON, not as space-separated numbers"

    @Test(arguments: [
        ("reader.py", "n = int(input())\nnums = list(map(int, input().split()))\nprint(len(nums))\n", "RE"),
        ("reader.c", """
            #include <stdio.h>
            int main(void) {
                int n = 0, a[10000];
                scanf("%d", &n);
                for (int i = 0; i < n; i++) scanf("%d", &a[i]);
                printf("%d\\n", n);
                return 0;
            }

            """, "WA"),
    ])
    func aSpaceSeparatedReaderIsToldTheInputIsJSON(file: String, source: String, verdict: String) throws {
        let cli = try CLI()
        defer { cli.remove() }
        let path = try cli.write(file, source)
        // --jobs 1: with two jobs, which failing test is reported still varies (issue 11, 3).
        let report = try cli.json(["attempt", "581", path, "--jobs", "1"])
        #expect(report["verdict"] as? String == verdict, "\(report)")
        let failure = try #require(report["failure"] as? [String: Any], "\(report)")
        #expect(failure["ordinal"] as? Int == 1)
        #expect((failure["message"] as? String)?.hasSuffix("; " + Self.note) == true, "\(failure)")
        // The recorded attempt's message (the CSV export's last column) has it too.
        let recorded = try cli.run(["export", "--csv", "-"]).stdout
        #expect(recorded.contains("example 1: \(verdict): ") && recorded.contains(Self.note), "\(recorded)")
        let text = try cli.run(["attempt", "581", path, "--jobs", "1"])
        #expect(text.stdout.contains(Self.note), "\(text.stdout)")
    }

    @Test func anOrdinaryWrongAnswerGetsNoNote() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let report = try cli.json(["attempt", "581", CLI.example("shortest-unsorted-subarray", "wrong.py"), "--seed", "7",
                                   "--no-shrink"])
        #expect(report["verdict"] as? String == "WA")
        let failure = try #require(report["failure"] as? [String: Any])
        #expect(failure["message"] as? String != nil)
        #expect((failure["message"] as? String)?.contains("note:") == false, "\(failure)")
        #expect(!(try cli.run(["export", "--csv", "-"]).stdout.contains("note:")))
    }
}
