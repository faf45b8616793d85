import PracticeCatalog
import PracticeModel
@testable import PracticeLanguages
import Testing

@Suite("Drivers: generated per signature")
struct DriverTests {
    private func cppType(_ type: String) -> String? { TypeNotation(type).map(CppLanguage.typeName) }

    @Test func cppTypesOfSignatures() {
        #expect(cppType("Int") == "int")
        #expect(cppType("Int64") == "long long")
        #expect(cppType("[[Character]]") == "vector<vector<char>>")
        #expect(cppType("[[Double]]") == "vector<vector<double>>")
        #expect(cppType("[String]") == "vector<string>")
        #expect(cppType("TreeNode?") == "TreeNode *")
        #expect(cppType("[Bool]") == "vector<bool>")
        #expect(cppType("[Int: Int]") == nil)
        #expect(cppType("Set<Int>") == nil)
    }

    @Test func javaTypesOfSignatures() {
        let java = { (type: String) in TypeNotation(type).map(JavaLanguage.typeName) }
        #expect(java("Int") == "int" && java("Int64") == "long" && java("Double") == "double")
        #expect(java("Bool") == "boolean" && java("String") == "String" && java("Character") == "char")
        #expect(java("[Int]") == "int[]" && java("[[Character]]") == "char[][]" && java("[String]") == "String[]")
        #expect(java("[[Double]]") == "double[][]" && java("[Bool]") == "boolean[]")
        #expect(java("TreeNode?") == "TreeNode" && java("ListNode?") == "ListNode")
        #expect(java("[Int: Int]") == nil)
        #expect(JavaLanguage.defaultValue(.array(.array(.int))) == "new int[0][]" && JavaLanguage.defaultValue(.array(.string)) == "new String[0]")
    }

