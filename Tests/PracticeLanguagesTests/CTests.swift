import Foundation
import PracticeCatalog
import PracticeModel
@testable import PracticeLanguages
import Testing

/// C: LeetCode's parameters for each type, built with gcc as the judge builds them and run on sample inputs (arrays in
/// and out with `*returnSize`, arrays of arrays with `*returnColumnSizes`, strings, character grids, trees, lists, in
/// place, `bool`, `long long`, `double`), the stub of every distinct signature shape, and what the driver does with a
/// solution that returns NULL, forgets a size, crashes or frees what it was given.
@Suite("C: LeetCode's parameters, stubs and the driver's records")
struct CTests {
    // MARK: Each type, through a real solution

    @Test func arraysInAndOutWithReturnSize() throws {
        let signature = Signature(functionName: "reversed", parameters: [Parameter(name: "nums", type: "[Int]"), Parameter(name: "k", type: "Int")],
                                  returnType: "[Int]")
        let solution = """
            int* reversed(int* nums, int numsSize, int k, int* returnSize) {
                int* out = malloc((numsSize + 1) * sizeof(int));
                for (int i = 0; i < numsSize; i++) out[i] = nums[numsSize - 1 - i];
                out[numsSize] = k;
                *returnSize = numsSize + 1;
                return out;
            }
            """
        #expect(try values(solution, signature, input: "[1,2,3]\n-4\n[]\n2147483647\n[ 5 , -6 ]\n0\n")
                == ["[3,2,1,-4]", "[2147483647]", "[-6,5,0]"])
        #expect(try CLanguage().stub(for: signature).contains("int* reversed(int* nums, int numsSize, int k, int* returnSize) {\n"))
    }

    @Test func arraysOfArraysInAndOutWithReturnColumnSizes() throws {
        let signature = Signature(functionName: "flipped", parameters: [Parameter(name: "rows", type: "[[Int]]")], returnType: "[[Int]]")
        // Rows of their own lengths, in reverse order, each row also reversed.
        let solution = """
            int** flipped(int** rows, int rowsSize, int* rowsColSize, int* returnSize, int** returnColumnSizes) {
                int** out = malloc(rowsSize * sizeof(int*));
                *returnColumnSizes = malloc(rowsSize * sizeof(int));
                for (int i = 0; i < rowsSize; i++) {
                    int n = rowsColSize[rowsSize - 1 - i];
                    out[i] = malloc(n * sizeof(int));
                    for (int j = 0; j < n; j++) out[i][j] = rows[rowsSize - 1 - i][n - 1 - j];
                    (*returnColumnSizes)[i] = n;
                }
                *returnSize = rowsSize;
                return out;
            }
            """
        #expect(try values(solution, signature, input: "[[1,2],[3],[]]\n[]\n[[7,8,9]]\n") == ["[[],[3],[2,1]]", "[]", "[[9,8,7]]"])
        #expect(try CLanguage().stub(for: signature)
                .contains("int** flipped(int** rows, int rowsSize, int* rowsColSize, int* returnSize, int** returnColumnSizes) {\n"))
    }

    @Test func stringsCharactersAndArraysOfStrings() throws {
        let joined = Signature(functionName: "joined", parameters: [Parameter(name: "words", type: "[String]"), Parameter(name: "c", type: "Character")],
                               returnType: "String")
        let join = """
            char* joined(char** words, int wordsSize, char c) {
                size_t length = 1;
                for (int i = 0; i < wordsSize; i++) length += strlen(words[i]) + 1;
                char* out = calloc(length, 1);
                for (int i = 0; i < wordsSize; i++) {
                    if (i) out[strlen(out)] = c;
                    strcat(out, words[i]);
                }
                return out;
            }
            """
        // Escapes and UTF-8 come back as they went in.
        #expect(try values(join, joined, input: "[\"ab\",\"\",\"c\\\"d\"]\n\"-\"\n[\"\\u00e9t\\u00e9\",\"tab\\there\\n\"]\n\" \"\n[]\n\"x\"\n")
                == ["\"ab--c\\\"d\"", "\"été tab\\there\\n\"", "\"\""])
        let split = Signature(functionName: "split", parameters: [Parameter(name: "s", type: "String")], returnType: "[String]")
        let splitter = """
            char** split(char* s, int* returnSize) {
                char** out = malloc((strlen(s) + 1) * sizeof(char*));
                *returnSize = 0;
                for (char* word = strtok(s, " "); word; word = strtok(NULL, " ")) out[(*returnSize)++] = strdup(word);
                return out;
            }
            """
        #expect(try values(splitter, split, input: "\"to be  or\"\n\"\"\n") == ["[\"to\",\"be\",\"or\"]", "[]"])
        #expect(try CLanguage().stub(for: joined).contains("char* joined(char** words, int wordsSize, char c) {\n    return \"\";\n}\n"))
        #expect(try CLanguage().stub(for: split).contains("char** split(char* s, int* returnSize) {\n"))
    }

    @Test func characterGridsAndCharacterArrays() throws {
        let signature = Signature(functionName: "marked", parameters: [Parameter(name: "grid", type: "[[Character]]")], returnType: "[[Character]]")
        let solution = """
            char** marked(char** grid, int gridSize, int* gridColSize, int* returnSize, int** returnColumnSizes) {
                *returnSize = gridSize;
                *returnColumnSizes = gridColSize;
                for (int r = 0; r < gridSize; r++)
                    for (int c = 0; c < gridColSize[r]; c++)
                        if (grid[r][c] == '1') grid[r][c] = '#';
                return grid;
            }
            """
        // The answer may be the argument itself: it is written before the driver frees its arguments.
        #expect(try values(solution, signature, input: "[[\"1\",\"0\"],[\"0\",\"1\"]]\n[[\"\\\"\"]]\n") == ["[[\"#\",\"0\"],[\"0\",\"#\"]]", "[[\"\\\"\"]]"])
        let letters = Signature(functionName: "letters", parameters: [Parameter(name: "s", type: "[Character]")], returnType: "[Character]")
        let upper = """
            char* letters(char* s, int sSize, int* returnSize) {
                char* out = malloc(sSize);
                for (int i = 0; i < sSize; i++) out[i] = toupper(s[i]);
                *returnSize = sSize;
                return out;
            }
            """
        #expect(try values(upper, letters, input: "[\"a\",\"b\"]\n[]\n") == ["[\"A\",\"B\"]", "[]"])
        #expect(try CLanguage().stub(for: signature).contains("char** marked(char** grid, int gridSize, int* gridColSize, int* returnSize, int** returnColumnSizes) {\n"))
        #expect(try CLanguage().stub(for: letters).contains("char* letters(char* s, int sSize, int* returnSize) {\n"))
    }

    @Test func treesInAndOutAndTheSolutionsOwnNode() throws {
        let signature = Signature(functionName: "invertTree", parameters: [Parameter(name: "root", type: "TreeNode?")], returnType: "TreeNode?")
        let solution = """
            struct TreeNode* invertTree(struct TreeNode* root) {
                if (root == NULL) return NULL;
                struct TreeNode* left = root->left;
                root->left = invertTree(root->right);
                root->right = invertTree(left);
                return root;
            }
            """
        #expect(try values(solution, signature, input: "[1,2,3,null,4]\n[]\n[5,null,6,7]\n") == ["[1,3,2,null,null,4]", "[]", "[5,6,null,null,7]"])
        // Its own TreeNode, fields in another order: the driver is compiled after it and uses it.
        let own = "struct TreeNode {\n    struct TreeNode *right, *left;\n    long pad;\n    int val;\n};\n\n" + solution
        let driver = try CLanguage().driver(for: signature, solutionSource: own, solutionFileName: "Main.c")
        #expect(driver.source.components(separatedBy: "struct TreeNode {").count == 1, "the driver leaves its own TreeNode out")
        #expect(driver.source.range(of: "\n#include \"Main.c\"\n")!.lowerBound < driver.source.range(of: "bool practice_read_tree(")!.lowerBound)
        #expect(try values(own, signature, input: "[1,2,3,null,4]\n") == ["[1,3,2,null,null,4]"])
        let usual = try CLanguage().driver(for: signature, solutionSource: solution, solutionFileName: "Main.c")
        #expect(usual.source.range(of: "\n#include \"Main.c\"\n")!.lowerBound > usual.source.range(of: "bool practice_read_tree(")!.lowerBound)
    }

    @Test func listsInAndOutEvenWhenTheSolutionFreesNodes() throws {
        let signature = Signature(functionName: "withoutHead", parameters: [Parameter(name: "head", type: "ListNode?")], returnType: "ListNode?")
        // Reverses the list after dropping (and freeing) its head, as LeetCode's deletion problems do: the driver never
        // frees the nodes itself, so nothing is freed twice.
        let solution = """
            struct ListNode* withoutHead(struct ListNode* head) {
                if (!head) return NULL;
                struct ListNode* rest = head->next;
                free(head);
                struct ListNode* reversed = NULL;
                while (rest) {
                    struct ListNode* next = rest->next;
                    rest->next = reversed;
                    reversed = rest;
                    rest = next;
                }
                return reversed;
            }
            """
        #expect(try values(solution, signature, input: "[1,2,3]\n[]\n[4]\n[5,6]\n") == ["[3,2]", "[]", "[]", "[6]"])
        #expect(try CLanguage().stub(for: signature).hasSuffix(" * };\n */\nstruct ListNode* withoutHead(struct ListNode* head) {\n    return NULL;\n}\n"))
    }

    @Test func arraysOfListsAndTrees() throws {
        let signature = Signature(functionName: "mergeKLists", parameters: [Parameter(name: "lists", type: "[ListNode?]")], returnType: "ListNode?")
        let solution = """
            struct ListNode* mergeKLists(struct ListNode** lists, int listsSize) {
                struct ListNode head = {0, NULL}, *tail = &head;
                for (;;) {
                    int best = -1;
                    for (int i = 0; i < listsSize; i++)
                        if (lists[i] && (best < 0 || lists[i]->val < lists[best]->val)) best = i;
                    if (best < 0) break;
                    tail->next = lists[best];
                    tail = tail->next;
                    lists[best] = lists[best]->next;
                }
                return head.next;
            }
            """
        #expect(try values(solution, signature, input: "[[1,4,5],[1,3,4],[2,6]]\n[]\n[[]]\n") == ["[1,1,2,3,4,4,5,6]", "[]", "[]"])
        let trees = Signature(functionName: "roots", parameters: [Parameter(name: "n", type: "Int")], returnType: "[TreeNode?]")
        let make = """
            struct TreeNode** roots(int n, int* returnSize) {
                struct TreeNode** out = malloc(n * sizeof(struct TreeNode*));
                for (int i = 0; i < n; i++) {
                    out[i] = calloc(1, sizeof(struct TreeNode));
                    out[i]->val = i;
                    if (i > 0) out[i]->right = out[i - 1];
                }
                *returnSize = n;
                return out;
            }
            """
        #expect(try values(make, trees, input: "2\n0\n") == ["[[0],[1,null,0]]", "[]"])
        #expect(try CLanguage().stub(for: trees).contains("struct TreeNode** roots(int n, int* returnSize) {\n"))
    }

    @Test func inPlaceArraysAndGridsAreJudgedOnTheArgument() throws {
        let signature = Signature(functionName: "moveZeroes", parameters: [Parameter(name: "nums", type: "[Int]")], returnType: "[Int]", modifies: 0)
        let solution = """
            void moveZeroes(int* nums, int numsSize) {
                int w = 0;
                for (int i = 0; i < numsSize; i++) if (nums[i]) nums[w++] = nums[i];
                while (w < numsSize) nums[w++] = 0;
            }
            """
        #expect(try values(solution, signature, input: "[0,1,0,3,12]\n[0]\n") == ["[1,3,12,0,0]", "[0]"])
        #expect(try CLanguage().stub(for: signature) == "void moveZeroes(int* nums, int numsSize) {\n    \n}\n")
        let board = Signature(functionName: "fill", parameters: [Parameter(name: "board", type: "[[Character]]")], returnType: "[[Character]]",
                              modifies: 0)
        let fill = "void fill(char** board, int boardSize, int* boardColSize) {\n    board[boardSize - 1][boardColSize[0] - 1] = 'X';\n}\n"
        #expect(try values(fill, board, input: "[[\"O\",\"O\"],[\"O\",\"O\"]]\n") == ["[[\"O\",\"O\"],[\"O\",\"X\"]]"])
    }

    @Test func boolLongLongAndDouble() throws {
        let signature = Signature(functionName: "mix", parameters: [Parameter(name: "n", type: "Int64"), Parameter(name: "flag", type: "Bool"),
                                                                    Parameter(name: "x", type: "Double")], returnType: "Double")
        let solution = "double mix(long long n, bool flag, double x) {\n    return flag ? (double)(n % 1000) + x : -x;\n}\n"
        #expect(try values(solution, signature, input: "9000000000123\ntrue\n0.5\n1\nfalse\n1e-3\n") == ["123.5", "-0.001"])
        let big = Signature(functionName: "twice", parameters: [Parameter(name: "n", type: "Int64")], returnType: "Int64")
        #expect(try values("long long twice(long long n) { return 2 * n; }", big, input: "4611686018427387903\n-3\n3.0\n")
                == ["9223372036854775806", "-6", "6"])
        let flags = Signature(functionName: "negated", parameters: [Parameter(name: "flags", type: "[Bool]"), Parameter(name: "xs", type: "[[Double]]")],
                              returnType: "[Bool]")
        let negate = """
            bool* negated(bool* flags, int flagsSize, double** xs, int xsSize, int* xsColSize, int* returnSize) {
                bool* out = malloc(flagsSize + 1);
                for (int i = 0; i < flagsSize; i++) out[i] = !flags[i];
                out[flagsSize] = xsSize > 0 && xs[0][0] + 0.2 == 0.30000000000000004;
                *returnSize = flagsSize + 1;
                return out;
            }
            """
        #expect(try values(negate, flags, input: "[true,false]\n[[0.1]]\n[]\n[]\n") == ["[false,true,true]", "[false]"])
        let sum = Signature(functionName: "average", parameters: [Parameter(name: "xs", type: "[Double]")], returnType: "Double")
        #expect(try values("double average(double* xs, int xsSize) { return xs[0] + xs[1]; }", sum, input: "[0.1,0.2]\n")
                == ["0.30000000000000004"])
        #expect(try CLanguage().stub(for: signature) == "double mix(long long n, bool flag, double x) {\n    return 0;\n}\n")
        #expect(try CLanguage().stub(for: flags).contains("bool* negated(bool* flags, int flagsSize, double** xs, int xsSize, int* xsColSize, int* returnSize) {\n"))
        #expect(try CLanguage().stub(for: Signature(functionName: "f", parameters: [], returnType: "Bool")) == "bool f() {\n    return false;\n}\n")
    }

    @Test func typesBeyondLeetCodesAreRefused() {
        for type in ["[[[Int]]]", "[[TreeNode?]]", "[Int: Int]"] {
            let signature = Signature(functionName: "f", parameters: [Parameter(name: "x", type: type)], returnType: "Int")
            #expect(throws: LanguageError.unsupportedFunctionType(type: type, language: "c")) { try CLanguage().stub(for: signature) }
            #expect(throws: LanguageError.unsupportedFunctionType(type: type, language: "c")) {
                try FunctionDriver.make(language: "c", signature: signature, solutionSource: "", solutionFileName: "Main.c")
            }
        }
        let lists = Signature(functionName: "mergeKLists", parameters: [Parameter(name: "lists", type: "[ListNode?]")], returnType: "ListNode?")
        #expect((try? CLanguage().stub(for: lists))?.contains("struct ListNode* mergeKLists(struct ListNode** lists, int listsSize) {") == true)
    }

    // MARK: What the driver makes of a solution that misbehaves

    /// NULL with a size, a size never set, rows without their lengths, an argument that is not of its type: an `err`
    /// record naming it, and the driver goes on with the next test. The solution's prints go to stderr, not the records.
    @Test func answersTheDriverCannotWriteAreErrorsAndTheDriverGoesOn() throws {
        let signature = Signature(functionName: "f", parameters: [Parameter(name: "nums", type: "[Int]")], returnType: "[Int]")
        let solution = """
            int* f(int* nums, int numsSize, int* returnSize) {
                printf("ok\\t0\\t0\\t0\\t0\\t[9]\\n");
                if (numsSize == 1) { *returnSize = 3; return NULL; }
                if (numsSize == 2) return nums;
                if (numsSize == 3) { *returnSize = -2; return nums; }
                *returnSize = numsSize;
                return nums;
            }
            """
        let records = try run(solution, signature, input: "[1]\n[1,2]\n[1,2,3]\n[1,2\n[4,5,6,7]\n\"x\"\n[]\n", records: 7)
        #expect(records == [
            "err\t\"the solution returned NULL with *returnSize = 3\"\t\"\"",
            "err\t\"the solution did not set *returnSize\"\t\"\"",
            "err\t\"*returnSize is -2, not a size\"\t\"\"",
            "err\t\"the driver could not read argument 1 (nums) as [Int]\"\t\"\"",
            "ok\t[4,5,6,7]",
            "err\t\"the driver could not read argument 1 (nums) as [Int]\"\t\"\"",
            "ok\t[]",
        ])
        let grid = Signature(functionName: "g", parameters: [Parameter(name: "n", type: "Int")], returnType: "[[Int]]")
        let rows = """
            int** g(int n, int* returnSize, int** returnColumnSizes) {
                int** out = malloc(2 * sizeof(int*));
                out[0] = NULL;
                out[1] = NULL;
                *returnSize = 2;
                if (n == 1) return out;
                *returnColumnSizes = calloc(2, sizeof(int));
                if (n == 2) (*returnColumnSizes)[1] = 4;
                return out;
            }
            """
        #expect(try run(rows, grid, input: "1\n2\n3\n", records: 3) == [
            "err\t\"the solution did not set *returnColumnSizes (*returnSize is 2)\"\t\"\"",
            "err\t\"row 1 of the answer is NULL, with (*returnColumnSizes)[1] = 4\"\t\"\"",
            "ok\t[[],[]]",
        ])
        let named = Signature(functionName: "h", parameters: [Parameter(name: "k", type: "Int")], returnType: "String")
        #expect(try run("char* h(int k) { return k ? \"yes\" : NULL; }", named, input: "0\n1\n", records: 2)
                == ["err\t\"the solution returned NULL where a string was expected\"\t\"\"", "ok\t\"yes\""])
    }

    /// A crash ends the driver with its signal after the records of the tests before it, each followed by its marker.
    @Test func aCrashEndsTheDriverAfterTheEarlierTestsRecords() throws {
        let signature = Signature(functionName: "f", parameters: [Parameter(name: "head", type: "ListNode?")], returnType: "Int")
        let directory = try Workspace()
        let result = try build("int f(struct ListNode* head) {\n    printf(\"at %d\\n\", head->val);\n    return head->next->val;\n}\n",
                               signature, input: "[1,2]\n[3,4]\n[5]\n[6,7]\n", in: directory)
        #expect(result.status != 0)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 3 && lines[0].hasPrefix("ready\t"), "\(result.output)")
        #expect(lines.dropFirst().map { String($0.split(separator: "\t").last ?? "") } == ["2", "4"])
        let marker = String(decoding: FunctionDriver.stderrMarker, as: UTF8.self)
        #expect(result.errors.hasPrefix("at 1\n" + marker + "at 3\n" + marker + "at 5\n"), "\(result.errors)")
    }

    /// The driver frees the arguments it read after each test: a hundred tests of 10^5 numbers peak as the first did.
    @Test func argumentsAreFreedAfterEachTest() throws {
        let signature = Signature(functionName: "total", parameters: [Parameter(name: "nums", type: "[Int]"), Parameter(name: "words", type: "[String]")],
                                  returnType: "Int64")
        let solution = """
            long long total(int* nums, int numsSize, char** words, int wordsSize) {
                long long sum = 0;
                for (int i = 0; i < numsSize; i++) sum += nums[i];
                return sum + wordsSize;
            }
            """
        let nums = "[" + (1...100_000).map(String.init).joined(separator: ",") + "]\n"
        let words = "[" + Array(repeating: "\"word\"", count: 10_000).joined(separator: ",") + "]\n"
        let directory = try Workspace()
        let result = try build(solution, signature, input: String(repeating: nums + words, count: 100), in: directory)
        let records = result.output.split(separator: "\n").dropFirst().map { $0.split(separator: "\t") }
        #expect(records.count == 100 && records.allSatisfy { $0.first == "ok" && $0.last == "5000060000" }, "\(result.errors)")
        let peaks = records.compactMap { Int($0[3]) }
        #expect(peaks.count == 100 && peaks[99] < peaks[0] + 4096, "peaks grow: \(peaks.prefix(3)) ... \(peaks.suffix(3))")
    }

    // MARK: Stubs

    /// Each distinct shape's stub, built with its driver as the judge builds it and run on a sample input: it answers
    /// its default value (in place: the argument as it came).
    @Test(arguments: ToolCheckTests.distinctShapes)
    func stubsBuildWithTheirDriversAndAnswer(_ signature: Signature) throws {
        let stub = try CLanguage().stub(for: signature)
        let input = signature.parameters.map { ToolCheckTests.sample(TypeNotation.of($0)!) + "\n" }.joined()
        let returned = try #require(TypeNotation.returned(by: signature))
        let expected = signature.modifiedParameter.map { ToolCheckTests.sample(TypeNotation.of($0)!) } ?? Self.defaultAnswer(returned)
        #expect(try values(stub, signature, input: input) == [expected], "\(signature.functionName)\n\(stub)")
    }

    @Test func theBuildIsTheRecipesWithTheDriver() throws {
        let signature = try #require(Catalog.problem(slug: "two-sum")).signature
        let driver = try FunctionDriver.make(language: "c", signature: signature, solutionSource: "", solutionFileName: "Main.c")
        #expect(driver.compile?.filled(CommandPaths(source: "Main.c", executable: "solution", driver: driver.fileName))
                == ["gcc", "-O2", "-std=gnu17", "-o", "solution", "practice_driver.c", "-lm"])
        #expect(driver.run == ["{exe}"] && driver.arity == 2 && driver.supportFiles.isEmpty)
        #expect(driver.expectedSignature == "int* twoSum(int* nums, int numsSize, int target, int* returnSize)")
        // LeetCode's headers come first, then the nodes, the driver and the solution; the generated test calls the function.
        let source = driver.source
        for header in CLanguage.leetCodeHeaders { #expect(source.contains("\n#include <\(header)>\n")) }
        #expect(source.contains("    int returnSize = -1;\n    int* result = twoSum(argument0, argument0Size, argument1, &returnSize);\n"))
        #expect(source.hasSuffix("int main(void) { return practice_serve(2, practice_test); }\n"))
    }

    // MARK: Helpers

    /// What a stub answers: `return 0` (a zero char is `"\u0000"`), `false`, `""`, NULL with a zero size (`[]`).
    static func defaultAnswer(_ type: TypeNotation) -> String {
        switch type {
        case .int, .long, .double: "0"
        case .bool: "false"
        case .string: "\"\""
        case .character: "\"\\u0000\""
        case .array, .tree, .list: "[]"
        }
    }

    /// The values of the `ok` records `solution` answers to `input` (every record must be `ok`).
    private func values(_ solution: String, _ signature: Signature, input: String,
                        sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let directory = try Workspace()
        let result = try build(solution, signature, input: input, in: directory, sourceLocation: sourceLocation)
        let records = result.output.split(separator: "\n").dropFirst().map(String.init)
        for record in records { #expect(record.hasPrefix("ok\t"), "\(record)", sourceLocation: sourceLocation) }
        return records.map { String($0.split(separator: "\t", maxSplits: 5, omittingEmptySubsequences: false).last ?? "") }
    }

    /// The records after `ready`, without their figures (`records` of them).
    private func run(_ solution: String, _ signature: Signature, input: String, records: Int,
                     sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        let directory = try Workspace()
        let result = try build(solution, signature, input: input, in: directory, sourceLocation: sourceLocation)
        let answers = result.output.split(separator: "\n").dropFirst().map(String.init)
        #expect(answers.count == records, "\(result.output)", sourceLocation: sourceLocation)
        return answers.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            return ([fields[0]] + fields.dropFirst(5)).joined(separator: "\t")
        }
    }

    /// Builds `solution` with its driver as the judge does (`Main.c`, the driver's compile command) and runs it on `input`.
    private func build(_ solution: String, _ signature: Signature, input: String, in directory: Workspace,
                       sourceLocation: SourceLocation = #_sourceLocation) throws -> (status: Int32, output: String, errors: String) {
        try directory.write("Main.c", solution)
        let driver = try CLanguage().driver(for: signature, solutionSource: solution, solutionFileName: "Main.c")
        try directory.write(driver.fileName, driver.source)
        let compile = try #require(driver.compile).filled(CommandPaths(source: "Main.c", executable: "solution", driver: driver.fileName))
        let built = try ToolCheckTests.run(compile, in: directory)
        #expect(built.status == 0, "\(built.errors)", sourceLocation: sourceLocation)
        guard built.status == 0 else { return (built.status, "", built.errors) }
        let result = try ToolCheckTests.run(["./solution"], input: input, in: directory)
        #expect(result.output.hasPrefix("ready\t"), "\(result.output)\(result.errors)", sourceLocation: sourceLocation)
        return result
    }
}
