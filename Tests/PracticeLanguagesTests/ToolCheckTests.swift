import Foundation
import PracticeCatalog
import PracticeModel
@testable import PracticeLanguages
import Testing

/// The drivers' resources and what is generated from them, checked by each language's own tools: as the files
/// stand, and as generated with a stub for every signature of the catalog and a few more shapes.
@Suite("Drivers and stubs, checked by their own tools")
struct ToolCheckTests {
    /// Every function signature of the catalog, and shapes it does not use yet (designs are in `designs`).
    static let signatures: [Signature] = Catalog.problems.map(\.signature).filter { $0.design == nil } + [
        Signature(functionName: "reverseList", parameters: [Parameter(name: "head", type: "ListNode?")], returnType: "ListNode?"),
        Signature(functionName: "invertTree", parameters: [Parameter(name: "root", type: "TreeNode?")], returnType: "TreeNode?"),
        Signature(functionName: "countBig", parameters: [Parameter(name: "n", type: "Int64"), Parameter(name: "words", type: "[String]"),
                                                        Parameter(name: "c", type: "Character"), Parameter(name: "flags", type: "[Bool]")],
                  returnType: "Int64"),
        Signature(functionName: "average", parameters: [Parameter(name: "xs", type: "[Double]")], returnType: "Double"),
        Signature(functionName: "letters", parameters: [Parameter(name: "s", type: "String")], returnType: "[Character]"),
    ]

    /// One signature per distinct list of types (the compilers are slow; names do not change what they check).
    static let distinctShapes: [Signature] = {
        var seen: Set<[String]> = []
        return signatures.filter { seen.insert($0.parameters.map(\.type) + [$0.returnType]).inserted }
    }()

    static let resources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/PracticeLanguages/Resources").standardized

    // MARK: The resources as they stand

