import Testing
import PracticeCatalog

@Suite struct TestInputTests {
    let input = TestInput(arguments: [[[1, 2], [3, 4]], "a b", [0.5]])

    @Test func writesOneLinePerArgument() {
        #expect(input.text == "[[1,2],[3,4]]\n\"a b\"\n[0.5]\n")
        #expect(TestInput(arguments: [[1, -2], 3]).text == "[1,-2]\n3\n")
    }

    @Test func parsesItsOwnText() throws {
        #expect(try TestInput.parse(input.text, arity: 3) == input)
    }

    @Test func skipsBlankLinesAndAcceptsCRLF() throws {
        let parsed = try TestInput.parse("\n[[1,2],[3,4]]\r\n  \r\n\"a b\"\r\n[0.5]", arity: 3)
        #expect(parsed == input)
    }

    @Test func refusesTheWrongArgumentCount() {
        #expect(throws: CatalogError.wrongArgumentCount(expected: 2, actual: 3)) {
            try TestInput.parse(input.text, arity: 2)
        }
        #expect(throws: CatalogError.wrongArgumentCount(expected: 1, actual: 0)) {
            try TestInput.parse(" \n", arity: 1)
        }
    }

    @Test func namesTheMalformedLine() {
        let error = CatalogError.malformedLine(line: 3, JSONParseError(message: "unexpected character 'x'", offset: 1))
        #expect(throws: error) {
            try TestInput.parse("1\n\n[x]\n", arity: 2)
        }
    }

    @Test(arguments: [
        CatalogError.invalidInput("nums[0] = 100001 is outside [-100000, 100000]"),
        .wrongArgumentCount(expected: 1, actual: 2),
        .malformedLine(line: 2, JSONParseError(message: "unexpected end of input", offset: 4)),
    ])
    func describesErrorsOnOneLine(error: CatalogError) throws {
        let description = try #require(error.errorDescription)
        #expect(!description.contains("\n"))
        #expect(description.contains(";"), "names the problem, then what to do")
    }
}
