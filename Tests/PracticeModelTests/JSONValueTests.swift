import Testing
@testable import PracticeModel

@Suite struct JSONValueTests {
    @Test(arguments: [
        ("null", "null"),
        ("true", "true"),
        ("[1,2,3]", "[1,2,3]"),
        ("  \n[1 , -2,\t3]\r\n ", "[1,-2,3]"),
        ("0.1", "0.1"),
        ("5.0", "5.0"),
        ("1e-7", "1e-07"),
        ("2.5E+3", "2500.0"),
        ("-0", "0"),
        ("{\"b\":1,\"a\":[true,false,null],\"c\":{}}", "{\"b\":1,\"a\":[true,false,null],\"c\":{}}"),
        ("\"caf\\u00e9 \\ud83d\\ude00 \\/ \\b\\f\"", "\"café 😀 / \\b\\f\""),
        ("[[],[[]],\"\"]", "[[],[[]],\"\"]"),
    ])
    func serializesCanonically(text: String, canonical: String) throws {
        let value = try JSONValue.parse(text)
        #expect(value.json == canonical)
        #expect(try JSONValue.parse(canonical) == value)
    }

    @Test func keepsIntegersExact() throws {
        #expect(try JSONValue.parse("9007199254740993") == .int(9_007_199_254_740_993))
        #expect(try JSONValue.parse("-9223372036854775808") == .int(Int.min))
        #expect(try JSONValue.parse("9223372036854775808") == .double(9_223_372_036_854_775_808.0))
        #expect(try JSONValue.parse("5") == .int(5))
        #expect(try JSONValue.parse("5.0") == .double(5))
        #expect(try JSONValue.parse("1e2") == .double(100))
    }

    /// Integers are written digit by digit into bytes: the same text as Swift's own formatting.
    @Test func writesIntegersAsSwiftDoes() {
        var values = [0, 1, -1, 9, 10, 99, 100, -100_000, 100_000, Int.max, Int.min, Int.min + 1]
        var power = 1
        while power <= Int.max / 10 { power *= 10; values += [power - 1, power, -power, -(power - 1)] }
        for value in values {
            #expect(JSONValue.int(value).json == String(value))
        }
        #expect(JSONValue.array(values.map(JSONValue.int)).json == "[" + values.map(String.init).joined(separator: ",") + "]")
    }

    @Test func escapesStrings() throws {
        let value = JSONValue.string("a\"b\\c\n\r\t\u{01}\u{1F}é")
        #expect(value.json == #""a\"b\\c\n\r\t\u0001\u001fé""#)
        #expect(try JSONValue.parse(value.json) == value)
    }

    @Test func writesNonFiniteDoublesAsNull() {
        #expect(JSONValue.array([.double(.nan), .double(.infinity)]).json == "[null,null]")
    }

    @Test func objectsKeepTheirOrderButCompareWithoutIt() throws {
        let written = try JSONValue.parse("{\"z\":1,\"a\":{\"y\":2,\"b\":3}}")
        let reordered = try JSONValue.parse("{\"a\":{\"b\":3,\"y\":2},\"z\":1}")
        #expect(written.json == "{\"z\":1,\"a\":{\"y\":2,\"b\":3}}")
        #expect(written == reordered)
        #expect(written.hashValue == reordered.hashValue)
        #expect(written != (try JSONValue.parse("{\"z\":1,\"a\":{\"y\":2,\"b\":4}}")))
        #expect(written != (try JSONValue.parse("{\"z\":1}")))
        #expect(written["a"]?["b"] == .int(3))
        #expect(written.spacedJSON == "{\"z\": 1, \"a\": {\"y\": 2, \"b\": 3}}")
    }

    @Test func largeObjectsParseAndCompareInLinearTime() throws {
        // A solution may print an object of many keys: the duplicate check and the comparison must not be n^2
        // (at 200,000 keys that would be 2 * 10^10 key comparisons: this test would not finish).
        let keys = (0..<200_000).map { "k\($0)" }
        let forward = try JSONValue.parse("{" + keys.map { "\"\($0)\":1" }.joined(separator: ",") + "}")
        let backward = try JSONValue.parse("{" + keys.reversed().map { "\"\($0)\":1" }.joined(separator: ",") + "}")
        #expect(forward == backward)
        #expect(forward["k199999"] == .int(1))
        #expect(throws: JSONParseError.self) { try JSONValue.parse("{" + keys.map { "\"\($0)\":1" }.joined(separator: ",") + ",\"k7\":2}") }
    }

    @Test func buildsFromLiterals() {
        let value: JSONValue = ["k": [1, 2.5, "x", true, nil]]
        #expect(value == .object(["k": .array([.int(1), .double(2.5), .string("x"), .bool(true), .null])]))
    }

    @Test func exposesNumbers() {
        #expect(JSONValue.int(3).number == 3)
        #expect(JSONValue.double(0.5).number == 0.5)
        #expect(JSONValue.string("3").number == nil)
        #expect(JSONValue.null.number == nil)
    }

    @Test(arguments: [
        ("", "unexpected end of input", 0),
        ("   ", "unexpected end of input", 3),
        ("x", "unexpected character 'x'", 0),
        ("NaN", "unexpected character 'N'", 0),
        ("é", "unexpected character U+00E9", 0),
        ("[1,2", "unexpected end of input", 4),
        ("[1,]", "unexpected character ']'", 3),
        ("[1 2]", "unexpected character '2'", 3),
        ("01", "unexpected character '1' after the JSON value", 1),
        ("1 2", "unexpected character '2' after the JSON value", 2),
        ("-", "expected a digit after a minus sign", 1),
        ("-a", "expected a digit after a minus sign", 1),
        ("1.", "expected a digit after the decimal point", 2),
        ("1e+", "expected a digit after the exponent", 3),
        (".5", "unexpected character '.'", 0),
        ("1e999", "number 1e999 is out of range", 0),
        ("tru", "unexpected end of input", 3),
        ("nul1", "unexpected character '1'", 3),
        ("\"abc", "unterminated string", 4),
        ("\"a\nb\"", "unescaped control character U+000A in a string", 2),
        ("\"\\x\"", "invalid escape character 'x'", 2),
        ("\"\\u12\"", "expected 4 hex digits after \\u", 5),
        ("\"\\ud800\"", "unpaired surrogate escape", 1),
        ("\"\\udc00\"", "unpaired surrogate escape", 1),
        ("\"\\ud800\\u0041\"", "unpaired surrogate escape", 1),
        ("{1:2}", "unexpected character '1'", 1),
        ("{\"a\" 1}", "unexpected character '1'", 5),
        ("{\"a\":1,}", "unexpected character '}'", 7),
        ("{\"a\":1,\"a\":2}", "duplicate key \"a\"", 7),
    ])
    func reportsParseErrors(text: String, message: String, offset: Int) {
        #expect(throws: JSONParseError(message: message, offset: offset)) {
            try JSONValue.parse(text)
        }
    }

    @Test func limitsNesting() throws {
        let deepest = JSONReader.maximumDepth
        let accepted = String(repeating: "[", count: deepest) + String(repeating: "]", count: deepest)
        #expect(try JSONValue.parse(accepted).json == accepted)
        let refused = "[" + accepted + "]"
        #expect(throws: JSONParseError(message: "nesting deeper than \(deepest) levels", offset: deepest)) {
            try JSONValue.parse(refused)
        }
    }

    @Test func describesErrorsOnOneLine() {
        #expect(JSONParseError(message: "unexpected character 'x'", offset: 0).description
            == "unexpected character 'x' at offset 0")
    }
}
