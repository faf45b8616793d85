import Testing
import PracticeCatalog

@Suite struct CheckerTests {
    @Test(arguments: [
        (Checker.json, "json"),
        (.tokens, "tokens"),
        (.float(tolerance: 1e-6), "float:1e-06"),
        (.float(tolerance: 0.25), "float:0.25"),
        (.exact, "exact"),
        (.tokensFloat(tolerance: 1e-6), "tokens-float:1e-06"),
        (.defaultValidator(DefaultValidatorFlags()), "default-validator"),
        (.defaultValidator(DefaultValidatorFlags(caseSensitive: true)), "default-validator:case_sensitive"),
        (.defaultValidator(DefaultValidatorFlags(caseSensitive: true, spaceChangeSensitive: true, absoluteTolerance: 1e-6, relativeTolerance: 1e-6)),
         "default-validator:case_sensitive space_change_sensitive float_tolerance 1e-06"),
        (.defaultValidator(DefaultValidatorFlags(absoluteTolerance: 0.5, relativeTolerance: 1e-9)),
         "default-validator:float_absolute_tolerance 0.5 float_relative_tolerance 1e-09"),
        (.defaultValidator(DefaultValidatorFlags(relativeTolerance: 0.001)), "default-validator:float_relative_tolerance 0.001"),
        (.anyOrder(.outer), "json-any-order:outer"), (.anyOrder(.inner), "json-any-order:inner"), (.anyOrder(.both), "json-any-order:both"),
    ])
    func roundTripsNames(checker: Checker, name: String) {
        #expect(checker.name == name)
        #expect(Checker(name: name) == checker)
    }

    @Test(arguments: ["", "JSON", "float", "float:", "float:abc", "float:-1", "float:nan", "float:inf", "Exact", "tokens-float:", "tokens-float:-2",
                       "default-validator:", "default-validator:bogus", "default-validator:float_tolerance",
                       "default-validator:float_tolerance -1", "default-validator:float_tolerance nan", "Default-validator",
                       "json-any-order", "json-any-order:", "json-any-order:sideways"])
    func refusesUnknownNames(name: String) {
        #expect(Checker(name: name) == nil)
    }

    // MARK: json

    @Test(arguments: [
        ("5", "5"),
        ("5", " 5.0\n"),
        ("5.0", "5"),
        ("[1,2,3]", "[1, 2, 3]\n"),
        ("{\"a\":[1,{\"b\":null}]}", "{ \"a\" : [1.0, {\"b\": null}] }"),
        ("\"x\"", "\"x\""),
        ("1e20", "100000000000000000000"),
    ])
    func jsonAccepts(expected: String, actual: String) {
        #expect(Checker.json.check(expected: expected, actual: actual) == .accepted)
    }

    @Test(arguments: [
        ("5", "4", "expected 5, got 4"),
        ("5", "", "empty output"),
        ("5", " \n", "empty output"),
        ("5", "x", "output is not JSON: unexpected character 'x' at offset 0"),
        ("5", "5\n6", "output is not JSON: unexpected character '6' after the JSON value at offset 2"),
        ("5", "\"5\"", "expected 5, got \"5\""),
        ("9007199254740993", "9007199254740992.0", "expected 9007199254740993, got 9007199254740992.0"),
        ("[1,2,3]", "[1,2]", "expected an array of 3 elements, got 2"),
        ("[1,[2,3]]", "[1,[2,4]]", "element [1][1]: expected 3, got 4"),
        ("[1,[2,3]]", "[1,5]", "element [1]: expected [2,3], got 5"),
        ("{\"a\":1}", "{}", "missing key \"a\""),
        ("{\"a\":1}", "{\"a\":1,\"b\":2}", "unexpected key \"b\""),
        ("{\"a\":[true]}", "{\"a\":[false]}", "element [\"a\"][0]: expected true, got false"),
        ("null", "0", "expected null, got 0"),
        ("0.1", "0.1000001", "expected 0.1, got 0.1000001"),
        ("[0]", "[1234567890123456789012345678901234567890]",
         "element [0]: expected 0, got 1.2345678901234568e+39"),
        ("\"\(String(repeating: "a", count: 50))\"", "1",
         "expected \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa..., got 1"),
    ])
    func jsonRejects(expected: String, actual: String, reason: String) {
        #expect(Checker.json.check(expected: expected, actual: actual) == .wrongAnswer(reason))
    }