    @Test func everyResourceIsCheckedAsItStands() throws {
        // A copy, so the tools write nothing (`__pycache__`) next to the sources.
        let directory = try Workspace()
        let files = try Self.resourceFiles()
        for file in files {
            try FileManager.default.createDirectory(atPath: directory.path + "/" + (file as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: Self.resources.appendingPathComponent(file).path, toPath: directory.path + "/" + file)
        }
        let kinds = Set(files.map { ($0 as NSString).pathExtension })
        // The Go files are vetted and checked for gofmt's layout by GoTests.
        #expect(kinds.isSubset(of: ["py", "js", "hpp", "swift", "ts", "java", "c", "h", "cpp", "rs", "go"]), "a resource no test checks: \(kinds)")
        #expect(files.count >= 14)
        try expectSuccess([Self.python, "-m", "py_compile"] + files.filter { $0.hasSuffix(".py") }, in: directory)
        for file in files where file.hasSuffix(".js") { try expectSuccess(["node", "--check", file], in: directory) }
        // The prelude and nodes are in the driver, and each header includes what it uses: one check for all, with
        // each toolchain (clang++ as C++23, g++ as C++20).
        let headers = files.filter { $0.hasSuffix(".hpp") && $0 != "drivers/cpp_prelude.hpp" }
        try expectSuccess(Self.cppCheck + ["-x", "c++"] + headers, in: directory)
        try expectSuccess(["g++", "-std=c++20", "-fsyntax-only", "-x", "c++", "drivers/cpp_prelude.hpp"] + headers, in: directory)
        try expectSuccess(["swiftc", "-typecheck", "-parse-as-library"] + files.filter { $0.hasSuffix(".swift") && $0.hasPrefix("drivers/") },
                          in: directory)
        // The declarations, checked together (without --skipLibCheck, which the judge's tsc uses), against ES2022 only.
        #expect(files.filter { $0.hasSuffix(".ts") && $0.hasPrefix("drivers/") }.allSatisfy { $0.hasSuffix(".d.ts") })
        try expectSuccess(TypeScriptLanguage.tsc.filter { $0 != "--skipLibCheck" } + ["--noEmit"] + files.filter { $0.hasSuffix(".d.ts") },
                          in: directory)
        // The program stubs of `practice start`, each by its language's compiler (TypeScript with node's declarations).
        #expect(Set(files.filter { $0.hasPrefix("stubs/") }) == Set(["py", "c", "cpp", "js", "ts", "swift", "java", "rs", "go"].map { "stubs/program." + $0 }))
        try expectSuccess(["rustc", "--edition", "2021", "--emit=metadata", "-o", "program.rmeta", "stubs/program.rs"], in: directory)
        try expectSuccess(["gcc", "-std=gnu17", "-Wall", "-Werror", "-fsyntax-only", "stubs/program.c"], in: directory)
        // The C driver includes its nodes when it stands alone; each node header is valid C on its own.
        try expectSuccess(["gcc", "-std=gnu17", "-Wall", "-Wextra", "-Werror", "-fsyntax-only", "drivers/c_driver.c"], in: directory)
        for header in files where header.hasSuffix(".h") {
            try expectSuccess(["gcc", "-std=gnu17", "-Wall", "-Wextra", "-Werror", "-fsyntax-only", "-x", "c", header], in: directory)
        }
        try expectSuccess(Self.cppCheck + ["stubs/program.cpp"], in: directory)
        try expectSuccess(["swiftc", "-typecheck", "stubs/program.swift"], in: directory)
        try expectSuccess(TypeScriptLanguage.tsc + ["--noEmit", "stubs/program.ts", "drivers/typescript_runtime.d.ts", "drivers/typescript_node.d.ts"],
                          in: directory)
        // The driver stands alone (it finds Solution by reflection); the nodes are plain classes.
        try expectSuccess(["javac", "-encoding", "UTF-8", "-Xlint:all,-serial", "-Werror", "-d", "classes"] + files.filter { $0.hasSuffix(".java") },
                          in: directory)
        // Rust: the driver as the library it is built as, and the nodes with the imports LeetCode's stubs write.
        try expectSuccess(["rustc"] + RustLanguage.flags + ["--crate-type", "rlib", "--emit=metadata", "-o", "driver.rmeta",
                                                            "drivers/rust_driver.rs"], in: directory)
        try directory.write("nodes.rs", "use std::rc::Rc;\nuse std::cell::RefCell;\ninclude!(\"drivers/rust_tree_node.rs\");\n"
                            + "include!(\"drivers/rust_list_node.rs\");\n")
        #expect(files.filter { $0.hasSuffix(".rs") && $0.hasPrefix("drivers/") }.count == 3)
        try expectSuccess(["rustc"] + RustLanguage.flags + ["--crate-type", "lib", "--emit=metadata", "-o", "nodes.rmeta", "nodes.rs"],
                          in: directory)
    }

    @Test func theEmbeddedResourcesAreTheFiles() throws {
        let embedded: [(String, [UInt8])] = [
            ("python_syntax_check.py", PackageResources.python_syntax_check_py),
            ("drivers/python_driver.py", PackageResources.python_driver_py),
            ("drivers/javascript_driver.js", PackageResources.javascript_driver_js),
            ("drivers/typescript_runtime.d.ts", PackageResources.typescript_runtime_d_ts),
            ("drivers/typescript_node.d.ts", PackageResources.typescript_node_d_ts),
            ("drivers/typescript_env.d.ts", PackageResources.typescript_env_d_ts),
            ("drivers/cpp_prelude.hpp", PackageResources.cpp_prelude_hpp), ("drivers/cpp_driver.hpp", PackageResources.cpp_driver_hpp),
            ("drivers/cpp_tree_node.hpp", PackageResources.cpp_tree_node_hpp), ("drivers/cpp_list_node.hpp", PackageResources.cpp_list_node_hpp),
            ("drivers/swift_driver.swift", PackageResources.swift_driver_swift),
            ("drivers/swift_tree_node.swift", PackageResources.swift_tree_node_swift),
            ("drivers/swift_list_node.swift", PackageResources.swift_list_node_swift),
            ("drivers/java_driver.java", PackageResources.java_driver_java),
            ("drivers/java_tree_node.java", PackageResources.java_tree_node_java),
            ("drivers/java_list_node.java", PackageResources.java_list_node_java),
            ("drivers/java_pair.java", PackageResources.java_pair_java),
            ("drivers/go_driver.go", PackageResources.go_driver_go), ("drivers/go_tree_node.go", PackageResources.go_tree_node_go),
            ("drivers/go_list_node.go", PackageResources.go_list_node_go),
            ("stubs/program.go", PackageResources.program_go),
            ("stubs/program.py", PackageResources.program_py), ("stubs/program.c", PackageResources.program_c),
            ("stubs/program.cpp", PackageResources.program_cpp), ("stubs/program.js", PackageResources.program_js),
            ("stubs/program.ts", PackageResources.program_ts), ("stubs/program.swift", PackageResources.program_swift),
            ("stubs/program.java", PackageResources.program_java), ("stubs/program.rs", PackageResources.program_rs),
            ("drivers/rust_driver.rs", PackageResources.rust_driver_rs),
            ("drivers/rust_tree_node.rs", PackageResources.rust_tree_node_rs),
            ("drivers/rust_list_node.rs", PackageResources.rust_list_node_rs),
            ("drivers/c_driver.c", PackageResources.c_driver_c), ("drivers/c_tree_node.h", PackageResources.c_tree_node_h),
            ("drivers/c_list_node.h", PackageResources.c_list_node_h),
        ]
        for (file, bytes) in embedded {
            #expect(try Data(contentsOf: Self.resources.appendingPathComponent(file)) == Data(bytes), "\(file)")
        }
        #expect(Set(try Self.resourceFiles()) == Set(embedded.map(\.0)), "every resource is embedded (Package.swift) and listed here")
    }

    @Test func theDynamicDriversAsTheyStandJudgeSolve() throws {
        let directory = try Workspace()
        try directory.write("Main.py", "def solve(x):\n    return x\n")
        try directory.write("practice_driver.py", DriverSource.text(PackageResources.python_driver_py))
        #expect(try answers([Self.python, "practice_driver.py", "Main.py"], input: "[1,2]\n", in: directory) == ["[1,2]"])
        try directory.write("Main.js", "var solve = function(x) { return x; };\n")
        try directory.write("practice_driver.js", DriverSource.text(PackageResources.javascript_driver_js))
        #expect(try answers(["node", "practice_driver.js", "Main.js"], input: "\"a\"\n", in: directory) == ["\"a\""])
        try directory.write("Solution.java", "class Solution { int solve(int x) { return x; } }\n")
        try directory.write("java_driver.java", DriverSource.text(PackageResources.java_driver_java))
        try expectSuccess(["javac", "-d", "classes", "java_driver.java", "Solution.java"], in: directory)
        #expect(try answers(["java", "-cp", "classes", "PracticeDriver"], input: "3\n-4\n", in: directory) == ["3", "-4"])
    }

    /// LeetCode's Python environment: names a solution uses without importing them (`inf`, `accumulate`,
    /// `SortedList`, `deque`, `heappush`, `gcd`, `comb`, `bisect_left`, `ascii_lowercase`, `isqrt`, `reduce`,
    /// `Counter`, `cache`, `List`), while `pow`, `max` and `sum` stay the builtins (three-argument `pow`).
    @Test func pythonSolutionsHaveLeetCodesPrelude() throws {
        let directory = try Workspace()
        try directory.write("Main.py", """
            class Solution:
                def solve(self, x: List[int]) -> List[int]:
                    best = -inf
                    for total in accumulate(x):
                        best = max(best, total)
                    ordered = SortedList(x)
                    heap = []
                    heappush(heap, 3)
                    @cache
                    def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
                    return [best, gcd(12, 18), pow(2, 10, 1000), comb(5, 2), bisect_left(ordered, 2), ascii_lowercase[1],
                            isqrt(17), reduce(lambda a, b: a * b, x, 1), Counter(x).most_common(1)[0][1], len(deque(ordered)),
                            heap[0], fib(30), sum(x), math.floor(2.5), floor(2.5)]

            """)
        try directory.write("practice_driver.py", DriverSource.text(PackageResources.python_driver_py))
        #expect(try answers([Self.python, "practice_driver.py", "Main.py"], input: "[1,2,2]\n", in: directory)
                == [#"[5,6,24,10,1,"b",4,4,2,3,3,832040,5,2,2]"#])
    }

    /// LeetCode's JavaScript environment: `PriorityQueue`, `MinPriorityQueue`, `MaxPriorityQueue`, `Queue` and `Deque`
    /// as globals, with the @datastructures-js APIs solutions use: v6 (compare function, value callback, elements
    /// back as they went in) and v4/v5 (`{ priority }`, `enqueue(element, priority)`: `{ priority, element }` back),
    /// `{ compare }`, `remove`, `contains`, `toArray`, and null from an empty queue.
    @Test func javaScriptSolutionsHaveLeetCodesQueues() throws {
        let directory = try Workspace()
        try directory.write("Main.js", """
            var solve = function(x) {
              const out = [];
              const minq = new MinPriorityQueue();
              for (const v of x) minq.enqueue(v);
              out.push(minq.dequeue(), minq.front(), minq.size());
              const maxq = new MaxPriorityQueue((o) => o.w);
              for (const v of x) maxq.push({ w: v });
              out.push(maxq.pop().w, maxq.back().w);
              const v5 = new MinPriorityQueue({ priority: (o) => o.cost });
              v5.enqueue({ cost: 5, id: 'a' }); v5.enqueue({ cost: 2, id: 'b' });
              const top = v5.dequeue();
              out.push(top.priority, top.element.id);
              const v4 = new MaxPriorityQueue();
              v4.enqueue('x', 1); v4.enqueue('y', 9);
              out.push(v4.dequeue().element);
              const pq = new PriorityQueue((a, b) => a[0] - b[0] || b[1] - a[1]);
              pq.enqueue([2, 1]); pq.enqueue([1, 5]); pq.enqueue([1, 7]);
              out.push(pq.dequeue()[1], pq.toArray().map((p) => p[1]).join(''), pq.size());
              const legacy = new PriorityQueue({ compare: (a, b) => b - a });
              [3, 8, 1].forEach((v) => legacy.enqueue(v));
              out.push(legacy.dequeue(), legacy.remove((v) => v === 3).length, legacy.size(), legacy.contains((v) => v === 1));
              const q = new Queue([1, 2]);
              q.enqueue(3); out.push(q.dequeue(), q.front(), q.back(), q.size());
              const d = new Deque();
              for (let i = 0; i < 20; i++) d.pushBack(i);
              d.pushFront(-1); out.push(d.popFront(), d.popBack(), d.front(), d.back(), d.size());
              out.push(new Queue().dequeue(), new Deque().popBack(), new MinPriorityQueue().dequeue());
              return out;
            };

            """)
        try directory.write("practice_driver.js", DriverSource.text(PackageResources.javascript_driver_js))
        #expect(try answers(["node", "practice_driver.js", "Main.js"], input: "[4,1,3]\n", in: directory)
                == [#"[1,3,2,4,1,2,"b","y",7,"51",2,8,1,1,true,1,2,3,2,-1,19,0,18,19,null,null,null]"#])
    }

    /// LeetCode's TypeScript environment: the queues with their v6 and v4/v5 APIs, `TreeNode` and `ListNode`, typed
    /// as a LeetCode solution writes them, compile against the declarations and run on the JavaScript driver.
    @Test func typeScriptSolutionsHaveLeetCodesGlobals() throws {
        let directory = try Workspace()
        let signature = Signature(functionName: "solve", parameters: [Parameter(name: "x", type: "[Int]")], returnType: "[Int]")
        let solution = """
            function solve(x: number[]): number[] {
                const out: number[] = [];
                const minq = new MinPriorityQueue<number>();
                for (const v of x) minq.enqueue(v);
                out.push(minq.dequeue(), minq.size());
                const pairs = new PriorityQueue<number[]>((a, b) => a[0] - b[0] || b[1] - a[1]);
                pairs.enqueue([2, 1]).enqueue([1, 5]);
                out.push(pairs.dequeue()[1]);
                const maxq = new MaxPriorityQueue<{ w: number }>((o) => o.w);
                for (const v of x) maxq.push({ w: v });
                out.push(maxq.pop().w);
                const v5 = new MinPriorityQueue({ priority: (o: { cost: number }) => o.cost });
                v5.enqueue({ cost: 5 }).enqueue({ cost: 2 });
                out.push(v5.dequeue().priority);
                const q = new Queue<number>([7]);
                q.enqueue(8);
                const d = new Deque<number>();
                d.pushFront(3);
                out.push(q.dequeue(), q.size(), d.popBack());
                const root: TreeNode | null = new TreeNode(1, null, new TreeNode(2));
                let head: ListNode | null = new ListNode(4, new ListNode(5));
                head = head.next;
                out.push(root.right.val, head.val);
                console.log(structuredClone(out).length, performance.now() >= 0);
                return out;
            };

            """
        try directory.write("Main.ts", solution)
        let driver = try TypeScriptLanguage().driver(for: signature, solutionSource: solution, solutionFileName: "Main.ts")
        try directory.write(driver.fileName, driver.source)
        for file in driver.supportFiles { try directory.write(file.name, file.text) }
        try expectSuccess(try #require(driver.compile).filled(CommandPaths(source: "Main.ts", driver: driver.fileName)), in: directory)
        #expect(try answers(driver.run.filled(CommandPaths(source: "Main.ts", driver: driver.fileName)), input: "[4,1,3]\n", in: directory)
                == ["[1,2,5,4,2,7,1,3,2,5]"])
    }

    /// A TypeScript solution written as a module (`export function`, as in a local LeetCode project) loads through the
    /// driver, and an exception names its line in `Main.ts` (through `Main.js.map`), not in the transpiled `Main.js`.
    @Test func typeScriptModulesLoadAndExceptionsNameTheirLines() throws {
        let directory = try Workspace()
        let signature = Signature(functionName: "solve", parameters: [Parameter(name: "x", type: "Int")], returnType: "Int")
        let solution = """
            export function solve(x: number): number {
                const limit: number = 3;
                if (x > limit) throw new RangeError("too big");
                return x * 2;
            }

            """
        try directory.write("Main.ts", solution)
        let driver = try TypeScriptLanguage().driver(for: signature, solutionSource: solution, solutionFileName: "Main.ts")
        try directory.write(driver.fileName, driver.source)
        for file in driver.supportFiles { try directory.write(file.name, file.text) }
        try expectSuccess(try #require(driver.compile).filled(CommandPaths(source: "Main.ts", driver: driver.fileName)), in: directory)
        let result = try Self.run(driver.run.filled(CommandPaths(source: "Main.ts", driver: driver.fileName)), input: "2\n5\n", in: directory)
        let records = result.output.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(records.count == 3 && records[1].first == "ok" && records[1].last == "4", "\(result.output)\(result.errors)")
        #expect(records.last?.first == "err" && records.last?[5] == #""RangeError: too big (Main.ts:3:26, in solve)""#, "\(result.output)")
    }

    /// A TypeScript program reads stdin with node's `require` and `process`, declared by the recipe's support file.
    @Test func typeScriptProgramsCompileAgainstNodesNames() throws {
        let directory = try Workspace()
        let recipe = TypeScriptLanguage().recipe
        try directory.write("Main.ts", """
            import * as fs from 'fs';
            const lines: string[] = require('fs').readFileSync(0, 'utf8').split('\\n');
            const nums: number[] = JSON.parse(lines[0]);
            process.stdout.write(String(nums.reduce((a, b) => a + b, 0) + fs.readFileSync(0).length) + '\\n');

            """)
        for file in recipe.supportFiles { try directory.write(file.name, file.text) }
        try expectSuccess(try #require(recipe.compile).filled(CommandPaths(source: "Main.ts")), in: directory)
        let result = try Self.run(recipe.run.filled(CommandPaths(source: "Main.ts")), input: "[1,2,3]\n", in: directory)
        #expect(result.status == 0 && result.output == "6\n", "\(result.errors)")
    }

    // MARK: Generated drivers with stubs

    /// Python and JavaScript: every stub and every distinct generated driver pass `py_compile` and `node --check`.
    @Test func dynamicStubsAndDriversPassTheSyntaxCheck() throws {
        let directory = try Workspace()
        var python: [String: String] = [:], javaScript: [String: String] = [:]  // file name -> text
        for signature in Self.signatures {
            let name = signature.functionName
            python["stub_\(name).py"] = try PythonLanguage().stub(for: signature)
            javaScript["stub_\(name).js"] = try JavaScriptLanguage().stub(for: signature)
            let drivers = [try PythonLanguage().driver(for: signature, solutionSource: "", solutionFileName: "Main.py").source,
                           try JavaScriptLanguage().driver(for: signature, solutionSource: "", solutionFileName: "Main.js").source]
            if !python.values.contains(drivers[0]) { python["driver_\(name).py"] = drivers[0] }
            if !javaScript.values.contains(drivers[1]) { javaScript["driver_\(name).js"] = drivers[1] }
        }
        for (file, text) in python.merging(javaScript, uniquingKeysWith: { $1 }) { try directory.write(file, text) }
        #expect(python.count > Self.signatures.count + 3 && javaScript.count > Self.signatures.count + 3)
        try expectSuccess([Self.python, "-m", "py_compile"] + python.keys.sorted(), in: directory)
        for file in javaScript.keys.sorted() { try expectSuccess(["node", "--check", file], in: directory) }
    }

    /// Python and JavaScript: the stub answers a sample input through its driver with its default value (a
    /// wrong answer, not an error).
    @Test(arguments: signatures)
    func dynamicStubsRunThroughTheirDrivers(_ signature: Signature) throws {
        let directory = try Workspace()
        let input = signature.parameters.map { Self.sample(TypeNotation.of($0)!) + "\n" }.joined()
        let returned = try #require(TypeNotation.returned(by: signature))

        let python = try PythonLanguage().driver(for: signature, solutionSource: "", solutionFileName: "Main.py")
        try directory.write("Main.py", try PythonLanguage().stub(for: signature))
        try directory.write(python.fileName, python.source)
        var command = python.run.filled(CommandPaths(source: "Main.py", driver: python.fileName))
        command[0] = Self.python
        #expect(try answers(command, input: input, in: directory) == [Self.stubAnswer(signature, Self.pythonDefault(returned))],
                "\(signature.functionName)")

        let javaScript = try JavaScriptLanguage().driver(for: signature, solutionSource: "", solutionFileName: "Main.js")
        try directory.write("Main.js", try JavaScriptLanguage().stub(for: signature))
        try directory.write(javaScript.fileName, javaScript.source)
        #expect(try answers(javaScript.run.filled(CommandPaths(source: "Main.js", driver: javaScript.fileName)), input: input, in: directory)
                == [Self.stubAnswer(signature, Self.javaScriptDefault(returned))], "\(signature.functionName)")
    }

    /// What a stub answers: its default value, or for an in-place function the argument it left as it was.
    static func stubAnswer(_ signature: Signature, _ defaultValue: String) -> String {
        guard let modified = signature.modifiedParameter, let type = TypeNotation.of(modified) else { return defaultValue }
        return sample(type)
    }

    /// TypeScript: every stub compiles with tsc against LeetCode's declarations (in batches without two stubs of one name:
    /// they share the global scope) and answers a sample input through the JavaScript driver with its default value.
    @Test func typeScriptStubsCompileAndRunThroughTheDriver() throws {
        let directory = try Workspace()
        let language = TypeScriptLanguage()
        var batches: [[Int]] = []
        for (index, signature) in Self.signatures.enumerated() {
            try directory.write("stub_\(index).ts", try language.stub(for: signature))
            if let batch = batches.firstIndex(where: { !$0.contains { Self.signatures[$0].functionName == signature.functionName } }) {
                batches[batch].append(index)
            } else {
                batches.append([index])
            }
        }
        let first = try language.driver(for: Self.signatures[0], solutionSource: "", solutionFileName: "Main.ts")
        for file in first.supportFiles { try directory.write(file.name, file.text) }
        for batch in batches {
            try expectSuccess(TypeScriptLanguage.tsc + batch.map { "stub_\($0).ts" } + ["practice_env.d.ts"], in: directory)
        }
        for (index, signature) in Self.signatures.enumerated() {
            let driver = try language.driver(for: signature, solutionSource: "", solutionFileName: "Main.ts")
            try directory.write(driver.fileName, driver.source)
            let input = signature.parameters.map { Self.sample(TypeNotation.of($0)!) + "\n" }.joined()
            let returned = try #require(TypeNotation.returned(by: signature))
            #expect(try answers(["node", driver.fileName, "stub_\(index).js"], input: input, in: directory)
                    == [Self.stubAnswer(signature, Self.javaScriptDefault(returned))],
                    "\(signature.functionName)")
        }
    }

    /// C++: the generated driver, which includes the stub as `Main.cpp`, passes `g++ -fsyntax-only` (against a
    /// precompiled LeetCode prelude, which the driver includes first, so each check does not parse it again).
    @Test(arguments: distinctShapes + designs)
    func cppStubsCompileWithTheirDrivers(_ signature: Signature) throws {
        try expectCompiles(CppLanguage(), signature, solution: try CppLanguage().stub(for: signature))
    }

    @Test func aCppSolutionWithItsOwnNodesCompilesWithTheDriver() throws {
        let signature = Signature(functionName: "depth", parameters: [Parameter(name: "root", type: "TreeNode?"),
                                                                      Parameter(name: "head", type: "ListNode?")], returnType: "Int")
        let solution = """
            struct TreeNode { int val; TreeNode *left, *right; TreeNode(int x) : val(x), left(nullptr), right(nullptr) {} };
            class ListNode { public: int val; ListNode *next; ListNode(int x) : val(x), next(nullptr) {} };
            class Solution { public: int depth(TreeNode* root, ListNode* head) { return root ? 1 : 0; } };
            """
        try expectCompiles(CppLanguage(), signature, solution: solution)
    }

    /// Swift (swiftc is slow: two checks): one signature with every parameter type of the catalog and more,
    /// and one with nodes in and out.
    @Test(arguments: [
        Signature(functionName: "everything",
                  parameters: Array(Set(signatures.flatMap(\.parameters).map(\.type)).sorted().enumerated()
                      .map { Parameter(name: "p\($0.offset)", type: $0.element) }.filter { !$0.type.hasPrefix("ListNode") }),
                  returnType: "[[Int]]"),
        Signature(functionName: "nodes", parameters: [Parameter(name: "head", type: "ListNode?"), Parameter(name: "k", type: "Int")],
                  returnType: "TreeNode?"),
    ] + designs)
    func swiftStubsTypecheckWithTheirDrivers(_ signature: Signature) throws {
        try expectCompiles(SwiftLanguage(), signature, solution: try SwiftLanguage().stub(for: signature))
    }

    /// Java: the generated driver with the stub as the solution compiles and answers a sample input with the stub's
    /// default value, for each distinct signature shape (javac takes about a second: one run per shape).
    @Test(arguments: distinctShapes + designs)
    func javaStubsRunThroughTheirDrivers(_ signature: Signature) throws {
        if let design = signature.design {
            #expect(try javaRecords(try JavaLanguage().stub(for: signature), signature, input: Self.designInput(design)).map(\.value)
                    == [Self.designAnswer(design, Self.javaDefault)], "\(signature.functionName)")
            return
        }
        let input = signature.parameters.map { Self.sample(TypeNotation.of($0)!) + "\n" }.joined()
        let returned = try #require(TypeNotation.returned(by: signature))
        #expect(try javaRecords(try JavaLanguage().stub(for: signature), signature, input: input).map(\.value)
                == [Self.stubAnswer(signature, Self.javaDefault(returned))],
                "\(signature.functionName)")
    }

