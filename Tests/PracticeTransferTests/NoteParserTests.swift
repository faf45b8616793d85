@testable import PracticeTransfer
import PracticeModel
import Testing


/// The Markdown note parser and the front matter reader/writer: pure functions.
@Suite struct NoteParserTests {
    /// The concept note of the seed (/work/shared/seed-note.md), shortened.
    static let concept = """
        ---
        title: Problème du gradient évanescent dans les réseaux récurrents
        type: concept
        tags:
        - deep learning
        - RNN
        - BPTT
        date_creation: '2025-03-18'
        date_modification: '2025-03-18'
        isPartOf: '[[Réseaux de neurones récurrents (RNN)]]'
        solvedBy: '[[LSTM (Long Short-Term Memory)]]'
        hasPart: '[[Réseaux de neurones récurrents (RNN)]]'
        ---
        ## Généralité

        Le [problème du gradient évanescent](https://fr.wikipedia.org/wiki/x) est un obstacle, voir [[Rétropropagation|BPTT]].

        """

    /// A problem note in the seed's style: Chinese headings, the solution under 我的题解.
    static let problem = """
        ---
        title: 581. 最短无序连续子数组
        tags: [数组, 排序]
        ---
        # 题目描述
        ## 给你一个整数数组 nums ，你需要找出一个 连续子数组 。
        ## 请你找出符合题意的 最短 子数组，并输出它的长度。
        ```text
        输入：nums = [2,6,4,8,10,9,15]
        ```
        ### 我的题解：
        思路见 [[单调栈]]，`[[not a link]]`。
        ```python
        import json
        print(0)
        ```
        #### 复杂度
        ~~~cpp
        int main() {}
        ~~~
        ## 总结
        ```python
        print("not a solution")
        ```

        """

