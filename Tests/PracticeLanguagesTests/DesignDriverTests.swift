import Foundation
import PracticeCatalog
import PracticeModel
@testable import PracticeLanguages
import Testing

/// Design problems ("implement the class") in the compiled drivers: Java, Go and Rust build their real driver with a
/// real solution, construct the class with the first call's arguments, call each method in order with its arguments
/// in the declared types, and answer one array per test (null for the constructor and void methods); an exception or
/// panic is an `err` record naming the call, after which the driver goes on.
@Suite("Design problems in the Java, Go and Rust drivers")
struct DesignDriverTests {
    static let minStack = MinStack().signature

    /// A made-up class whose constructor takes a parameter and whose methods take strings, arrays, characters and
    /// 64-bit integers and return bools, strings, doubles, arrays and nothing.
    static let notebook = Signature(design: ClassDesign(className: "Notebook", constructor: [Parameter(name: "title", type: "String")], methods: [
        .init(name: "add", parameters: [Parameter(name: "word", type: "String"), Parameter(name: "counts", type: "[Int]")], returnType: "Bool"),
        .init(name: "summary", parameters: [], returnType: "String"),
        .init(name: "mean", parameters: [Parameter(name: "xs", type: "[Double]")], returnType: "Double"),
        .init(name: "clear", parameters: [], returnType: nil),
        .init(name: "total", parameters: [Parameter(name: "base", type: "Int64")], returnType: "Int64"),
        .init(name: "letters", parameters: [Parameter(name: "c", type: "Character"), Parameter(name: "grid", type: "[[Int]]")],
              returnType: "[Character]"),
    ]))

    /// Min Stack: three tests; the second pops an empty stack (call 3), the third runs after it.
    static let minStackInput = """
        ["MinStack","push","push","push","getMin","pop","top","getMin"]
        [[],[4],[-1],[7],[],[],[],[]]
        ["MinStack","push","pop","pop","push"]
        [[],[1],[],[],[2]]
        ["MinStack","push","push","getMin","top"]
        [[],[-2147483648],[2147483647],[],[]]

        """
    static let minStackAnswers = ["[null,null,null,null,-1,null,-1,-1]", "[null,null,null,-2147483648,2147483647]"]

    static let notebookInput = """
        ["Notebook","add","add","summary","mean","total","letters","clear","summary","total","add"]
        [["t"],["ab",[1,2]],["ab",[3]],[],[[1.5,3.0]],[10000000000],["x",[[1,2],[3]]],[],[],[5],["cd",[]]]

        """
    static let notebookAnswer = #"[null,true,false,"t:ab=6",2.25,10000000001,["x","x","x"],null,"t:",5,true]"#

    // MARK: Java

    @Test func javaMinStackIsConstructedAndCalled() throws {
        let solution = """
            class MinStack {
                private final Deque<Integer> values = new ArrayDeque<>(), minima = new ArrayDeque<>();

                public MinStack() {}

                public void push(int val) {
                    values.push(val);
                    minima.push(minima.isEmpty() ? val : Math.min(val, minima.peek()));
                }

                public void pop() {
                    values.pop();
                    minima.pop();
                }

                public int top() { return values.peek(); }

                public int getMin() { return minima.peek(); }
            }
            """
        let records = try Self.java(solution, Self.minStack, input: Self.minStackInput)
        #expect(records.map(\.kind) == ["ok", "err", "ok"])
        #expect(records.filter { $0.kind == "ok" }.map(\.value) == Self.minStackAnswers)
        #expect(records[1].value.hasPrefix(#""call 3 (pop): java.util.NoSuchElementException (MinStack.java:12, in pop)""#), "\(records[1].value)")
    }