    /// What LeetCode's Java solutions are written with: collections for arrays (`List<Integer>`, `List<List<Integer>>`,
    /// `List<String>`), boxed types, `public class Solution`, a `package` line, no imports for java.util and streams,
    /// javafx's `Pair` (imported), their own `TreeNode` with only `TreeNode(int)`; prints go to stderr, not into the records.
    @Test func javaSolutionsInLeetCodesVariantsAreCalled() throws {
        let signature = Signature(functionName: "mix", parameters: [
            Parameter(name: "a", type: "[Int]"), Parameter(name: "grid", type: "[[Int]]"), Parameter(name: "words", type: "[String]"),
            Parameter(name: "board", type: "[[Character]]"), Parameter(name: "root", type: "TreeNode?"), Parameter(name: "head", type: "ListNode?"),
            Parameter(name: "n", type: "Int64"), Parameter(name: "c", type: "Character"), Parameter(name: "flag", type: "Bool"),
            Parameter(name: "x", type: "Double"),
        ], returnType: "[[Int]]")
        let solution = """
            package practice.check;
            import javafx.util.Pair;
            public class Solution {
                public List<List<Integer>> mix(List<Integer> a, int[][] grid, List<String> words, char[][] board, TreeNode root,
                                               ListNode head, Long n, Character c, boolean flag, Double x) throws Exception {
                    System.out.println("ok\t0\t0\t0\t0\t99");  // looks like a record
                    Map<Pair<Integer, String>, Integer> seen = new HashMap<>();
                    seen.put(new Pair<>(1, "b"), 3);
                    if (seen.get(new Pair<>(1, "b")) != 3 || !new Pair<>(1, "b").toString().equals("1=b")) throw new IllegalStateException();
                    List<List<Integer>> out = new ArrayList<>();
                    out.add(a);
                    out.add(Arrays.stream(grid).map(row -> IntStream.of(row).sum()).collect(Collectors.toList()));
                    out.add(List.of(words.stream().mapToInt(String::length).sum(), board.length, board[0][1] == c ? 1 : 0));
                    out.add(List.of(root.val, root.right.val, head.next.val, (int) (n % 1000), flag ? 1 : 0, (int) Math.round(x * 10)));
                    return out;
                }
            }
            class TreeNode { int val; TreeNode left, right; TreeNode(int x) { val = x; } }
            """
        let input = #"[1,2,3]\#n[[1,2],[3,4]]\#n["ab","cde"]\#n[["a","b"],["c","d"]]\#n[5,null,7]\#n[8,9]\#n123456789012\#n"b"\#ntrue\#n2.5\#n"#
        let records = try javaRecords(solution, signature, input: input + input)
        #expect(records.map(\.kind) == ["ok", "ok"])
        #expect(records.first?.value == "[[1,2,3],[3,7],[5,2,1],[5,7,9,12,1,25]]")
    }

