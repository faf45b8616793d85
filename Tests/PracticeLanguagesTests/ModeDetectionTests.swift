import PracticeModel
@testable import PracticeLanguages
import Testing

@Suite("Mode detection: program or function, per language")
struct ModeDetectionTests {
    private func mode(_ source: String, _ language: String, _ function: String = "findUnsortedSubarray") -> SolutionMode {
        ModeDetection.mode(of: source, language: language, functionName: function)
    }

    // MARK: Detection

    @Test func pythonClassSolutionIsAFunction() {
        let source = """
            from typing import List
            class Solution:
                def findUnsortedSubarray(self, nums: List[int]) -> int:
                    return 0
            """
        #expect(mode(source, "python") == .function)
    }

    @Test func pythonTopLevelFunctionInEitherSpellingIsAFunction() {
        #expect(mode("def findUnsortedSubarray(nums):\n    return 0\n", "python") == .function)
        #expect(mode("def find_unsorted_subarray(nums):\n    return 0\n", "python") == .function)
        // A nested or differently named function is not the entry point.
        #expect(mode("def helper(nums):\n    return 0\nprint(1)\n", "python") == .program)
    }

    @Test func pythonReadingStdinIsAProgram() {
        let examples = [
            "import sys\ndef find_unsorted_subarray(nums):\n    return 0\nprint(find_unsorted_subarray(eval(sys.stdin.readline())))\n",
            "class Solution:\n    def findUnsortedSubarray(self, nums): return 0\nprint(Solution().findUnsortedSubarray(eval(input())))\n",
            "from sys import stdin\nclass Solution: pass\n",
            "import fileinput\nclass Solution: pass\n",
        ]
        for source in examples { #expect(mode(source, "python") == .program, "\(source)") }
    }

    @Test func pythonWordsInCommentsAndDocstringsDoNotCount() {
        let source = #"""
            class Solution:
                """No input() here, and nothing from sys.stdin either."""
                def findUnsortedSubarray(self, nums):  # not input()
                    text = "sys.stdin"
                    return 0
            """#
        #expect(mode(source, "python") == .function)
        #expect(ModeDetection.stripPython("x = 'a # b'  # c\ny = \"\"\"q\ninput()\"\"\"\n").contains("input") == false)
    }

    @Test func javaScriptForms() {
        #expect(mode("var findUnsortedSubarray = function(nums) { return 0; };", "javascript") == .function)
        #expect(mode("function findUnsortedSubarray(nums) { return 0; }", "javascript") == .function)
        #expect(mode("const findUnsortedSubarray = (nums) => 0;", "javascript") == .function)
        #expect(mode("class Solution { findUnsortedSubarray(nums) { return 0; } }", "javascript") == .function)
        let program = "const fs = require('fs');\nfunction findUnsortedSubarray(nums) { return 0; }\nconsole.log(findUnsortedSubarray(JSON.parse(fs.readFileSync(0, 'utf8'))));"
        #expect(mode(program, "javascript") == .program)
        #expect(mode("process.stdin.on('data', () => {});\nfunction findUnsortedSubarray() {}", "javascript") == .program)
        #expect(mode("const rl = require('readline');\nfunction findUnsortedSubarray() {}", "javascript") == .program)
        // Mentioned only in a comment: still a function.
        #expect(mode("// reads process.stdin? no.\nfunction findUnsortedSubarray() {}", "javascript") == .function)
    }

    @Test func rustForms() {
        let solution = "impl Solution {\n    pub fn find_unsorted_subarray(nums: Vec<i32>) -> i32 {\n        0\n    }\n}\n"
        #expect(mode(solution, "rust") == .function)
        #expect(mode("struct Solution;\n" + solution, "rs") == .function)
        #expect(mode("// fn main() { read_line }\n" + solution, "rust") == .function)
        #expect(mode(solution + "fn main() {\n    println!(\"{}\", Solution::find_unsorted_subarray(vec![1]));\n}\n", "rust") == .program)
        #expect(mode("use std::io::stdin;\nfn find_unsorted_subarray(nums: Vec<i32>) -> i32 { 0 }", "rust") == .program)
        let findings = ModeDetection.findings(solution, language: "rust", functionName: "findUnsortedSubarray")
        #expect(findings.definesSolutionClass && findings.mentionsFunction && !findings.readsStdin)
        #expect(!ModeDetection.findings(solution, language: "rust", functionName: "twoSum").mentionsFunction)
    }

    @Test func typeScriptForms() {
        #expect(mode("function findUnsortedSubarray(nums: number[]): number {\n    return 0;\n};", "typescript") == .function)
        #expect(mode("function findUnsortedSubarray<T>(nums: T[]): number { return 0; }", "typescript") == .function)
        #expect(mode("const findUnsortedSubarray: (nums: number[]) => number = (nums) => 0;", "typescript") == .function)
        #expect(mode("const findUnsortedSubarray = (nums: number[]): number => 0;", "typescript") == .function)
        #expect(mode("class Solution { findUnsortedSubarray(nums: number[]): number { return 0; } }", "typescript") == .function)
        let program = "const data: string = require('fs').readFileSync(0, 'utf8');\nfunction findUnsortedSubarray(nums: number[]) { return 0; }"
        #expect(mode(program, "typescript") == .program)
        #expect(mode("const nums: number[] = JSON.parse(require('fs').readFileSync(0, 'utf8'));\nconsole.log(nums.length);", "ts") == .program)
    }

    @Test func cppForms() {
        let function = "class Solution {\npublic:\n    int findUnsortedSubarray(vector<int>& nums) { return 0; }\n};\n"
        #expect(mode(function, "cpp") == .function)
        #expect(mode("struct Solution { int findUnsortedSubarray(vector<int>& v) { return 0; } };", "cpp") == .function)
        // LeetCode's usual speed-up does not read anything.
        let speedUp = "static auto _ = [] { ios::sync_with_stdio(false); cin.tie(nullptr); return 0; }();\n" + function
        #expect(mode(speedUp, "cpp") == .function)
        #expect(mode(function + "int main() { return 0; }\n", "cpp") == .program)
        #expect(mode(function + "void f() { int x; cin >> x; }\n", "cpp") == .program)
        #expect(mode(function + "void f() { string s; getline(std::cin, s); }\n", "cpp") == .program)
        #expect(mode(function + "void f() { int x; scanf(\"%d\", &x); }\n", "cpp") == .program)
        // getline on a stringstream is not stdin; a commented-out main is not a main.
        #expect(mode(function + "void f(stringstream& ss) { string t; getline(ss, t, ','); }\n// int main() {}\n", "cpp") == .function)
    }

    @Test func swiftForms() {
        let function = "class Solution {\n    func findUnsortedSubarray(_ nums: [Int]) -> Int { 0 }\n}\n"
        #expect(mode(function, "swift") == .function)
        #expect(mode(function + "print(Solution().findUnsortedSubarray(readLine()!.split(separator: \",\").map { Int($0)! }))", "swift") == .program)
        #expect(mode("import Foundation\nlet data = FileHandle.standardInput.readDataToEndOfFile()\n" + function, "swift") == .program)
    }

    @Test func javaForms() {
        let function = "class Solution {\n    public int findUnsortedSubarray(int[] nums) { return 0; }\n}\n"
        #expect(mode(function, "java") == .function)
        #expect(mode("public " + function, "java") == .function)
        #expect(mode("import java.util.*;\n" + function + "// public static void main(String[] args) {}\n", "java") == .function)
        #expect(mode(function + "public class Main { public static void main(String[] args) {} }\n", "java") == .program)
        #expect(mode("import java.util.*;\n" + function + "class Read { Scanner in = new Scanner(System.in); }\n", "java") == .program)
        #expect(mode(function + "class Read { java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(System . in)); }",
                     "java") == .program)
        let program = "public class Main {\n    public static void main(String[] args) { System.out.println(0); }\n}\n"
        #expect(mode(program, "java") == .program)
        let found = ModeDetection.findings(function, language: "java", functionName: "findUnsortedSubarray")
        #expect(found.definesSolutionClass && found.mentionsFunction && !found.definesFunction && !found.readsStdin)
    }

    @Test func goForms() {
        let function = "func findUnsortedSubarray(nums []int) int {\n\treturn 0\n}\n"
        #expect(mode(function, "go") == .function)
        #expect(mode("package main\n\nimport \"sort\"\n\n" + function, "go") == .function)
        #expect(mode(function + "\nfunc main() {\n\tfmt.Println(findUnsortedSubarray(nil))\n}\n", "go") == .program)
        #expect(mode("var r = bufio.NewReader(os.Stdin)\n" + function, "go") == .program)
        #expect(mode("// func main() {}\n" + function, "go") == .function)
        // A method or a closure of that name is not LeetCode's top-level function.
        let found = ModeDetection.findings("func (s *S) findUnsortedSubarray(nums []int) int { return 0 }", language: "go",
                                           functionName: "findUnsortedSubarray")
        #expect(!found.definesFunction && found.mentionsFunction)
    }

    @Test func cForms() {
        let function = "int findUnsortedSubarray(int* nums, int numsSize) {\n    return 0;\n}\n"
        #expect(mode(function, "c") == .function)
        #expect(mode("#include <stdlib.h>\n\nstatic int cmp(const void* a, const void* b) { return 0; }\n\n"
                     + "int\nfindUnsortedSubarray(int *nums,\n                     int numsSize)\n{\n    return 0;\n}\n", "c") == .function)
        #expect(mode(function + "\nint main(void) {\n    return findUnsortedSubarray(NULL, 0);\n}\n", "c") == .program)
        #expect(mode("int n;\n" + function + "void read(void) { scanf(\"%d\", &n); }\n", "c") == .program)
        #expect(mode("// int main(void) {}\n" + function, "c") == .function)
        // A declaration or a call is not a definition.
        let found = ModeDetection.findings("int findUnsortedSubarray(int* nums, int numsSize);\nint f(int* a) {\n    if (findUnsortedSubarray(a, 1)) {\n    }\n}\n",
                                           language: "c", functionName: "findUnsortedSubarray")
        #expect(!found.definesFunction && found.mentionsFunction)
    }

    @Test func aLanguageWithoutADriverIsAlwaysAProgram() {
        #expect(mode("int findUnsortedSubarray(int *nums, int n) { return 0; }", "cobol") == .program)
    }

    @Test func findingsTellAMisnamedMethodApart() {
        let found = ModeDetection.findings("class Solution:\n    def findUnsorted(self, nums): return 0\n",
                                           language: "python", functionName: "findUnsortedSubarray")
        #expect(found.definesSolutionClass && !found.mentionsFunction && !found.readsStdin)
    }

    @Test func snakeCase() {
        #expect(ModeDetection.snakeCase("findUnsortedSubarray") == "find_unsorted_subarray")
        #expect(ModeDetection.snakeCase("twoSum") == "two_sum")
        #expect(ModeDetection.snakeCase("merge") == "merge")
    }
}
