import PracticeCatalog
import PracticeModel
@testable import PracticeLanguages
import Testing

@Suite("Registry, commands, type notation, errors")
struct RegistryTests {
    @Test func languagesByExtensionAndName() {
        #expect(LanguageRecipe.forFile("a/b/solution.py")?.name == "python")
        #expect(LanguageRecipe.forFile("x.CPP")?.name == "cpp")
        #expect(LanguageRecipe.forFile("x.cc")?.name == "cpp")
        #expect(LanguageRecipe.forFile("x.c")?.name == "c")
        #expect(LanguageRecipe.forFile("x.swift")?.name == "swift")
        #expect(LanguageRecipe.forFile("x.js")?.name == "javascript")
        #expect(LanguageRecipe.forFile("x.mjs")?.name == "javascript")
        #expect(LanguageRecipe.forFile("x.ts")?.name == "typescript")
        #expect(LanguageRecipe.forFile("x.go")?.name == "go")
        #expect(LanguageRecipe.named("ts")?.name == "typescript")
        #expect(LanguageRecipe.forFile("Main.java")?.name == "java")
        #expect(LanguageRecipe.forFile("x.rs")?.name == "rust")
        #expect(LanguageRecipe.forFile("Makefile") == nil)
        #expect(LanguageRecipe.named("py")?.name == "python")
        #expect(LanguageRecipe.named("CPP")?.name == "cpp")
        #expect(LanguageRecipe.named("cobol") == nil)
    }

    @Test func theRegistryListsEachLanguageOnceInItsOrder() {
        #expect(Languages.all.map(\.name) == ["python", "c", "cpp", "swift", "javascript", "typescript", "java", "rust", "go"])
        #expect(ModeDetection.languages == ["python", "c", "cpp", "swift", "javascript", "typescript", "java", "rust", "go"])
        #expect(Languages.knownExtensions == ".py .c .cpp .cc .cxx .swift .js .mjs .ts .java .rs .go")
        let extensions = Languages.all.flatMap(\.recipe.extensions)
        #expect(Set(extensions).count == extensions.count, "an extension selects one language")
        #expect(Languages.all.allSatisfy { Languages.named($0.name)?.name == $0.name })
    }

    @Test func recipesNameTheirToolAndSourceFile() throws {
        let python = try #require(LanguageRecipe.named("python"))
        #expect(python.tool == "python3" && python.sourceFileName == "Main.py")
        let cpp = try #require(LanguageRecipe.named("cpp"))
        #expect(cpp.tool == "clang++" && cpp.sourceFileName == "Main.cpp")
        #expect(try #require(LanguageRecipe.named("c")).tool == "gcc")
        #expect(try #require(LanguageRecipe.named("javascript")).sourceFileName == "Main.js")
        let typeScript = try #require(LanguageRecipe.named("typescript"))
        #expect(typeScript.tool == "tsc" && typeScript.sourceFileName == "Main.ts" && typeScript.run == ["node", "--enable-source-maps", "Main.js"])
        #expect(typeScript.compile?.words.suffix(2) == ["{src}", "practice_env.d.ts"])
        #expect(typeScript.supportFiles.map(\.name) == ["practice_env.d.ts"])
        #expect(typeScript.supportFiles[0].text.contains("declare var require") && typeScript.supportFiles[0].text.contains("interface Console"))
        let java = try #require(LanguageRecipe.named("java"))
        #expect(java.tool == "javac" && java.sourceFileName == "Main.java")
        // A program is class Main, compiled into the directory the builder names as the binary; javac runs in the
        // workspace and is given the file's name, so its messages do not show the workspace's path.
        #expect(java.compile?.words.suffix(3) == ["-d", "{exe}", "Main.java"] && java.run.words.suffix(3) == ["-cp", "{exe}", "Main"])
        #expect(java.run.program == "java" && java.run.words.contains("-XX:+DisplayVMOutputToStderr"))
        let rust = try #require(LanguageRecipe.named("rs"))
        #expect(rust.tool == "rustc" && rust.sourceFileName == "Main.rs" && rust.package == "rustc")
        #expect(rust.compile?.words == ["rustc", "--edition", "2021", "-O", "-C", "codegen-units=1", "-o", "{exe}", "Main.rs"])
        let go = try #require(LanguageRecipe.named("go"))
        #expect(go.tool == "go" && go.sourceFileName == "Main.go" && go.compile?.words == ["go", "build", "-trimpath", "-o", "{exe}", "{src}"])
        #expect(go.toolFinder?.minimum == [1, 21] && go.compileEnvironment["GOCACHE"] == "{cache}/go-build")
        #expect(go.compileEnvironment["GOTOOLCHAIN"] == "local" && go.compileEnvironment["GO111MODULE"] == "off")
    }