    /// Java: values are written by their runtime type (a method declared to return `Object` returns a different kind for
    /// each test); exceptions are `err` records with the exception and the solution's line, the solution's own stack
    /// overflow included, after which the driver goes on (on a new thread).
    @Test func javaValuesAreWrittenByTheirTypeAndExceptionsAreErrors() throws {
        let signature = Signature(functionName: "value", parameters: [Parameter(name: "k", type: "Int")], returnType: "Int")
        let solution = """
            class Solution {
                public Object value(int k) {
                    switch (k) {
                        case 0: return new double[] {0.1, 1e-7, 5.0, 1.0 / 3, Double.NaN};
                        case 1: return new TreeNode(1, null, new TreeNode(2, new TreeNode(3), null));
                        case 2: return new ListNode(4, new ListNode(5));
                        case 3: return List.of(new char[] {'a', '"'}, new boolean[] {true}, new long[] {1L << 40}, "tab\there");
                        case 4: throw new IllegalStateException("four");
                        case 5: return deep(0);
                        case 6: return new TreeMap<>(Map.of("b", 2, "a", Optional.empty().isPresent()));
                        case 7: return new Thread();
                        default: return null;
                    }
                }
                int deep(int n) { return deep(n + 1) + 1; }
            }
            """
        let records = try javaRecords(solution, signature, input: (0...8).map { "\($0)\n" }.joined())
        #expect(records.map(\.kind) == ["ok", "ok", "ok", "ok", "err", "err", "ok", "err", "ok"])
        #expect(records.map(\.value)[0..<4] == [#"[0.1,1.0E-7,5.0,0.3333333333333333,null]"#, "[1,null,2,3]", "[4,5]",
                                                #"[["a","\""],[true],[1099511627776],"tab\there"]"#])
        #expect(records[4].value == #""java.lang.IllegalStateException: four (Solution.java:8, in value)"\#t"java.lang.IllegalStateException: four\n\tat Solution.value(Solution.java:8)""#)
        #expect(records[5].value.hasPrefix(#""java.lang.StackOverflowError (Solution.java:15, in deep)""#))
        #expect(records[6].value == #"{"a":false,"b":2}"# && records[8].value == "null")
        #expect(records[7].value.hasPrefix(#""the return value cannot be written as JSON: a java.lang.Thread is not a JSON value""#))
    }