    @Test func anExpectedAnswerThatIsNotJSONIsAJudgeError() {
        #expect(Checker.json.check(expected: "x", actual: "1")
                == .judgeError("expected output is not JSON: unexpected character 'x' at offset 0"))
    }

    // MARK: float

    @Test(arguments: [
        ("0.5", "0.5000009"),                  // absolute error 9e-7
        ("1000000", "1000000.9"),              // relative error 9e-7
        ("1e-300", "0"),                       // tiny values are absolutely close
        ("[1,[2.0,3]]", "[1.0000001,[2,2.9999999]]"),
        ("[0.5,\"x\",null,true]", "[0.5,\"x\",null,true]"),
        ("[]", " [ ] "),
    ])
    func floatAccepts(expected: String, actual: String) {
        #expect(Checker.float(tolerance: 1e-6).check(expected: expected, actual: actual) == .accepted)
    }

    @Test(arguments: [
        ("[0,0,0,0.5]", "[0,0,0,0.51]", "element [3]: expected 0.5, got 0.51 (error 0.01 > 1e-06)"),
        ("1000000", "1000002", "expected 1000000, got 1000002 (error 2 > 1)"),
        ("[[1],[2]]", "[[1],[2.1]]", "element [1][0]: expected 2, got 2.1 (error 0.1 > 2e-06)"),
        ("[1,2]", "[1,2,3]", "expected an array of 2 elements, got 3"),
        ("[[1,2]]", "[5]", "element [0]: expected [1,2], got 5"),
        ("[1]", "[\"1\"]", "element [0]: expected 1, got \"1\""),
        ("[1]", "[NaN]", "output is not JSON: unexpected character 'N' at offset 1"),
        ("[1]", "[Infinity]", "output is not JSON: unexpected character 'I' at offset 1"),
        ("[1]", "[1e999]", "output is not JSON: number 1e999 is out of range at offset 1"),
        ("[1]", "garbage", "output is not JSON: unexpected character 'g' at offset 0"),
        ("[1]", "", "empty output"),
    ])
    func floatRejects(expected: String, actual: String, reason: String) {
        #expect(Checker.float(tolerance: 1e-6).check(expected: expected, actual: actual) == .wrongAnswer(reason))
    }

    @Test func floatToleranceIsConfigurable() {
        #expect(Checker.float(tolerance: 0.1).check(expected: "1", actual: "1.05") == .accepted)
        #expect(Checker.float(tolerance: 0).check(expected: "1", actual: "1.0") == .accepted)
        #expect(Checker.float(tolerance: 0).check(expected: "1", actual: "1.0000001") != .accepted)
    }

    // MARK: tokens

    @Test(arguments: [
        ("1 2 3", "1 2 3"),
        ("1 2 3", "  1\n2\t\t3 \n"),
        ("yes\r\n", "yes"),
        ("", ""),
        ("", " \n"),
    ])
    func tokensAccept(expected: String, actual: String) {
        #expect(Checker.tokens.check(expected: expected, actual: actual) == .accepted)
    }

    @Test(arguments: [
        ("1 2 3", "1 2 4", "token 3: expected \"3\", got \"4\""),
        ("1 2 3", "1 2", "output ended after 2 tokens, expected 3"),
        ("1 2", "1 2 3", "extra token \"3\" after the expected 2"),
        ("5", "5.0", "token 1: expected \"5\", got \"5.0\""),
        ("Yes", "yes", "token 1: expected \"Yes\", got \"yes\""),
        ("1", "\n", "empty output"),
    ])
    func tokensReject(expected: String, actual: String, reason: String) {
        #expect(Checker.tokens.check(expected: expected, actual: actual) == .wrongAnswer(reason))
    }

    // MARK: exact and tokens-float

    @Test(arguments: [("a b\nc", "a b  \nc\n\n"), ("x", "x\r\n"), ("", "")])
    func exactAcceptsTrailingSpace(expected: String, actual: String) {
        #expect(Checker.exact.check(expected: expected, actual: actual) == .accepted)
    }

    @Test(arguments: [
        ("a b", "a  b", "line 1: expected \"a b\", got \"a  b\""),
        ("a\nb", "a", "output ended after 1 lines, expected 2"),
        ("a", "a\nb", "extra line \"b\" after the expected 1"),
        ("a", " \n", "empty output"),
    ])
    func exactRejects(expected: String, actual: String, reason: String) {
        #expect(Checker.exact.check(expected: expected, actual: actual) == .wrongAnswer(reason))
    }

    @Test func tokensFloatAllowsTheTolerance() {
        let checker = Checker.tokensFloat(tolerance: 1e-6)
        #expect(checker.check(expected: "3.1415926 x 1000000", actual: "3.14159265\nx 1000000.5") == .accepted)
        #expect(checker.check(expected: "1.0", actual: "1.01") == .wrongAnswer("token 1: expected 1.0, got 1.01 (error 0.01 > 1e-06)"))
        #expect(checker.check(expected: "x", actual: "y") == .wrongAnswer("token 1: expected \"x\", got \"y\""))
        #expect(checker.check(expected: "1", actual: "nan") == .wrongAnswer("token 1: expected \"1\", got \"nan\""))
    }

    // MARK: the default output validator of problem packages

    private func validator(_ flags: String = "") throws -> Checker {
        .defaultValidator(try DefaultValidatorFlags(flags.split(separator: " ").map(String.init)))
    }

    @Test func theDefaultValidatorIgnoresCaseUnlessCaseSensitive() throws {
        #expect(try validator().check(expected: "Hello World!\n", actual: "hello world!\n") == .accepted)
        #expect(try validator().check(expected: "Hello World!", actual: "HELLO WORLD!") == .accepted)
        #expect(try validator("case_sensitive").check(expected: "Hello World!\n", actual: "hello world!\n")
                == .wrongAnswer("token 1: expected \"Hello\", got \"hello\""))
        #expect(try validator("case_sensitive").check(expected: "Hello World!", actual: "Hello World!") == .accepted)
        // Only ASCII letters fold, as with problemtools' strcasecmp.
        #expect(try validator().check(expected: "Ärger", actual: "ärger") != .accepted)
    }

    @Test func theDefaultValidatorIgnoresWhitespaceChangesUnlessSpaceChangeSensitive() throws {
        #expect(try validator().check(expected: "1 2\n", actual: "1\n2") == .accepted)
        #expect(try validator().check(expected: "1 2", actual: "  1 \t\r\n 2\n\n") == .accepted)
        let strict = try validator("space_change_sensitive")
        #expect(strict.check(expected: "1 2", actual: "1\n2")
                == .wrongAnswer("whitespace before token 2: expected \" \", got \"\\n\" (space_change_sensitive)"))
        #expect(strict.check(expected: "1 2\n", actual: "1 2\n") == .accepted)
        #expect(strict.check(expected: "1 2\n", actual: "1 2")
                == .wrongAnswer("whitespace after the last token: expected \"\\n\", got \"\" (space_change_sensitive)"))
        #expect(strict.check(expected: "a", actual: " a") != .accepted)
        #expect(strict.check(expected: "A b", actual: "a B") == .accepted)  // still case-insensitive
        #expect(strict.check(expected: "1 2", actual: "1") == .wrongAnswer("output ended after 1 tokens, expected 2"))
    }

    @Test func theDefaultValidatorComparesNanAndInfinityAsText() throws {
        for flags in ["", "float_tolerance 1e-6"] {
            #expect(try validator(flags).check(expected: "NaN", actual: "nan") == .accepted, "\(flags)")
            #expect(try validator(flags).check(expected: "-inf Infinity", actual: "-INF infinity") == .accepted, "\(flags)")
            #expect(try validator(flags).check(expected: "1e400", actual: "inf") == .wrongAnswer("token 1: expected \"1e400\", got \"inf\""), "\(flags)")
            #expect(try validator(flags).check(expected: "inf", actual: "1e400") != .accepted, "\(flags)")
        }
        #expect(try validator("case_sensitive float_tolerance 1e-6").check(expected: "NaN", actual: "nan") != .accepted)
        // A finite answer needs a finite number.
        #expect(try validator("float_tolerance 1e-6").check(expected: "1.5", actual: "nan")
                == .wrongAnswer("token 1: expected a number like 1.5, got \"nan\""))
    }

    @Test func theDefaultValidatorAppliesEachToleranceOnlyWhenGiven() throws {
        // Without a tolerance, numbers are text.
        #expect(try validator().check(expected: "1", actual: "1.0") != .accepted)
        #expect(try validator("float_tolerance 0").check(expected: "1", actual: "1.0") == .accepted)
        let absolute = try validator("float_absolute_tolerance 0.1")
        #expect(absolute.check(expected: "100", actual: "100.05") == .accepted)
        #expect(absolute.check(expected: "1000", actual: "1000.5") == .wrongAnswer("token 1: expected 1000, got 1000.5 (error 0.5 > 0.1)"))
        let relative = try validator("float_relative_tolerance 0.001")
        #expect(relative.check(expected: "1000", actual: "1000.5") == .accepted)
        #expect(relative.check(expected: "0.001", actual: "0.0015") != .accepted)
        let both = try validator("float_tolerance 1e-6")
        #expect(both.check(expected: "0.0 1000000", actual: "1e-7 1000000.5") == .accepted)
        #expect(both.check(expected: "3.14 pi", actual: "3.14 PI") == .accepted)
        #expect(both.check(expected: "2", actual: "two") == .wrongAnswer("token 1: expected a number like 2, got \"two\""))
        // A later flag overrides an earlier one.
        #expect(try DefaultValidatorFlags(["float_tolerance", "0.5", "float_absolute_tolerance", "0"])
                == DefaultValidatorFlags(absoluteTolerance: 0, relativeTolerance: 0.5))
        #expect(throws: CatalogError.self) { try DefaultValidatorFlags(["float_tolerance"]) }
        #expect(throws: CatalogError.self) { try DefaultValidatorFlags(["ignore_case"]) }
    }

    @Test func anyOrderComparesTheDeclaredListsAsMultisets() {
        func accepted(_ order: Checker.AnyOrder, _ expected: String, _ actual: String) -> Bool {
            Checker.anyOrder(order).check(expected: expected, actual: actual) == .accepted
        }
        // Outer: the answer's elements in any order, each one as it is.
        #expect(accepted(.outer, "[0,1]", "[1,0]"))
        #expect(accepted(.outer, "[[1,2],[3]]", "[[3],[1,2]]"))
        #expect(!accepted(.outer, "[[1,2],[3]]", "[[3],[2,1]]"))
        #expect(!accepted(.outer, "[0,1]", "[1,1]"))
        #expect(!accepted(.outer, "[1,1,2]", "[1,2,2]"), "a multiset: repeated elements count")
        #expect(!accepted(.outer, "[0,1]", "[0,1,2]"))
        // Inner: each inner list in any order, the outer order fixed.
        #expect(accepted(.inner, "[[1,2],[3]]", "[[2,1],[3]]"))
        #expect(!accepted(.inner, "[[1,2],[3]]", "[[3],[1,2]]"))
        // Both: groups of anagrams.
        #expect(accepted(.both, #"[["ate","eat","tea"],["bat"]]"#, #"[["bat"],["tea","ate","eat"]]"#))
        #expect(!accepted(.both, #"[["ate","eat"],["bat"]]"#, #"[["bat","eat"],["ate"]]"#))
        // Numbers compare as numbers whatever their spelling, in the sort as in the comparison.
        #expect(accepted(.outer, "[2,10]", "[10.0,2]"))
        #expect(accepted(.both, "[[1,2],[10]]", "[[10.0],[2.0,1]]"))
        // The reason says how it compared, and a non-list answer is compared as it is.
        guard case .wrongAnswer(let reason) = Checker.anyOrder(.outer).check(expected: "[0,1]", actual: "[0,2]") else {
            Issue.record("[0,2] accepted for [0,1]")
            return
        }
        #expect(reason.hasPrefix("in any order (outer lists sorted): "), "\(reason)")
        #expect(accepted(.outer, "3", "3.0") && !accepted(.outer, "3", "4"))
        #expect(Checker.anyOrder(.outer).check(expected: "[0,1]", actual: "zero") != .accepted)
    }
}