    @Test func commandTemplatesFillEveryPlaceholder() {
        let template: CommandTemplate = ["swiftc", "-o", "{exe}", "{src}", "{driver}", "-Dx={src}"]
        let paths = CommandPaths(source: "/w/Main.swift", executable: "/w/solution", driver: "/w/practice_driver.swift")
        #expect(template.filled(paths) == ["swiftc", "-o", "/w/solution", "/w/Main.swift", "/w/practice_driver.swift", "-Dx=/w/Main.swift"])
        #expect(template.program == "swiftc")
        #expect(CommandTemplate(["{exe}"]).filled(CommandPaths(source: "a", executable: "./solution")) == ["./solution"])
        #expect(template.replacing(.source, with: .driver).words == ["swiftc", "-o", "{exe}", "{driver}", "{driver}", "-Dx={driver}"])
        #expect(template.description == "swiftc -o {exe} {src} {driver} -Dx={src}")
    }

    @Test func syntaxChecksNameTheFileAndCheckAModuleUnderItsExtension() throws {
        let javaScript = try #require(LanguageRecipe.named("javascript"))
        let script = try #require(SyntaxCheck(javaScript, source: "const x = 1;\n", fileName: "Main.js"))
        #expect(script.arguments == ["node", "--check", "Main.js"] && script.copy == nil)
        let module = try #require(SyntaxCheck(javaScript, source: "  import fs from 'fs';\n", fileName: "Main.js"))
        #expect(module.arguments == ["node", "--check", "Main.mjs"] && module.copy == "Main.mjs")
        let cpp = try #require(LanguageRecipe.named("cpp"))
        #expect(SyntaxCheck(cpp, source: "", fileName: "Main.cpp") == nil)
        let pythonRecipe = try #require(LanguageRecipe.named("python"))
        let python = try #require(SyntaxCheck(pythonRecipe, source: "", fileName: "Main.py"))
        #expect(python.arguments.first == "python3" && python.arguments.last == "Main.py")
        #expect(SyntaxCheck.message("/tmp/w/Main.js:1\nx(\n  ^\n    at checkSyntax (node:internal/main:1)\nNode.js v20.1.0\n",
                                    directory: "/tmp/w") == "Main.js:1\nx(\n  ^")
    }

    @Test func aDeclaredValueTypeGivesTheShapeItsNotationGives() {
        let types: [ValueType] = [
            .int(0...9), .int(1...9, atMost: .length(of: "nums")), .long(0...9), .double(0...1), .bool,
            .character(.oneOf("01")), .string(length: 0...9, alphabet: .lowercase),
            .array(.int(0...9), count: 1...9), .array(.array(.double(0...1), count: 1...2), count: 1...2),
            .tuple(.int(0...9), fields: ["start", "end"]), .grid(.character(.oneOf("01")), rows: 1...3, columns: 1...3),
            .tree(.int(0...9), nodes: 1...9), .array(.tree(.int(0...9), nodes: 1...9), count: 1...2),
        ]
        for type in types {
            #expect(TypeNotation(type) == TypeNotation(type.swiftNotation), "\(type.swiftNotation)")
        }
        let declared = Signature(functionName: "f", parameters: [Parameter("grid", .grid(.character(.oneOf("01")), rows: 1...3, columns: 1...3))],
                                 returns: .tree(.int(0...9), nodes: 1...9))
        #expect(TypeNotation.of(declared.parameters[0]) == .array(.array(.character)))
        #expect(TypeNotation.returned(by: declared) == .tree)
    }

    @Test func typeNotationReadsEveryShapeAndWritesItBack() {
        let cases: [(String, TypeNotation)] = [
            ("Int", .int), ("Int64", .long), ("Double", .double), ("Bool", .bool), ("String", .string), ("Character", .character),
            ("[Int]", .array(.int)), ("[[Character]]", .array(.array(.character))), ("[[[Double]]]", .array(.array(.array(.double)))),
            ("TreeNode?", .tree), ("ListNode?", .list), ("[TreeNode?]", .array(.tree)),
        ]
        for (text, shape) in cases {
            #expect(TypeNotation(text) == shape, "\(text)")
            #expect(shape.description == text)
        }
        #expect(TypeNotation("TreeNode") == .tree && TypeNotation("ListNode") == .list)
        for unknown in ["", "[Int: Int]", "Set<Int>", "[Int", "Int]", "[]", "int", "Int?"] {
            #expect(TypeNotation(unknown) == nil, "\(unknown)")
        }
        #expect(TypeNotation.array(.array(.tree)).containsNodes && !TypeNotation.array(.int).containsNodes)
        let signature = Signature(functionName: "f", parameters: [Parameter(name: "a", type: "[Int]"), Parameter(name: "m", type: "[Int: Int]")],
                                  returnType: "Bool")
        #expect(TypeNotation.all(in: signature) == [.array(.int), .bool])
    }

    @Test func eachLanguageWritesTypesInItsOwnNotation() {
        let grid = TypeNotation.array(.array(.character))
        #expect(PythonLanguage.typeName(grid) == "List[List[str]]")
        #expect(PythonLanguage.typeName(.tree) == "Optional[TreeNode]" && PythonLanguage.typeName(.long) == "int")
        #expect(JavaScriptLanguage.typeName(grid) == "character[][]" && JavaScriptLanguage.typeName(.double) == "number")
        #expect(CppLanguage.typeName(grid) == "vector<vector<char>>" && CppLanguage.typeName(.list) == "ListNode *")
        #expect(SwiftLanguage.typeName(grid) == "[[Character]]" && SwiftLanguage.typeName(.long) == "Int")
        let typeScript: [(TypeNotation, String)] = [
            (.int, "number"), (.long, "number"), (.double, "number"), (.bool, "boolean"), (.string, "string"), (.character, "string"),
            (.array(.int), "number[]"), (grid, "string[][]"), (.array(.array(.array(.double))), "number[][][]"),
            (.tree, "TreeNode | null"), (.list, "ListNode | null"), (.array(.list), "Array<ListNode | null>"),
            (.array(.array(.tree)), "Array<TreeNode | null>[]"),
        ]
        for (type, name) in typeScript { #expect(TypeScriptLanguage.typeName(type) == name, "\(type)") }
        #expect(JavaLanguage.typeName(grid) == "char[][]" && JavaLanguage.typeName(.tree) == "TreeNode")
        let rust: [(TypeNotation, String)] = [
            (.int, "i32"), (.long, "i64"), (.double, "f64"), (.bool, "bool"), (.string, "String"), (.character, "char"),
            (.array(.int), "Vec<i32>"), (grid, "Vec<Vec<char>>"), (.tree, "Option<Rc<RefCell<TreeNode>>>"),
            (.list, "Option<Box<ListNode>>"), (.array(.list), "Vec<Option<Box<ListNode>>>"),
        ]
        for (type, name) in rust { #expect(RustLanguage.typeName(type) == name, "\(type)") }
    }

    @Test func errorsSayWhatToDoAndWhichAreUsageErrors() {
        #expect(LanguageError.unknownLanguage(path: "a.xyz").localizedDescription
                == "no language for 'a.xyz' (known extensions: .py .c .cpp .cc .cxx .swift .js .mjs .ts .java .rs .go): pass --lang NAME or --cmd 'COMMAND'")
        #expect(LanguageError.unknownLanguageName("cobol").localizedDescription
                == "unknown language 'cobol': use one of python, c, cpp, swift, javascript, typescript, java, rust, go or --cmd 'COMMAND'")
        #expect(LanguageError.noFunctionDriver(language: "kotlin").localizedDescription.contains("python, c, cpp, swift, javascript, typescript, java, rust, go"))
        #expect(LanguageError.functionNotFound(path: "s.cpp", signature: "f() -> Int", language: "cpp").localizedDescription
                == "'s.cpp' has no class Solution with a method f() -> Int: write it, or pass --mode program for a program that reads stdin")
        #expect(LanguageError.functionNotFound(path: "s.java", signature: "f() -> Int", language: "java").localizedDescription
                .hasPrefix("'s.java' has no class Solution with a method f() -> Int:"))
        #expect(LanguageError.functionNotFound(path: "s.c", signature: "f() -> Int", language: "c").localizedDescription
                .hasPrefix("'s.c' has no function f() -> Int:"))
        #expect(!LanguageError.toolMissing(tool: "node", language: "javascript").isUsageError)
        #expect(LanguageError.unsupportedFunctionType(type: "[Int: Int]", language: "cpp").isUsageError)
    }

    @Test func theExpectedSignatureIsTheStubsDeclaration() throws {
        let signature = try #require(Catalog.problem(slug: "shortest-unsorted-subarray")).signature
        let expected: [String: String] = [
            "python": "def findUnsortedSubarray(self, nums: List[int]) -> int:",
            "cpp": "int findUnsortedSubarray(vector<int>& nums)",
            "swift": "func findUnsortedSubarray(_ nums: [Int]) -> Int",
            "javascript": "var findUnsortedSubarray = function(nums)",
            "typescript": "function findUnsortedSubarray(nums: number[]): number",
            "java": "public int findUnsortedSubarray(int[] nums)",
            "rust": "pub fn find_unsorted_subarray(nums: Vec<i32>) -> i32",
            "go": "func findUnsortedSubarray(nums []int) int",
            "c": "int findUnsortedSubarray(int* nums, int numsSize)",
        ]
        for language in Languages.withFunctionMode {
            #expect(language.signatureLine(for: signature) == expected[language.name], "\(language.name)")
        }
        #expect(try CLanguage().stub(for: signature) == "int findUnsortedSubarray(int* nums, int numsSize) {\n    return 0;\n}\n")
        let driver = try FunctionDriver.make(language: "rust", signature: signature, solutionSource: "", solutionFileName: "Main.rs")
        #expect(driver.expectedSignature == expected["rust"])
        #expect(driver.concernsSignature("error[E0061]: this function takes 2 arguments: find_unsorted_subarray"))
        #expect(!driver.concernsSignature("error: expected `;`, found `}`"))
    }
}