    /// Rust: each distinct shape's stub and generated driver type-check (`--emit=metadata`, against the driver library's
    /// metadata, made once), as the judge builds them with the precompiled library.
    @Test(arguments: distinctShapes.filter { $0.cycle == nil } + designs)
    func rustStubsTypecheckWithTheirDrivers(_ signature: Signature) throws {
        try expectCompiles(RustLanguage(), signature, solution: try RustLanguage().stub(for: signature))
    }

    /// Rust stubs built as the judge builds them (the inline driver, no precompiled library) and run through their
    /// drivers: two signatures with every type, nodes in and out; each answers its default value.
    @Test(arguments: [
        Signature(functionName: "countBig", parameters: [Parameter(name: "n", type: "Int64"), Parameter(name: "words", type: "[String]"),
                                                        Parameter(name: "c", type: "Character"), Parameter(name: "flags", type: "[Bool]"),
                                                        Parameter(name: "xs", type: "[[Double]]"), Parameter(name: "k", type: "Int")],
                  returnType: "[[Int]]"),
        Signature(functionName: "nodes", parameters: [Parameter(name: "head", type: "ListNode?"), Parameter(name: "root", type: "TreeNode?")],
                  returnType: "TreeNode?"),
    ])
    func rustStubsRunThroughTheirDrivers(_ signature: Signature) throws {
        let directory = try Workspace()
        let language = RustLanguage()
        try directory.write("Main.rs", try language.stub(for: signature))
        let driver = try language.driver(for: signature, solutionSource: try language.stub(for: signature), solutionFileName: "Main.rs")
        try directory.write(driver.fileName, driver.source)
        try expectSuccess(driver.compile!.filled(CommandPaths(source: "Main.rs", executable: "solution")), in: directory)
        let input = signature.parameters.map { Self.sample(TypeNotation.of($0)!) + "\n" }.joined()
        #expect(try answers(["./solution"], input: input + input, in: directory) == ["[]", "[]"])
    }