    @Test func frontMatterFieldsKeepTheirOrderAndTypes() throws {
        let note = try NoteParser.parse(Self.concept, fileName: "gradient.md")
        #expect(note.title == "Problème du gradient évanescent dans les réseaux récurrents")
        #expect(note.declaredType == "concept")
        #expect(note.frontMatter.fields.map(\.key) == ["title", "type", "tags", "date_creation", "date_modification", "isPartOf",
                                                       "solvedBy", "hasPart"])
        #expect(note.frontMatter["tags"] == .array(["deep learning", "RNN", "BPTT"].map(JSONValue.string)))
        #expect(note.frontMatter["date_creation"] == .string("2025-03-18"))
        #expect(note.frontMatter.lines["isPartOf"] == 10)
        #expect(note.links == [
            .init(relation: .isPartOf, target: "Réseaux de neurones récurrents (RNN)"),
            .init(relation: .solvedBy, target: "LSTM (Long Short-Term Memory)"),
            .init(relation: .hasPart, target: "Réseaux de neurones récurrents (RNN)"),
            .init(relation: .link, target: "Rétropropagation"),
        ])
        #expect(note.bodyLine == 14)
        #expect(note.body.hasPrefix("## Généralité\n\nLe [problème"))
    }

    @Test func bodyIsKeptVerbatimWithChineseHeadings() throws {
        let note = try NoteParser.parse(Self.problem, fileName: "581.md")
        let afterFrontMatter = Self.problem.components(separatedBy: "---\n").dropFirst(2).joined(separator: "---\n")
        #expect(note.body == afterFrontMatter)
        #expect(note.headings.map(\.text) == ["题目描述", "给你一个整数数组 nums ，你需要找出一个 连续子数组 。",
                                              "请你找出符合题意的 最短 子数组，并输出它的长度。", "我的题解：", "复杂度", "总结"])
        #expect(note.headings.map(\.level) == [1, 2, 2, 3, 4, 2])
        #expect(note.headings.first?.line == 5)
        #expect(note.links == [.init(relation: .link, target: "单调栈")])
    }

    @Test func solutionBlocksAreThoseUnderASolutionHeading() throws {
        let note = try NoteParser.parse(Self.problem, fileName: "581.md")
        #expect(note.codeBlocks.map(\.language) == ["text", "python", "cpp", "python"])
        #expect(note.codeBlocks.map(\.isSolution) == [false, true, true, false])
        #expect(note.solutions.first?.code == "import json\nprint(0)\n")
        #expect(note.solutions.first?.line == 13)
        #expect(note.solutions.last?.code == "int main() {}\n")
    }

    @Test func fencesNestAndKeepIndentationRelativeToTheFence() throws {
        let text = """
            ## Solution
            ````python
            s = '''
            ```
            '''
            ````
            - item
              ```c
              int x;
                int y;
              ```
            """
        let note = try NoteParser.parse(text, fileName: "n.md")
        #expect(note.codeBlocks.map(\.code) == ["s = '''\n```\n'''\n", "int x;\n  int y;\n"])
        #expect(note.title == "n")
        #expect(note.frontMatter.fields.isEmpty)
        #expect(note.body == text)
    }

    @Test func wikiLinks() {
        #expect(NoteParser.wikiLinks(in: "see [[A]], [[B|alias]], [[C#Heading]] and [[ D ]]") == ["A", "B", "C", "D"])
        #expect(NoteParser.wikiLinks(in: "an image ![[figure.png]] and `[[code]]` and [[#local heading]]").isEmpty)
        #expect(NoteParser.wikiLinks(in: "| [[Table\\|alias]] | x |") == ["Table"])
        #expect(NoteParser.wikiLinks(in: "[[A]] twice [[A]]") == ["A"])
        #expect(NoteParser.wikiLinks(in: "broken [[never closed").isEmpty)
    }

    @Test func unquotedLinksInFrontMatterAreLinks() throws {
        let note = try NoteParser.parse("---\nisPartOf: [[RNN]]\nrelated:\n- '[[LSTM]]'\n- '[[GRU|gates]]'\n---\n", fileName: "x.md")
        #expect(note.links == [.init(relation: .isPartOf, target: "RNN"), .init(relation: .link, target: "LSTM"),
                               .init(relation: .link, target: "GRU")])
    }

    @Test func windowsLineBreaksAndByteOrderMarkReadTheSame() throws {
        let unix = try NoteParser.parse(Self.problem, fileName: "581.md")
        let windows = try NoteParser.parse("\u{FEFF}" + Self.problem.replacingOccurrences(of: "\n", with: "\r\n"), fileName: "581.md")
        #expect(windows == unix)
    }

    @Test func titleFallsBackToTheFileName() throws {
        #expect(try NoteParser.parse("---\ntags: [a]\n---\ntext\n", fileName: "dir/Two Sum.md").title == "Two Sum")
        #expect(try NoteParser.parse("---\ntitle: 581\n---\n", fileName: "x.md").title == "581")
        #expect(try NoteParser.parse("---\ntitle: ''\n---\n", fileName: "Empty title.md").title == "Empty title")
    }

    @Test func malformedNotesNameTheLine() {
        func failure(_ text: String) -> NoteParseError? {
            do {
                _ = try NoteParser.parse(text, fileName: "bad.md")
                return nil
            } catch {
                return error
            }
        }
        #expect(failure("---\ntitle: x\nbody\n")?.line == 1)
        #expect(failure("---\ntitle: x\nbody\n")?.message.contains("never closed") == true)
        let yaml = failure("---\ntitle: x\ntags: [a, b\n---\n")
        #expect(yaml?.line == 4)
        #expect(yaml?.message.contains("started on line 3") == true)
        #expect(failure("---\ntitle: x\ntitle: y\n---\n")?.message.contains("repeats the field 'title'") == true)
        #expect(failure("---\n- a\n- b\n---\n")?.line == 2)
        #expect(failure("---\ntitle: [a, b]\n---\n")?.line == 2)
        #expect(failure("---\ntype: {a: 1}\n---\n")?.line == 2)
        let fence = failure("---\ntitle: y\n---\n# 我的题解\n\n```python\nprint(1)\n")
        #expect(fence?.line == 6)
        #expect(fence?.message.contains("never closed") == true)
        #expect(failure("text\n\(NoteParser.generatedBegin)\n## Attempt history\n")?.line == 2)
        #expect(failure("text\n\(NoteParser.generatedEnd)\n")?.line == 2)
    }

    @Test func theGeneratedSectionIsNotPartOfTheBody() throws {
        for body in ["", "abc", "abc\n", "abc\n\n", "# 题目描述\n内容\n"] {
            let exported = "---\ntitle: t\n---\n" + body + "\n" + NoteParser.generatedBegin + "\n## Attempt history\n\n"
                + "| # |\n## \(NoteParser.generatedSolutionHeading) (latest accepted)\n\n```python\nprint(1)\n```\n" + NoteParser.generatedEnd + "\n"
            let note = try NoteParser.parse(exported, fileName: "t.md")
            #expect(note.body == body)
            #expect(note.solutions.map(\.code) == ["print(1)\n"])
        }
        // The statement's examples in a generated section are not solutions, even under a heading such as "Approach".
        let statement = "---\ntitle: t\n---\n\n" + NoteParser.generatedBegin + "\n## Statement\n### Approach\n```python\nx\n```\n"
            + NoteParser.generatedEnd + "\nafter\n"
        let note = try NoteParser.parse(statement, fileName: "t.md")
        #expect(note.solutions.isEmpty)
        #expect(note.body == "\nafter\n")
    }

    @Test func frontMatterReadsBackWhatItWrites() throws {
        let fields: [JSONObject.Member] = [
            .init("title", .string("581. 最短无序连续子数组")),
            .init("plain", .string("deep learning")),
            .init("yes", .string("yes")), .init("number text", .string("581")), .init("date", .string("2025-03-18")),
            .init("colon", .string("a: b")), .init("hash", .string("#tag")), .init("quote", .string("it's")),
            .init("lines", .string("one\ntwo")), .init("empty", .string("")), .init("spaces", .string(" padded ")),
            .init("link", .string("[[A]]")), .init("int", .int(581)), .init("double", .double(1e-7)),
            .init("float", .double(2.5)), .init("bool", .bool(false)), .init("null", .null),
            .init("tags", .array([.string("数组"), .string("true"), .int(3)])), .init("none", .array([])),
            .init("nested", .object(JSONObject([.init("a", .array([.array([.string("x")])]))]))),
            .init("key: with colon", .string("v")),
        ]
        let frontMatter = FrontMatter(fields: fields)
        let yaml = frontMatter.yaml
        #expect(try FrontMatter.parse(yaml, firstLine: 2).fields == fields)
        #expect(yaml.contains("title: 581. 最短无序连续子数组\n"))
        #expect(yaml.contains("date: '2025-03-18'\n"))
        #expect(yaml.contains("tags:\n- 数组\n- 'true'\n- 3\n"))
        // The JSON stored in the database keeps the order too.
        let stored = try #require(MarkdownNote.frontMatter(storedJSON: frontMatter.json))
        #expect(stored.fields == fields)
    }

    @Test func solutionHeadings() {
        for heading in ["我的题解：", "题解", "解法一", "代码", "方法一：排序", "Solution", "My solutions", "Code", "Approach 2: stack"] {
            #expect(NoteParser.isSolutionHeading(heading), "\(heading)")
        }
        for heading in ["题目描述", "LeetCode 581", "思路", "复杂度分析", "Encoded strings", "Explanation"] {
            #expect(!NoteParser.isSolutionHeading(heading), "\(heading)")
        }
    }

}