    @Test func driversForEverySignatureOfTheCatalog() throws {
        for problem in Catalog.problems {
            // Rust has no list with a cycle (aListWithACycleIsLinkedBeforeTheCall... checks it refuses).
            for language in ModeDetection.languages where !(language == "rust" && problem.signature.cycle != nil) {
                let driver = try FunctionDriver.make(language: language, signature: problem.signature, solutionSource: "",
                                                     solutionFileName: "Main.x")
                #expect(driver.arity == problem.signature.parameters.count)
                #expect(driver.source.range(of: "@[A-Z_]+@", options: .regularExpression) == nil,
                        "unfilled placeholder in the \(language) driver of \(problem.slug)")
            }
        }
    }

    @Test func cppDriverLeavesTheSolutionsOwnTreeNode() throws {
        let signature = try #require(Catalog.problem(slug: "diameter-of-binary-tree")).signature
        let own = "struct TreeNode { int val; TreeNode *left, *right; TreeNode(int x) : val(x), left(nullptr), right(nullptr) {} };"
        let withOwn = try FunctionDriver.make(language: "cpp", signature: signature, solutionSource: own, solutionFileName: "Main.cpp")
        let commented = try FunctionDriver.make(language: "cpp", signature: signature,
                                                solutionSource: "/* struct TreeNode { int val; }; */", solutionFileName: "Main.cpp")
        #expect(!withOwn.source.contains("struct TreeNode {"))
        #expect(commented.source.contains("struct TreeNode {"))
    }

    @Test func swiftDriverLeavesTheSolutionsOwnListNode() throws {
        let signature = Signature(functionName: "f", parameters: [Parameter(name: "head", type: "ListNode?")], returnType: "Int")
        let own = try FunctionDriver.make(language: "swift", signature: signature,
                                          solutionSource: "public class ListNode { var val = 0; var next: ListNode? }",
                                          solutionFileName: "Main.swift")
        #expect(!own.source.contains("class ListNode {"))
        #expect(own.source.contains("class TreeNode {"))
    }

    @Test func javaDriverLeavesTheSolutionsOwnNodesAndKeepsItsLines() throws {
        let signature = try #require(Catalog.problem(slug: "diameter-of-binary-tree")).signature
        let own = "package leetcode;\npublic class Solution {\n    public int diameterOfBinaryTree(TreeNode root) { return 0; }\n}\n"
            + "class TreeNode { int val; TreeNode left, right; TreeNode(int x) { val = x; } }\n"
        let driver = try FunctionDriver.make(language: "java", signature: signature, solutionSource: own, solutionFileName: "Main.java")
        let lines = driver.source.split(separator: "\n", omittingEmptySubsequences: false)
        // LeetCode's imports and the blanked package line share line 1; the solution's lines keep their numbers.
        #expect(lines[0] == "import java.util.*; import java.util.function.*; import java.util.stream.*; import java.math.*; import java.io.*; "
                + String(repeating: " ", count: "package leetcode;".count))
        #expect(lines[1] == "public class Solution {" && lines[4].hasPrefix("class TreeNode { int val;"))
        #expect(!driver.source.contains("\nclass TreeNode {\n") && driver.source.contains("\nclass ListNode {\n"))
        #expect(driver.source.contains("        solution.diameterOfBinaryTree(any()); // LeetCode's signature: int diameterOfBinaryTree(TreeNode root)\n"))
        #expect(driver.source.contains("\n    static final String METHOD = \"diameterOfBinaryTree\";\n    static final String[] NAMES = {\"root\"};\n"))
        #expect(!driver.source.contains("\nimport "), "every import is on line 1")
        let commented = try FunctionDriver.make(language: "java", signature: signature,
                                                solutionSource: "// class TreeNode {}\nclass Solution {}", solutionFileName: "Main.java")
        #expect(commented.source.contains("\nclass TreeNode {\n"))
        // javafx's Pair, as LeetCode has it, only for a solution that uses Pair without defining it; its import blanked.
        #expect(!driver.source.contains("class Pair<K, V>"))
        let paired = try FunctionDriver.make(language: "java", signature: signature,
                                             solutionSource: "import javafx.util.Pair;\nclass Solution { Pair<Integer, Integer> p; }",
                                             solutionFileName: "Main.java")
        #expect(paired.source.contains("\nclass Pair<K, V> {\n") && !paired.source.split(separator: "\n")[0].contains("javafx"))
        #expect(paired.source.split(separator: "\n")[1] == "class Solution { Pair<Integer, Integer> p; }")
        let ownPair = try FunctionDriver.make(language: "java", signature: signature,
                                          solutionSource: "class Solution {}\nrecord Pair(int a, int b) {}", solutionFileName: "Main.java")
        #expect(!ownPair.source.contains("class Pair<K, V>"))
    }

    @Test func noDriverForOtherLanguages() {
        let signature = Signature(functionName: "f", parameters: [], returnType: "Int")
        #expect(throws: LanguageError.noFunctionDriver(language: "kotlin")) {
            try FunctionDriver.make(language: "kotlin", signature: signature, solutionSource: "", solutionFileName: "Main.kt")
        }
        let odd = Signature(functionName: "f", parameters: [Parameter(name: "m", type: "[Int: Int]")], returnType: "Int")
        #expect(throws: LanguageError.unsupportedFunctionType(type: "[Int: Int]", language: "cpp")) {
            try FunctionDriver.make(language: "cpp", signature: odd, solutionSource: "", solutionFileName: "Main.cpp")
        }
        #expect(throws: LanguageError.unsupportedFunctionType(type: "[Int: Int]", language: "swift")) {
            try FunctionDriver.make(language: "swift", signature: odd, solutionSource: "", solutionFileName: "Main.swift")
        }
        #expect(throws: LanguageError.unsupportedFunctionType(type: "[Int: Int]", language: "java")) {
            try FunctionDriver.make(language: "java", signature: odd, solutionSource: "", solutionFileName: "Main.java")
        }
        #expect(throws: LanguageError.unsupportedFunctionType(type: "[Int: Int]", language: "c")) {
            try FunctionDriver.make(language: "c", signature: odd, solutionSource: "", solutionFileName: "Main.c")
        }
        // Python, JavaScript and TypeScript pass any JSON value through.
        #expect((try? FunctionDriver.make(language: "typescript", signature: odd, solutionSource: "", solutionFileName: "Main.ts")) != nil)
        #expect((try? FunctionDriver.make(language: "python", signature: odd, solutionSource: "", solutionFileName: "Main.py")) != nil)
        #expect((try? FunctionDriver.make(language: "javascript", signature: odd, solutionSource: "", solutionFileName: "Main.js")) != nil)
    }

    /// LeetCode 141's `pos`: the list's last node links back before the call, and the function gets the list only.
    @Test func aListWithACycleIsLinkedBeforeTheCallWhichDoesNotGetItsPosition() throws {
        let signature = Signature(functionName: "hasCycle", parameters: [Parameter(name: "head", type: "ListNode?"),
                                                                        Parameter(name: "pos", type: "Int")],
                                  returnType: "Bool", cycle: ListCycle(list: 0, position: 1))
        #expect(signature.arguments == [Parameter(name: "head", type: "ListNode?")] && signature.argumentIndices == [0])
        let python = try FunctionDriver.make(language: "python", signature: signature, solutionSource: "", solutionFileName: "Main.py")
        #expect(python.source.contains("\nCYCLE = [0, 1]\n") && python.arity == 2)
        #expect(try PythonLanguage().stub(for: signature).contains("def hasCycle(self, head: Optional[ListNode]) -> bool:"))
        #expect(try JavaScriptLanguage().stub(for: signature).contains("var hasCycle = function(head) {"))
        #expect(try CppLanguage().stub(for: signature).contains("bool hasCycle(ListNode* head) {"))
        #expect(try CppLanguage().driver(for: signature, solutionSource: "", solutionFileName: "Main.cpp").source
                    .contains("practice_driver::link_cycle(argument0, argument1);\n        Solution solution;\n        auto &&result = solution.hasCycle(argument0);"))
        #expect(try SwiftLanguage().stub(for: signature).contains("func hasCycle(_ head: ListNode?) -> Bool {"))
        #expect(try JavaLanguage().stub(for: signature).contains("public boolean hasCycle(ListNode head) {"))
        #expect(try GoLanguage().stub(for: signature).contains("func hasCycle(head *ListNode) bool {"))
        #expect(try CLanguage().stub(for: signature).contains("bool hasCycle(struct ListNode* head) {"))
        #expect(try CLanguage().driver(for: signature, solutionSource: "", solutionFileName: "Main.c").source
                    .contains("practice_link_cycle(argument0, argument1);\n    bool result = hasCycle(argument0);"))
        // Rust's Option<Box<ListNode>> cannot hold a cycle: LeetCode offers no Rust for these problems.
        #expect(throws: LanguageError.self) { try RustLanguage().stub(for: signature) }
        #expect(throws: LanguageError.self) { try RustLanguage().driver(for: signature, solutionSource: "", solutionFileName: "Main.rs") }
    }

    @Test func theDynamicDriversConfigurationDescribesADesignClass() throws {
        let design = ClassDesign(className: "LRUCache", constructor: [Parameter(name: "capacity", type: "Int")], methods: [
            .init(name: "get", parameters: [Parameter(name: "key", type: "Int")], returnType: "Int"),
            .init(name: "put", parameters: [Parameter(name: "key", type: "Int"), Parameter(name: "value", type: "ListNode?")], returnType: nil),
        ])
        let signature = Signature(design: design)
        #expect(signature.functionName == "LRUCache" && signature.parameters.count == 2)
        let config = #"{"class":"LRUCache","init":["value"],"methods":{"get":{"kinds":["value"],"returns":"value"},"put":{"kinds":["value","list"],"returns":null}}}"#
        let python = try FunctionDriver.make(language: "python", signature: signature, solutionSource: "", solutionFileName: "Main.py")
        #expect(python.source.contains("\nARITY = 2\n") && python.source.contains("\nDESIGN = json.loads(" + JSONValue.string(config).json + ")\n"))
        let javaScript = try FunctionDriver.make(language: "javascript", signature: signature, solutionSource: "", solutionFileName: "Main.js")
        #expect(javaScript.source.contains("\nconst DESIGN = " + config + ";\n"))
        // The stubs are LeetCode's skeletons of the class.
        #expect(try PythonLanguage().stub(for: signature).contains("class LRUCache:\n\n    def __init__(self, capacity: int):\n        pass\n\n    def get(self, key: int) -> int:\n        return 0\n\n    def put(self, key: int, value: Optional[ListNode]) -> None:\n        pass\n"))
        #expect(try JavaScriptLanguage().stub(for: signature).contains("var LRUCache = function(capacity) {\n\n};\n"))
        #expect(try JavaScriptLanguage().stub(for: signature).contains("LRUCache.prototype.put = function(key, value) {\n};"))
        #expect(try TypeScriptLanguage().stub(for: signature).contains("class LRUCache {\n    constructor(capacity: number) {\n\n    }\n\n    get(key: number): number {\n        return 0;\n    }\n"))
        #expect(try CppLanguage().stub(for: signature).contains("class LRUCache {\npublic:\n    LRUCache(int capacity) {\n    }\n\n    int get(int key) {\n        return {};\n    }\n\n    void put(int key, ListNode* value) {\n    }\n};"))
        #expect(try SwiftLanguage().stub(for: signature).contains("class LRUCache {\n\n    init(_ capacity: Int) {\n\n    }\n\n    func get(_ key: Int) -> Int {\n        return 0\n    }\n\n    func put(_ key: Int, _ value: ListNode?) {\n\n    }\n}"))
    }

    @Test func theDynamicDriversConfigurationNamesTheFunctionAndTheConversions() throws {
        let signature = Signature(functionName: "findUnsortedSubarray",
                                  parameters: [Parameter(name: "root", type: "TreeNode?"), Parameter(name: "k", type: "Int")],
                                  returnType: "ListNode?")
        let python = try FunctionDriver.make(language: "python", signature: signature, solutionSource: "", solutionFileName: "Main.py")
        #expect(python.source.contains("\nNAMES = [\"findUnsortedSubarray\", \"find_unsorted_subarray\"]\nARITY = 2\n"
                                       + "KINDS = [\"tree\", \"value\"]\nRETURN = \"list\"\nMODIFIES = -1\nDESIGN = None\nCYCLE = None\n# practice:config end\n"))
        #expect(python.run == ["python3", "{driver}", "{src}"] && python.compile == nil)
        let javaScript = try FunctionDriver.make(language: "javascript", signature: signature, solutionSource: "",
                                                 solutionFileName: "Main.js")
        #expect(javaScript.source.contains("\nconst ARITY = 2;\nconst KINDS = [\"tree\", \"value\"];\nconst RETURN = \"list\";\n"))
        #expect(!javaScript.source.contains("'solve'"))
    }

    @Test func typeScriptRunsTheJavaScriptDriverOnWhatTscWrites() throws {
        let signature = Signature(functionName: "findUnsortedSubarray",
                                  parameters: [Parameter(name: "root", type: "TreeNode?"), Parameter(name: "k", type: "Int")],
                                  returnType: "ListNode?")
        let typeScript = try FunctionDriver.make(language: "typescript", signature: signature, solutionSource: "", solutionFileName: "Main.ts")
        let javaScript = try FunctionDriver.make(language: "javascript", signature: signature, solutionSource: "", solutionFileName: "Main.js")
        #expect(typeScript.source == javaScript.source && typeScript.fileName == "practice_driver.js")
        #expect(typeScript.run == ["node", "--stack-size=65500", "{driver}", "Main.js"])
        #expect(typeScript.compile?.words == TypeScriptLanguage.tsc + ["{src}", "practice_env.d.ts"])
        #expect(TypeScriptLanguage.tsc.starts(with: ["tsc", "--alwaysStrict", "--strictBindCallApply", "--strictFunctionTypes", "--target", "ES2022"]))
        #expect(!TypeScriptLanguage.tsc.contains("--strict"))
        let declarations = try #require(typeScript.supportFiles.first)
        #expect(typeScript.supportFiles.count == 1 && declarations.name == "practice_env.d.ts")
        for name in ["class TreeNode", "class ListNode", "var PriorityQueue:", "var MinPriorityQueue:", "var MaxPriorityQueue:",
                     "class Queue<", "class Deque<", "var console"] {
            #expect(declarations.text.contains("declare " + name), "\(name)")
        }
        #expect(!declarations.text.contains("declare var require"), "function mode has no require (the driver's context has none)")
    }

    @Test func typeScriptDeclarationsLeaveOutWhatTheSolutionDefines() throws {
        let signature = try #require(Catalog.problem(slug: "diameter-of-binary-tree")).signature
        func declarations(_ source: String) throws -> String {
            try #require(try FunctionDriver.make(language: "typescript", signature: signature, solutionSource: source,
                                                 solutionFileName: "Main.ts").supportFiles.first).text
        }
        let own = try declarations("class TreeNode {\n    val = 0\n}\nclass Queue<T> { items: T[] = [] }\nfunction f() {}\n")
        #expect(!own.contains("declare class TreeNode") && !own.contains("declare class Queue<"))
        #expect(own.contains("declare class ListNode {\n    val: number;") && own.contains("declare class Deque<"))
        // Commented out, or nested (not at the start of a line), it is not the solution's own.
        let commented = try declarations("// class TreeNode {}\n/* class Queue {} */\nfunction f() {\n    class Deque {}\n}\n")
        #expect(commented.contains("declare class TreeNode {") && commented.contains("declare class Queue<") && commented.contains("declare class Deque<"))
        // A merged interface goes with its class.
        let queues = try declarations("class MinPriorityQueue { }\n")
        #expect(!queues.contains("interface MinPriorityQueue<") && !queues.contains("declare var MinPriorityQueue:"))
        #expect(queues.contains("interface MaxPriorityQueue<T = any>") && queues.contains("declare var MaxPriorityQueue:"))
        #expect(try declarations("") == DriverSource.text(PackageResources.typescript_runtime_d_ts) + "\n"
                + DriverSource.text(PackageResources.typescript_env_d_ts))
    }

    @Test func compiledDriversBuildTheDriverWithTheSolution() throws {
        let signature = Signature(functionName: "f", parameters: [Parameter(name: "n", type: "Int")], returnType: "Int")
        let cpp = try FunctionDriver.make(language: "cpp", signature: signature, solutionSource: "", solutionFileName: "Main.cpp")
        #expect(cpp.compile == ["clang++", "-std=c++23", "-O2", "-o", "{exe}", "{driver}"])
        let gcc = try FunctionDriver.make(language: "cpp", signature: signature, solutionSource: "", solutionFileName: "Main.cpp",
                                          toolchain: CppLanguage.gcc)
        #expect(gcc.compile == ["g++", "-std=c++20", "-O2", "-o", "{exe}", "{driver}"])
        #expect(cpp.source.contains("#include \"Main.cpp\""))
        let swift = try FunctionDriver.make(language: "swift", signature: signature, solutionSource: "", solutionFileName: "Main.swift")
        #expect(swift.compile == ["swiftc", "-O", "-parse-as-library", "-o", "{exe}", "{src}", "{driver}"])
        #expect(swift.run == ["{exe}"])
        let java = try FunctionDriver.make(language: "java", signature: signature, solutionSource: "", solutionFileName: "Main.java")
        #expect(java.fileName == "Solution.java" && java.compile?.words.first == "javac")
        #expect(java.compile?.words.suffix(3) == ["-d", "{exe}", "Solution.java"] && java.run.words.suffix(3) == ["-cp", "{exe}", "PracticeDriver"])
        let rust = try FunctionDriver.make(language: "rust", signature: signature, solutionSource: "", solutionFileName: "Main.rs")
        #expect(rust.compile == ["rustc", "--edition", "2021", "-O", "-C", "codegen-units=1", "-o", "{exe}", "practice_driver.rs"])
        #expect(rust.source.contains("include!(\"Main.rs\");") && rust.source.contains("Solution::f(argument0)"))
        #expect(rust.prelude?.outputFileName == "libpractice_driver.rlib")
        #expect(rust.prelude?.use.words == ["--cfg", "practice_prelude", "--extern", "practice_driver={exe}"])
    }

    /// Rust: each argument read into LeetCode's type and the method called by its snake_case name; the nodes and
    /// `Solution` left out when the solution defines its own.
    @Test func rustDriverReadsLeetCodesTypesAndLeavesTheSolutionsOwnNodes() throws {
        let signature = Signature(functionName: "mergeKLists", parameters: [Parameter(name: "lists", type: "[ListNode?]"),
                                                                            Parameter(name: "grid", type: "[[Character]]")],
                                  returnType: "TreeNode?")
        let plain = try FunctionDriver.make(language: "rust", signature: signature, solutionSource: "", solutionFileName: "Main.rs")
        #expect(plain.source.contains("let argument0: Vec<Option<Box<ListNode>>> = (&mut reader0).array(|r| practice_read_list(r));"))
        #expect(plain.source.contains("let argument1: Vec<Vec<char>> = (&mut reader1).array(|r| r.array(|r| r.character()));"))
        #expect(plain.source.contains("Solution::merge_k_lists(argument0, argument1)"))
        #expect(plain.source.contains("practice_write_tree(out, &result)"))
        #expect(plain.source.contains("pub struct TreeNode {") && plain.source.contains("pub struct ListNode {"))
        #expect(plain.source.contains("\npub struct Solution;\n"))
        let own = try FunctionDriver.make(language: "rust", signature: signature,
                                          solutionSource: "struct Solution;\n#[derive(Debug)]\npub struct ListNode { pub val: i32, pub next: Option<Box<ListNode>> }",
                                          solutionFileName: "Main.rs")
        #expect(!own.source.contains("pub struct ListNode {") && own.source.contains("pub struct TreeNode {"))
        #expect(!own.source.contains("\npub struct Solution;\n"))
        let odd = Signature(functionName: "f", parameters: [Parameter(name: "m", type: "[Int: Int]")], returnType: "Int")
        #expect(throws: LanguageError.unsupportedFunctionType(type: "[Int: Int]", language: "rust")) {
            try FunctionDriver.make(language: "rust", signature: odd, solutionSource: "", solutionFileName: "Main.rs")
        }
    }
}