    @Test func aRustSolutionWithItsOwnNodesAndSolutionCompilesWithTheDriver() throws {
        let signature = Signature(functionName: "depth", parameters: [Parameter(name: "root", type: "TreeNode?"),
                                                                      Parameter(name: "head", type: "ListNode?")], returnType: "Int")
        let solution = """
            use std::rc::Rc;
            use std::cell::RefCell;
            pub struct Solution;
            #[derive(Debug)]
            pub struct TreeNode { pub val: i32, pub left: Option<Rc<RefCell<TreeNode>>>, pub right: Option<Rc<RefCell<TreeNode>>> }
            impl TreeNode { pub fn new(val: i32) -> Self { TreeNode { val, left: None, right: None } } }
            pub struct ListNode { pub val: i32, pub next: Option<Box<ListNode>> }
            impl ListNode { fn new(val: i32) -> Self { ListNode { val, next: None } } }
            impl Solution {
                pub fn depth(root: Option<Rc<RefCell<TreeNode>>>, head: Option<Box<ListNode>>) -> i32 { if root.is_some() { 1 } else { 0 } }
            }
            """
        try expectCompiles(RustLanguage(), signature, solution: solution)
    }

    @Test func stubsLookLikeLeetCodes() throws {
        let twoSum = try #require(Catalog.problem(slug: "two-sum")).signature
        #expect(try PythonLanguage().stub(for: twoSum)
                == "class Solution:\n    def twoSum(self, nums: List[int], target: int) -> List[int]:\n        return []\n")
        #expect(try CppLanguage().stub(for: twoSum)
                == "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target) {\n        return {};\n    }\n};\n")
        #expect(try SwiftLanguage().stub(for: twoSum)
                == "class Solution {\n    func twoSum(_ nums: [Int], _ target: Int) -> [Int] {\n        return []\n    }\n}\n")
        #expect(try JavaLanguage().stub(for: twoSum)
                == "class Solution {\n    public int[] twoSum(int[] nums, int target) {\n        return new int[0];\n    }\n}\n")
        #expect(try JavaScriptLanguage().stub(for: twoSum) == """
            /**
             * @param {number[]} nums
             * @param {number} target
             * @return {number[]}
             */
            var twoSum = function(nums, target) {
                return [];
            };

            """)
        let tree = try #require(Catalog.problem(slug: "diameter-of-binary-tree")).signature
        let cpp = try CppLanguage().stub(for: tree)
        #expect(cpp.hasPrefix("/**\n * Definition for a binary tree node.\n * struct TreeNode {\n *     int val;\n"))
        #expect(cpp.contains("    int diameterOfBinaryTree(TreeNode* root) {"))
        #expect(try SwiftLanguage().stub(for: tree).contains(" * public class TreeNode {\n"))
        #expect(try PythonLanguage().stub(for: tree).contains("def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:"))
        let java = try JavaLanguage().stub(for: tree)
        #expect(java.hasPrefix("/**\n * Definition for a binary tree node.\n * class TreeNode {\n *     int val;\n"))
        #expect(java.contains("\nclass Solution {\n    public int diameterOfBinaryTree(TreeNode root) {\n        return 0;\n"))
        #expect(try TypeScriptLanguage().stub(for: twoSum)
                == "function twoSum(nums: number[], target: number): number[] {\n    return [];\n};\n")
        let typeScriptTree = try TypeScriptLanguage().stub(for: tree)
        #expect(typeScriptTree.hasPrefix("/**\n * Definition for a binary tree node.\n * class TreeNode {\n *     val: number\n"))
        #expect(typeScriptTree.hasSuffix("\n */\n\nfunction diameterOfBinaryTree(root: TreeNode | null): number {\n    return 0;\n};\n"))
        #expect(try RustLanguage().stub(for: twoSum)
                == "impl Solution {\n    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {\n        vec![]\n    }\n}\n")
        let rustTree = try RustLanguage().stub(for: tree)
        #expect(rustTree.hasPrefix("// Definition for a binary tree node.\n// #[derive(Debug, PartialEq, Eq)]\n// pub struct TreeNode {\n//   pub val: i32,\n"))
        #expect(rustTree.hasSuffix("// }\nuse std::rc::Rc;\nuse std::cell::RefCell;\nimpl Solution {\n"
                                   + "    pub fn diameter_of_binary_tree(root: Option<Rc<RefCell<TreeNode>>>) -> i32 {\n        0\n    }\n}\n"))
        #expect(try CLanguage().stub(for: twoSum) == """
            /**
             * Return a malloc'd array and set *returnSize to its length; the caller frees it.
             */
            int* twoSum(int* nums, int numsSize, int target, int* returnSize) {
                *returnSize = 0;
                return NULL;
            }

            """)
        let cTree = try CLanguage().stub(for: tree)
        #expect(cTree == "/**\n * Definition for a binary tree node.\n * struct TreeNode {\n *     int val;\n *     struct TreeNode *left;\n"
                + " *     struct TreeNode *right;\n * };\n */\nint diameterOfBinaryTree(struct TreeNode* root) {\n    return 0;\n}\n")
    }

    // MARK: Helpers

    /// The C++ syntax check with the preferred toolchain (clang++ -std=c++23) and LeetCode's prelude, precompiled once
    /// for all the checks and kept between runs (24 MB) in a directory named by the prelude's text and the compiler's
    /// version; the prelude parsed every time when it cannot be made.
    static let cppCheck: [String] = {
        let check = ["clang++", "-std=c++23", "-fsyntax-only"]
        let prelude = DriverSource.text(PackageResources.cpp_prelude_hpp)
        guard let scratch = try? Workspace(), let version = try? run(["clang++", "--version"], in: scratch) else { return check }
        let hash = (prelude + version.output).utf8.reduce(UInt64(14_695_981_039_346_656_037)) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("practice-languages-tests-pch-\(String(hash, radix: 16))").path
        let use = check + ["-include-pch", path + "/cpp_prelude.hpp.pch"]
        if FileManager.default.fileExists(atPath: path + "/cpp_prelude.hpp.pch") { return use }
        // Built where it stays (clang's precompiled file names its header), into a temporary name renamed into place,
        // so a concurrent run sees it complete or not at all.
        let temporary = "cpp_prelude.hpp.pch-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let header = path + "/cpp_prelude.hpp"
        if (try? String(contentsOfFile: header, encoding: .utf8)) != prelude {
            try? Data(prelude.utf8).write(to: URL(fileURLWithPath: header), options: .atomic)
        }
        guard let result = try? run(["clang++", "-std=c++23", "-x", "c++-header", header, "-o", path + "/" + temporary], in: scratch),
              result.status == 0, rename(path + "/" + temporary, path + "/cpp_prelude.hpp.pch") == 0 else { return check }
        return use
    }()

    /// The Rust type check: `--emit=metadata` against the driver library's metadata, made once and kept between runs in a
    /// directory named by the library's text and rustc's version (as the judge links the precompiled rlib); the driver's
    /// inline text checked each time when it cannot be made.
    static let rustCheck: [String] = {
        let check = ["rustc"] + RustLanguage.flags + ["--emit=metadata", "-o", "check.rmeta"]
        guard let scratch = try? Workspace(), let version = try? run(["rustc", "--version"], in: scratch), version.status == 0 else { return check }
        let library = DriverSource.text(PackageResources.rust_driver_rs)
        let hash = (library + version.output).utf8.reduce(UInt64(14_695_981_039_346_656_037)) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("practice-languages-tests-rust-\(String(hash, radix: 16))").path
        let use = check + ["--cfg", "practice_prelude", "--extern", "practice_driver=" + path + "/libpractice_driver.rmeta"]
        if FileManager.default.fileExists(atPath: path + "/libpractice_driver.rmeta") { return use }
        // Built into a temporary name renamed into place, so a concurrent run sees it complete or not at all.
        let temporary = path + "/libpractice_driver.rmeta-" + UUID().uuidString
        guard (try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)) != nil,
              (try? Data(library.utf8).write(to: URL(fileURLWithPath: path + "/practice_driver.rs"), options: .atomic)) != nil,
              let result = try? run(["rustc"] + RustLanguage.flags + ["--crate-type", "rlib", "--crate-name", "practice_driver", "--emit=metadata",
                                                                       "-o", temporary, path + "/practice_driver.rs"], in: scratch),
              result.status == 0, rename(temporary, path + "/libpractice_driver.rmeta") == 0 else { return check }
        return use
    }()

    /// The resource files, relative to `Resources/`.
    static func resourceFiles() throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: resources.path).filter { $0.contains(".") }.sorted()
    }

    /// The real Python interpreter (`python3` may be a shim script that doubles each start-up).
    static let python: String = {
        guard let directory = try? Workspace(), let result = try? run(["python3", "-c", "import sys; print(sys.executable)"], in: directory),
              result.status == 0 else { return "python3" }
        let path = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
        return path.hasPrefix("/") ? path : "python3"
    }()

    static func sample(_ type: TypeNotation) -> String {
        switch type {
        case .int, .long: "3"
        case .double: "1.5"
        case .bool: "true"
        case .string: "\"ab\""
        case .character: "\"a\""
        case .array(let element): "[" + sample(element) + "]"
        case .tree: "[1,null,2]"
        case .list: "[1,2]"
        }
    }

    /// A design's sample test: the constructor with sample arguments, then each method once with sample arguments.
    static func designInput(_ design: ClassDesign) -> String {
        let calls = [(design.className, design.constructor)] + design.methods.map { ($0.name, $0.parameters) }
        let names = "[" + calls.map { JSONValue.string($0.0).json }.joined(separator: ",") + "]"
        let arguments = "[" + calls.map { "[" + $0.1.map { sample(TypeNotation.of($0)!) }.joined(separator: ",") + "]" }.joined(separator: ",") + "]"
        return names + "\n" + arguments + "\n"
    }

    /// What a design's stub answers to `designInput`: null for the constructor and void methods, else the default value.
    static func designAnswer(_ design: ClassDesign, _ defaultValue: (TypeNotation) -> String) -> String {
        "[" + (["null"] + design.methods.map { method in
            method.returnType.map { defaultValue(method.returnValueType.map(TypeNotation.init) ?? TypeNotation($0)!) } ?? "null"
        }).joined(separator: ",") + "]"
    }

    /// The design signatures the compiled languages' stub tests add to the catalog's (not in `Catalog.problems` yet).
    static let designs: [Signature] = {
        var seen: Set<String> = []
        return (Catalog.problems.map(\.signature).filter { $0.design != nil } + [MinStack().signature]).filter { seen.insert($0.functionName).inserted }
    }()

    static func pythonDefault(_ type: TypeNotation) -> String {
        switch type {
        case .int, .long: "0"
        case .double: "0.0"
        case .bool: "false"
        case .string, .character: "\"\""
        case .array, .tree, .list: "[]"
        }
    }

    static func javaScriptDefault(_ type: TypeNotation) -> String { type == .double ? "0" : pythonDefault(type) }

    static func javaDefault(_ type: TypeNotation) -> String { type == .character ? "\" \"" : pythonDefault(type) }

    /// The records (kind and the rest after the figures) of `solution`'s generated Java driver, compiled and run with
    /// its own commands on `input`, after its `ready` record.
    private func javaRecords(_ solution: String, _ signature: Signature, input: String,
                             sourceLocation: SourceLocation = #_sourceLocation) throws -> [(kind: String, value: String)] {
        let directory = try Workspace()
        let driver = try JavaLanguage().driver(for: signature, solutionSource: solution, solutionFileName: "Main.java")
        try directory.write(driver.fileName, driver.source)
        let paths = CommandPaths(source: "Main.java", executable: "classes", driver: driver.fileName)
        try expectSuccess(try #require(driver.compile).filled(paths), in: directory, sourceLocation: sourceLocation)
        let result = try Self.run(driver.run.filled(paths), input: input, in: directory)
        let records = result.output.split(separator: "\n").map { $0.split(separator: "\t", maxSplits: 5, omittingEmptySubsequences: false) }
        #expect(records.first?.first == "ready", "\(result.output)\n\(result.errors)", sourceLocation: sourceLocation)
        return records.dropFirst().map { record in
            #expect(record.count == 6, "\(record)", sourceLocation: sourceLocation)
            return (String(record[0]), record.last.map(String.init) ?? "")
        }
    }

    /// The values of the driver's `ok` records for `input`, after its `ready` record (an `err` or `fatal` record fails).
    private func answers(_ arguments: [String], input: String, in directory: Workspace) throws -> [String] {
        let result = try Self.run(arguments, input: input, in: directory)
        let records = result.output.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(records.first?.first == "ready", "\(result.output)\n\(result.errors)")
        return records.dropFirst().map { record in
            #expect(record.first == "ok" && record.count == 6, "\(record)")
            return record.last.map(String.init) ?? ""
        }
    }

    /// `solution` and its generated driver pass the compiler's check: `g++ -fsyntax-only` of the driver (which
    /// includes the solution), `swiftc -typecheck` of both.
    private func expectCompiles(_ language: some LanguageSupport, _ signature: Signature, solution: String,
                                sourceLocation: SourceLocation = #_sourceLocation) throws {
        let directory = try Workspace()
        let source = language.recipe.sourceFileName
        try directory.write(source, solution)
        let driver = try language.driver(for: signature, solutionSource: solution, solutionFileName: source)
        try directory.write(driver.fileName, driver.source)
        let check = language.name == "cpp" ? Self.cppCheck + [driver.fileName]
            : language.name == "rust" ? Self.rustCheck + [driver.fileName]
            : ["swiftc", "-typecheck", "-parse-as-library", source, driver.fileName]
        try expectSuccess(check, in: directory, sourceLocation: sourceLocation)
    }

    private func expectSuccess(_ arguments: [String], in directory: Workspace,
                               sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try Self.run(arguments, in: directory)
        #expect(result.status == 0, "\(arguments.prefix(3).joined(separator: " ")) failed:\n\(result.errors)\(result.output)",
                sourceLocation: sourceLocation)
    }

    static func run(_ arguments: [String], input: String = "", in directory: Workspace) throws
        -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory.path)
        let (stdin, stdout, stderr) = (Pipe(), Pipe(), Pipe())
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        if !input.isEmpty { stdin.fileHandleForWriting.write(Data(input.utf8)) }  // the drivers read all of it
        try stdin.fileHandleForWriting.close()
        // stderr is drained while stdout is read, so a long message cannot block the tool.
        nonisolated(unsafe) var errors = Data()
        let drained = DispatchGroup()
        DispatchQueue.global().async(group: drained) { errors = stderr.fileHandleForReading.readDataToEndOfFile() }
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        drained.wait()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self))
    }
}

/// A temporary directory, removed when the value is released.
final class Workspace: Sendable {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("practice-languages-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/" + name))
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