/// The JSON reader that keeps lines and member order, and the CSV writer.
@Suite struct TransferTextTests {
    @Test func jsonValuesKeepLinesAndOrder() throws {
        let text = "{\n\"b\": 1,\n\"a\": [true, null,\n  -2.5e3, \"\\u00e9\\ud83d\\ude00\\n\"]\n}"
        let document = try JSONValue.parse(text)
        guard case .object(let members) = document else { Issue.record("not an object"); return }
        #expect(members.keys == ["b", "a"])
        #expect(document == .object([.init("b", .int(1)),
                                     .init("a", .array([.bool(true), .null, .double(-2500), .string("é😀\n")]))]))
        // Read piece by piece, each member's value has its line.
        var reader = JSONReader(text)
        try reader.beginObject()
        var lines: [String: Int] = [:]
        var first = true
        while let key = try reader.nextMember(first: first) {
            first = false
            lines[key] = reader.line
            _ = try reader.parseValue()
        }
        #expect(lines == ["b": 2, "a": 3])
        #expect(try JSONValue.parse("9223372036854775807") == .int(Int.max))
        #expect(try JSONValue.parse("9223372036854775808") == .double(9223372036854775808))
    }

    @Test func jsonSyntaxErrorsNameTheLine() {
        func line(_ text: String) -> Int? {
            do { _ = try JSONValue.parse(text); return nil } catch { return error.line }
        }
        #expect(line("{\n\"a\": [1,\n2,,\n]}") == 3)
        #expect(line("{\"a\": \"line\nbreak\"}") == 1)
        #expect(line("[1, 2]\n\nx") == 3)
        #expect(line("{\n\"a\": 01}") == 2)
        #expect(line("[\"\\ud800\"]") == 1)
        #expect(line(String(repeating: "[", count: 600)) == 1)
        #expect(line("") == 1)
    }

    @Test func jsonWritesWhatItReads() throws {
        let value = JSONValue.object([.init("z", .string("\"quoted\"\\ \u{1}\t\u{7F}\u{2028}")), .init("a", .double(0.1)),
                                      .init("n", .array([.int(-3), .null, .bool(true)]))])
        #expect(try JSONValue.parse(value.json) == value)
        #expect(try JSONValue.parse(value.spacedJSON) == value)
        #expect(value.spacedJSON.hasPrefix("{\"z\": "))
        #expect(value.spacedJSON.contains("\\u007f\\u2028"))
        #expect(!value.json.contains("\\u007f"))
    }

    @Test func csvFieldsFollowRFC4180() {
        #expect(CSV.field("plain") == "plain")
        #expect(CSV.field("a,b") == "\"a,b\"")
        #expect(CSV.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSV.field("two\nlines") == "\"two\nlines\"")
        #expect(CSV.field(" padded") == "\" padded\"")
        #expect(CSV.row(["a", "b,c", ""]) == "a,\"b,c\",\r\n")
        #expect(CSV.number(2.0726) == "2.073")
        #expect(CSV.number(71) == "71")
        #expect(CSV.number(1.5) == "1.5")
        #expect(CSV.number(0.0004) == "0")
        #expect(CSV.number(-0.25) == "-0.25")
        #expect(MarkdownNote.decimal(9.96, places: 1) == "10.0")
        #expect(MarkdownNote.decimal(93.5, places: 0) == "94")
        #expect(MarkdownNote.decimal(13.67, places: 1) == "13.7")
    }
}
