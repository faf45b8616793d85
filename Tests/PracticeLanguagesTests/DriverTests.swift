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

    @Test func driversForEverySignatureOfTheCatalog() throws {
        for problem in Catalog.problems {
            for language in ModeDetection.languages {
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

    @Test func noDriverForOtherLanguages() {
        let signature = Signature(functionName: "f", parameters: [], returnType: "Int")
        #expect(throws: LanguageError.noFunctionDriver(language: "c")) {
            try FunctionDriver.make(language: "c", signature: signature, solutionSource: "", solutionFileName: "Main.c")
        }
        let odd = Signature(functionName: "f", parameters: [Parameter(name: "m", type: "[Int: Int]")], returnType: "Int")
        #expect(throws: LanguageError.unsupportedFunctionType(type: "[Int: Int]", language: "cpp")) {
            try FunctionDriver.make(language: "cpp", signature: odd, solutionSource: "", solutionFileName: "Main.cpp")
        }
        #expect(throws: LanguageError.unsupportedFunctionType(type: "[Int: Int]", language: "swift")) {
            try FunctionDriver.make(language: "swift", signature: odd, solutionSource: "", solutionFileName: "Main.swift")
        }
        // Python and JavaScript pass any JSON value through.
        #expect((try? FunctionDriver.make(language: "python", signature: odd, solutionSource: "", solutionFileName: "Main.py")) != nil)
        #expect((try? FunctionDriver.make(language: "javascript", signature: odd, solutionSource: "", solutionFileName: "Main.js")) != nil)
    }

    @Test func theDynamicDriversConfigurationNamesTheFunctionAndTheConversions() throws {
        let signature = Signature(functionName: "findUnsortedSubarray",
                                  parameters: [Parameter(name: "root", type: "TreeNode?"), Parameter(name: "k", type: "Int")],
                                  returnType: "ListNode?")
        let python = try FunctionDriver.make(language: "python", signature: signature, solutionSource: "", solutionFileName: "Main.py")
        #expect(python.source.contains("\nNAMES = [\"findUnsortedSubarray\", \"find_unsorted_subarray\"]\nARITY = 2\n"
                                       + "KINDS = [\"tree\", \"value\"]\nRETURN = \"list\"\n# practice:config end\n"))
        #expect(python.run == ["python3", "{driver}", "{src}"] && python.compile == nil)
        let javaScript = try FunctionDriver.make(language: "javascript", signature: signature, solutionSource: "",
                                                 solutionFileName: "Main.js")
        #expect(javaScript.source.contains("\nconst ARITY = 2;\nconst KINDS = [\"tree\", \"value\"];\nconst RETURN = \"list\";\n"))
        #expect(!javaScript.source.contains("'solve'"))
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
    }
}
