@testable import PracticeJudge
import Foundation
import Testing

/// Issue 11, 5: a program that reads a catalog problem's JSON lines as space-separated numbers is told so; a
/// solution that reads its input correctly never is.
@Suite struct InputFormatHintTests {
    static let pythonReader = "n = int(input())\nnums = list(map(int, input().split()))\nprint(len(nums))\n"
    static let cReader = """
        #include <stdio.h>
        int main(void) {
            int n = 0, a[10000];
            scanf("%d", &n);
            for (int i = 0; i < n; i++) scanf("%d", &a[i]);
            printf("%d\\n", n);
            return 0;
        }
        """
    static let valueError = "exit code 1\nTraceback (most recent call last):\n  File \"Main.py\", line 1, in <module>\n"
        + "ValueError: invalid literal for int() with base 10: '[2,6,4,8,10,9,15]'\n"
    static let note = "note: each input line is one JSON value (this test's first line: [2,6,4,8,10,9,15]): "
        + "parse it as JSON, not as space-separated numbers"

    @Test func spaceSeparatedReadersGetTheNote() {
        #expect(InputFormatHint.note(verdict: .RE, input: "[2,6,4,8,10,9,15]\n", failure: Self.valueError,
                                     source: Self.pythonReader) == Self.note)
        #expect(InputFormatHint.note(verdict: .WA, input: "[2,6,4,8,10,9,15]\n", failure: "expected 5, got 0",
                                     source: Self.cReader) == Self.note)
        #expect(InputFormatHint.note(verdict: .WA, input: "[2,6,4,8,10,9,15]\n", failure: "empty output",
                                     source: Self.cReader) == Self.note)
        // Any line holding an array counts, the first line is shown, clipped.
        let long = "[" + (1...40).map(String.init).joined(separator: ",") + "]"
        let clipped = InputFormatHint.note(verdict: .WA, input: "3\n" + long + "\n", failure: "", source: Self.cReader)
        #expect(clipped?.contains("(this test's first line: 3)") == true)
        #expect(InputFormatHint.note(verdict: .WA, input: long + "\n", failure: "", source: Self.cReader)?
            .contains(String(long.prefix(60)) + "…)") == true)
        // The README's crash.py: its docstring talks about JSON, its code does not read it.
        let crash = try! String(contentsOfFile: Self.example("shortest-unsorted-subarray/crash.py"), encoding: .utf8)
        #expect(InputFormatHint.note(verdict: .RE, input: "[2,6,4,8,10,9,15]\n", failure: Self.valueError, source: crash) == Self.note)
    }

    @Test func noNoteWithoutEvidence() {
        let input = "[2,6,4,8,10,9,15]\n"
        // A runtime error that is not about reading the input, a time limit.
        #expect(InputFormatHint.note(verdict: .RE, input: input, failure: "killed by signal 11", source: Self.cReader) == nil)
        #expect(InputFormatHint.note(verdict: .RE, input: input, failure: "exit code 1\nIndexError: list index out of range",
                                     source: Self.pythonReader) == nil)
        #expect(InputFormatHint.note(verdict: .TLE, input: input, failure: "", source: Self.cReader) == nil)
        // Inputs that space-separated reading takes apart correctly.
        #expect(InputFormatHint.note(verdict: .WA, input: "5\n-3\n", failure: "expected 1, got 2", source: Self.cReader) == nil)
    }

    /// Every program-mode example that reads its input correctly shows it, so its wrong answers get no note.
    @Test(arguments: ["shortest-unsorted-subarray/wrong.py", "shortest-unsorted-subarray/correct.py",
                      "shortest-unsorted-subarray/slow.py", "shortest-unsorted-subarray/correct.c",
                      "shortest-unsorted-subarray/correct.cpp", "shortest-unsorted-subarray/correct.js",
                      "shortest-unsorted-subarray/correct.swift", "rnn-gradient-norms/wrong.py"])
    func readersOfJSONGetNoNote(example: String) throws {
        let source = try String(contentsOfFile: Self.example(example), encoding: .utf8)
        #expect(InputFormatHint.readsStructuredInput(source))
        #expect(InputFormatHint.note(verdict: .WA, input: "[2,1,1]\n", failure: "expected 3, got 2", source: source) == nil)
    }

    @Test(arguments: [
        "nums = list(map(int, input().strip('[]').split(',')))",
        "nums = list(map(int, input()[1:-1].split(\",\")))",
        "nums = eval(input())",
        "import re\nnums = [int(x) for x in re.findall(r'-?\\d+', input())]",
        "const nums = require('fs').readFileSync(0, 'utf8').match(/-?\\d+/g).map(Number);",
        "while (scanf(\"%d%*c\", &x) == 1) n++;",
        "int c = getchar(); while (c != EOF) { c = getchar(); }",
        "let nums = readLine()!.split(whereSeparator: { !$0.isNumber && $0 != \"-\" })",
        "char c; while (std::cin >> c >> x) v.push_back(x);",
    ])
    func charactersAndBracketsAreSignsOfReadingJSON(source: String) {
        #expect(InputFormatHint.readsStructuredInput(source))
    }

    @Test func commentsAndDocstringsAreNotSigns() {
        let source = "\"\"\"Reads a JSON array, e.g. [1, 2].\"\"\"\n# it's json, really\n// also [json]\n/* [,] */\n"
            + "nums = list(map(int, input().split()))  # ', '\nprint(\"#\", len(nums))\n"
        #expect(!InputFormatHint.readsStructuredInput(source))
        #expect(InputFormatHint.scan("x = 'a#b' # c").literals == ["a#b"])
    }

    static func example(_ path: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples/" + path).path
    }
}