    @Test func javaTypesAreMappedToTheDeclaredParameters() throws {
        let solution = """
            public class Notebook {
                private final String title;
                private final Map<String, Integer> words = new LinkedHashMap<>();

                Notebook(String title) { this.title = title; }

                public boolean add(String word, int[] counts) {
                    return words.put(word, Arrays.stream(counts).sum() + words.getOrDefault(word, 0)) == null;
                }

                public String summary() {
                    return title + ":" + words.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
                }

                public double mean(List<Double> xs) { return xs.stream().mapToDouble(x -> x).average().orElse(0); }

                public int clear() { words.clear(); return 42; }

                public long total(long base) { return base + words.size(); }

                public char[] letters(char c, int[][] grid) {
                    char[] out = new char[grid.length + grid[0].length - 1];
                    Arrays.fill(out, c);
                    return out;
                }
            }
            """
        let records = try Self.java(solution, Self.notebook, input: Self.notebookInput)
        #expect(records.map(\.kind) == ["ok"] && records.first?.value == Self.notebookAnswer, "\(records)")
    }

    @Test func javaStubsAreLeetCodesAndAnswerWrong() throws {
        let stub = try JavaLanguage().stub(for: Self.minStack)
        #expect(stub.hasPrefix("class MinStack {\n\n    public MinStack() {\n        \n    }\n    \n    public void push(int val) {\n"))
        #expect(stub.contains("    public int getMin() {\n        return 0;\n    }\n}\n"))
        #expect(JavaLanguage().signatureLine(for: Self.minStack)
                == "class MinStack; public MinStack(); public void push(int val); public void pop(); public int top(); public int getMin()")
        let notebook = try JavaLanguage().stub(for: Self.notebook)
        #expect(notebook.contains("    public Notebook(String title) {\n") && notebook.contains("    public char[] letters(char c, int[][] grid) {\n"))
    }

    /// A misspelt method is a compile error whose line shows LeetCode's declaration.
    @Test func javaMisspeltMethodIsACompileErrorShowingTheSignature() throws {
        let solution = "class MinStack {\n    public void push(int val) {}\n    public void pop() {}\n    public int top() { return 0; }\n    public int getMinimum() { return 0; }\n}\n"
        let directory = try Workspace()
        let driver = try FunctionDriver.make(language: "java", signature: Self.minStack, solutionSource: solution, solutionFileName: "Main.java")
        try directory.write(driver.fileName, driver.source)
        let result = try ToolCheckTests.run(try #require(driver.compile).filled(CommandPaths(source: "Main.java", executable: "classes")), in: directory)
        #expect(result.status != 0 && result.errors.contains("MinStack.java:") && result.errors.contains("// LeetCode's signature: int getMin()"),
                "\(result.errors)")
        #expect(driver.concernsSignature(result.errors))
    }

    // MARK: Go

    @Test func goMinStackIsConstructedAndCalled() throws {
        let solution = """
            type MinStack struct {
            \tvalues, minima []int
            }

            func Constructor() MinStack {
            \treturn MinStack{}
            }

            func (this *MinStack) Push(val int) {
            \tthis.values = append(this.values, val)
            \tif len(this.minima) > 0 {
            \t\tval = min(val, this.minima[len(this.minima)-1])
            \t}
            \tthis.minima = append(this.minima, val)
            }

            func (this *MinStack) Pop() {
            \tthis.values = this.values[:len(this.values)-1]
            \tthis.minima = this.minima[:len(this.minima)-1]
            }

            func (this *MinStack) Top() int { return this.values[len(this.values)-1] }

            func (this MinStack) GetMin() int { return this.minima[len(this.minima)-1] }
            """
        let records = try Self.go(solution, Self.minStack, input: Self.minStackInput)
        #expect(records.map(\.kind) == ["ok", "err", "ok"])
        #expect(records.filter { $0.kind == "ok" }.map(\.value) == Self.minStackAnswers)
        #expect(records[1].value.hasPrefix(#""call 3 (pop): panic: runtime error: slice bounds out of range [:-1] (Main.go:18, in (*MinStack).Pop)""#),
                "\(records[1].value)")
    }

    @Test func goTypesAreMappedToTheDeclaredParameters() throws {
        let solution = """
            type Notebook struct {
            \ttitle string
            \twords []string
            \tsums  map[string]int
            }

            func Constructor(title string) Notebook {
            \treturn Notebook{title: title, sums: map[string]int{}}
            }

            func (this *Notebook) Add(word string, counts []int) bool {
            \t_, seen := this.sums[word]
            \tif !seen {
            \t\tthis.words = append(this.words, word)
            \t}
            \tfor _, c := range counts {
            \t\tthis.sums[word] += c
            \t}
            \treturn !seen
            }

            func (this *Notebook) Summary() string {
            \tparts := []string{}
            \tfor _, w := range this.words {
            \t\tparts = append(parts, w+"="+strconv.Itoa(this.sums[w]))
            \t}
            \treturn this.title + ":" + strings.Join(parts, ",")
            }

            func (this *Notebook) Mean(xs []float64) float64 {
            \tsum := 0.0
            \tfor _, x := range xs {
            \t\tsum += x
            \t}
            \treturn sum / float64(len(xs))
            }

            func (this *Notebook) Clear() {
            \tthis.words, this.sums = nil, map[string]int{}
            }

            func (this *Notebook) Total(base int64) int64 { return base + int64(len(this.words)) }

            func (this *Notebook) Letters(c byte, grid [][]int) []byte {
            \treturn []byte(strings.Repeat(string(c), len(grid)+len(grid[0])-1))
            }
            """
        let records = try Self.go(solution, Self.notebook, input: Self.notebookInput)
        #expect(records.map(\.kind) == ["ok"] && records.first?.value == Self.notebookAnswer, "\(records)")
    }

    @Test func goStubsAreLeetCodes() throws {
        let stub = try GoLanguage().stub(for: Self.minStack)
        #expect(stub.hasPrefix("type MinStack struct {\n    \n}\n\n\nfunc Constructor() MinStack {\n    return MinStack{}\n}\n\n\nfunc (this *MinStack) Push(val int) {\n"))
        #expect(stub.contains("func (this *MinStack) GetMin() int {\n    return 0\n}\n"))
        #expect(GoLanguage().signatureLine(for: Self.minStack) == "type MinStack struct; func Constructor() MinStack; "
                + "func (this *MinStack) Push(val int); func (this *MinStack) Pop(); func (this *MinStack) Top() int; func (this *MinStack) GetMin() int")
        #expect(try GoLanguage().stub(for: Self.notebook).contains("func (this *Notebook) Letters(c byte, grid [][]int) []byte {\n"))
    }

    /// A method whose type is not the design's is a compile error at the method's own line of Main.go.
    @Test func goMismatchedMethodIsACompileErrorAtItsLine() throws {
        let solution = "type MinStack struct{ v []int }\n\nfunc Constructor() MinStack { return MinStack{} }\n\nfunc (this *MinStack) Push(val int64) {}\n\n"
            + "func (this *MinStack) Pop() {}\n\nfunc (this *MinStack) Top() int { return 0 }\n\nfunc (this *MinStack) GetMin() int { return 0 }\n"
        let directory = try Workspace()
        let (built, _) = try Self.goBuild(solution, Self.minStack, in: directory)
        #expect(built.status != 0 && built.errors.contains("Main.go:5:23") && !built.errors.contains("practice_driver.go"), "\(built.errors)")
    }

    // MARK: Rust

    @Test func rustMinStackIsConstructedAndCalled() throws {
        let solution = """
            struct MinStack {
                values: Vec<i32>,
                minima: Vec<i32>,
            }

            impl MinStack {
                fn new() -> Self {
                    MinStack { values: vec![], minima: vec![] }
                }

                fn push(&mut self, val: i32) {
                    self.values.push(val);
                    self.minima.push(self.minima.last().map_or(val, |&m| m.min(val)));
                }

                pub fn pop(&mut self) {
                    self.values.pop().unwrap();
                    self.minima.pop();
                }

                fn top(&self) -> i32 {
                    *self.values.last().unwrap()
                }

                fn get_min(&self) -> i32 {
                    *self.minima.last().unwrap()
                }
            }
            """
        let records = try Self.rust(solution, Self.minStack, input: Self.minStackInput)
        #expect(records.map(\.kind) == ["ok", "err", "ok"])
        #expect(records.filter { $0.kind == "ok" }.map(\.value) == Self.minStackAnswers)
        #expect(records[1].value.hasPrefix(#""call 3 (pop): called `Option::unwrap()` on a `None` value (Main.rs:17:"#), "\(records[1].value)")
    }

    @Test func rustTypesAreMappedToTheDeclaredParameters() throws {
        let solution = """
            use std::collections::HashMap;

            pub struct Notebook {
                title: String,
                words: Vec<String>,
                sums: HashMap<String, i32>,
            }

            impl Notebook {
                pub fn new(title: String) -> Self {
                    Notebook { title, words: vec![], sums: HashMap::new() }
                }

                pub fn add(&mut self, word: String, counts: Vec<i32>) -> bool {
                    let seen = self.sums.contains_key(&word);
                    if !seen { self.words.push(word.clone()); }
                    *self.sums.entry(word).or_insert(0) += counts.iter().sum::<i32>();
                    !seen
                }

                pub fn summary(&self) -> String {
                    let parts: Vec<String> = self.words.iter().map(|w| format!("{}={}", w, self.sums[w])).collect();
                    format!("{}:{}", self.title, parts.join(","))
                }

                pub fn mean(&self, xs: Vec<f64>) -> f64 { xs.iter().sum::<f64>() / xs.len() as f64 }

                pub fn clear(&mut self) { self.words.clear(); self.sums.clear(); }

                pub fn total(&self, base: i64) -> i64 { base + self.words.len() as i64 }

                pub fn letters(&self, c: char, grid: Vec<Vec<i32>>) -> Vec<char> { vec![c; grid.len() + grid[0].len() - 1] }
            }
            """
        let records = try Self.rust(solution, Self.notebook, input: Self.notebookInput)
        #expect(records.map(\.kind) == ["ok"] && records.first?.value == Self.notebookAnswer, "\(records)")
    }

    @Test func rustStubsAreLeetCodes() throws {
        let stub = try RustLanguage().stub(for: Self.minStack)
        #expect(stub.hasPrefix("struct MinStack {\n\n}\n\n\n"))
        #expect(stub.contains("impl MinStack {\n\n    fn new() -> Self {\n        MinStack {}\n    }\n    \n    fn push(&self, val: i32) {\n"))
        #expect(stub.contains("    fn get_min(&self) -> i32 {\n        0\n    }\n}\n"))
        #expect(RustLanguage().signatureLine(for: Self.minStack) == "struct MinStack; impl MinStack; fn new() -> Self; fn push(&self, val: i32); "
                + "fn pop(&self); fn top(&self) -> i32; fn get_min(&self) -> i32")
    }

    /// A design's solution is judged as a function when it defines the class, in each of the three: Rust's findings
    /// look for the class, not a snake_case function `min_stack`.
    @Test func solutionsDefiningTheClassAreFunctionMode() throws {
        let solutions = [("java", "class MinStack { public void push(int val) {} }"),
                         ("go", "type MinStack struct{}\nfunc Constructor() MinStack { return MinStack{} }"),
                         ("rust", "struct MinStack {}\nimpl MinStack { fn new() -> Self { MinStack {} } }")]
        for (language, source) in solutions {
            #expect(ModeDetection.mode(of: source, language: language, signature: Self.minStack) == .function, "\(language)")
            #expect(ModeDetection.findings(source, language: language, signature: Self.minStack).mentionsFunction, "\(language)")
        }
        #expect(ModeDetection.mode(of: "fn main() { let s = MinStack::new(); }\nstruct MinStack;", language: "rust", signature: Self.minStack) == .program)
    }

    // MARK: Stubs of every language through their drivers

    /// Each compiled language's stubs of both designs build with their drivers and answer their wrong default values.
    @Test(arguments: ["java", "go", "rust"], [minStack, notebook])
    func stubsBuildAndAnswerTheirDefaults(_ language: String, _ signature: Signature) throws {
        let support = try #require(Languages.named(language))
        let stub = try support.stub(for: signature)
        let design = try #require(signature.design)
        let input = ToolCheckTests.designInput(design)
        let records = switch language {
        case "java": try Self.java(stub, signature, input: input)
        case "go": try Self.go(stub, signature, input: input)
        default: try Self.rust(stub, signature, input: input)
        }
        let defaults: (TypeNotation) -> String = switch language {
        case "java": ToolCheckTests.javaDefault
        case "go": GoTests.defaultAnswer
        default: { $0 == .character ? "\" \"" : $0 == .double ? "0" : ToolCheckTests.pythonDefault($0) }
        }
        #expect(records.map(\.kind) == ["ok"] && records.first?.value == ToolCheckTests.designAnswer(design, defaults), "\(records)")
    }

    // MARK: Helpers

    /// The records (kind and value, without the figures) of `solution` judged by its generated Java driver.
    static func java(_ solution: String, _ signature: Signature, input: String,
                     sourceLocation: SourceLocation = #_sourceLocation) throws -> [(kind: String, value: String)] {
        let directory = try Workspace()
        let driver = try JavaLanguage().driver(for: signature, solutionSource: solution, solutionFileName: "Main.java")
        try directory.write(driver.fileName, driver.source)
        let paths = CommandPaths(source: "Main.java", executable: "classes", driver: driver.fileName)
        let built = try ToolCheckTests.run(try #require(driver.compile).filled(paths), in: directory)
        #expect(built.status == 0, "\(built.errors)", sourceLocation: sourceLocation)
        return try records(driver.run.filled(paths), input: input, in: directory, sourceLocation: sourceLocation)
    }

    /// Builds `solution` with its generated Go driver as the judge does.
    static func goBuild(_ solution: String, _ signature: Signature, in directory: Workspace) throws
        -> (result: (status: Int32, output: String, errors: String), driver: FunctionDriver) {
        try directory.write("Main.go", solution)
        let driver = try GoLanguage().driver(for: signature, solutionSource: solution, solutionFileName: "Main.go")
        try directory.write(driver.fileName, driver.source)
        for file in driver.supportFiles { try directory.write(file.name, file.text) }
        let compile = try #require(driver.compile).filled(CommandPaths(source: "Main.go", executable: "solution", driver: driver.fileName))
        return (try ToolCheckTests.run(GoTests.environment + [GoTests.go] + compile.dropFirst(), in: directory), driver)
    }

    static func go(_ solution: String, _ signature: Signature, input: String,
                   sourceLocation: SourceLocation = #_sourceLocation) throws -> [(kind: String, value: String)] {
        let directory = try Workspace()
        let (built, _) = try goBuild(solution, signature, in: directory)
        #expect(built.status == 0, "\(built.errors)", sourceLocation: sourceLocation)
        return try records(["./solution"], input: input, in: directory, sourceLocation: sourceLocation)
    }

    /// Builds `solution` with its generated Rust driver as the judge does without the precompiled library.
    static func rust(_ solution: String, _ signature: Signature, input: String,
                     sourceLocation: SourceLocation = #_sourceLocation) throws -> [(kind: String, value: String)] {
        let directory = try Workspace()
        try directory.write("Main.rs", solution)
        let driver = try RustLanguage().driver(for: signature, solutionSource: solution, solutionFileName: "Main.rs")
        try directory.write(driver.fileName, driver.source)
        let built = try ToolCheckTests.run(try #require(driver.compile).filled(CommandPaths(source: "Main.rs", executable: "solution")), in: directory)
        #expect(built.status == 0, "\(built.errors)", sourceLocation: sourceLocation)
        return try records(["./solution"], input: input, in: directory, sourceLocation: sourceLocation)
    }

    /// The records after `ready`: each one's kind and what follows its figures.
    static func records(_ command: [String], input: String, in directory: Workspace,
                        sourceLocation: SourceLocation) throws -> [(kind: String, value: String)] {
        let result = try ToolCheckTests.run(command, input: input, in: directory)
        let records = result.output.split(separator: "\n").map { $0.split(separator: "\t", maxSplits: 5, omittingEmptySubsequences: false) }
        #expect(records.first?.first == "ready", "\(result.output)\n\(result.errors)", sourceLocation: sourceLocation)
        return records.dropFirst().map { record in
            #expect(record.count == 6, "\(record)", sourceLocation: sourceLocation)
            return (String(record[0]), record.last.map(String.init) ?? "")
        }
    }
}
