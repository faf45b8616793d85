import Foundation
@testable import PracticeTracker
import PracticeStorage
@testable import PracticeTransfer
import PracticeTestSupport
import Testing

/// `practice import NOTES` and `practice export --markdown` on in-memory databases with a fake runner.
@Suite struct NoteImportTests {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    private func practice(_ runner: FakeRunner = NoteFixtures.acceptingRunner()) throws -> Practice {
        Practice(database: try AppDatabase.inMemory(), runner: runner)
    }

    private let options = NoteImportOptions(randomCount: 5, jobs: 2)

    @Test func aProblemNoteNamesItsProblemAndItsSolutionIsJudged() throws {
        defer { folder.remove() }
        let runner = NoteFixtures.acceptingRunner()
        let practice = try practice(runner)
        let note = try folder.write("581. 最短无序连续子数组.md", NoteFixtures.problemNote)
        let concept = try folder.write("gradient.md", NoteFixtures.conceptNote)
        let stack = try folder.write("单调栈.md", NoteFixtures.stackNote)
        let report = try practice.importNotes([note, concept, stack], options: options)

        #expect(report.addedProblems == ["shortest-unsorted-subarray"])
        #expect(report.notes.map(\.change) == ["added", "added", "added"])
        #expect(report.notes.map(\.type) == ["problem", "concept", "concept"])
        #expect(report.notes.first?.problem == "shortest-unsorted-subarray")
        #expect(report.warnings.isEmpty)
        let solution = try #require(report.notes.first?.solutions.first)
        #expect(solution.status == "judged")
        #expect(solution.verdict == "AC")
        #expect(solution.line == 14)
        #expect(runner.runCount > 0)

        let attemptId = try #require(solution.attemptId)
        let attempt = try #require(try practice.attemptDetail(id: attemptId)).attempt
        #expect(attempt.source == NoteFixtures.solution)
        #expect(attempt.language == "python")
        #expect(attempt.note == "imported from 581. 最短无序连续子数组.md")

        let stored = try #require(try practice.database.note(title: "581. 最短无序连续子数组"))
        #expect(stored.type == "problem")
        #expect(stored.body.hasPrefix("# 题目描述\n## 给你一个整数数组 nums ，"))
        #expect(stored.body.contains("### 我的题解：\n```python\n"))
        #expect(stored.fileName == "581. 最短无序连续子数组.md")
        // The stored front matter is the note's, completed with what an export writes.
        let frontMatter = try #require(MarkdownNote.frontMatter(storedJSON: stored.frontMatter))
        #expect(frontMatter.fields.map(\.key) == ["title", "type", "tags", "date_creation", "solvedBy", "slug", "difficulty"])
        #expect(try practice.database.noteLinks(noteId: try #require(stored.id)).map { "\($0.relation) \($0.target)" }
                == ["link 双指针", "solvedBy 单调栈"])

        let detail = try practice.show("581")
        #expect(detail.notes.map(\.title) == ["581. 最短无序连续子数组"])
        #expect(detail.concepts.map(\.title) == ["单调栈"])
    }

    @Test func importingTheSameNotesTwiceChangesNothing() throws {
        defer { folder.remove() }
        let runner = NoteFixtures.acceptingRunner()
        let practice = try practice(runner)
        try folder.write("notes/581.md", NoteFixtures.problemNote)
        try folder.write("notes/gradient.md", NoteFixtures.conceptNote)
        try folder.write("notes/.obsidian/ignored.md", "---\ntitle: [broken\n")
        _ = try practice.importNotes([folder.path + "/notes"], options: options)
        let before = try NoteFixtures.dump(practice.database)
        let runs = runner.runCount

        let again = try practice.importNotes([folder.path + "/notes"], options: options)
        #expect(again.notes.map(\.change) == ["unchanged", "unchanged"])
        #expect(again.notes.first?.solutions.first?.status == "already judged")
        #expect(again.addedProblems.isEmpty)
        #expect(try NoteFixtures.dump(practice.database) == before)
        #expect(runner.runCount == runs)
    }

    @Test func reimportingAMarkdownExportChangesNothing() throws {
        defer { folder.remove() }
        let runner = NoteFixtures.acceptingRunner()
        let practice = try practice(runner)
        _ = try practice.add("two-sum")  // a problem without notes
        try folder.write("in/581.md", NoteFixtures.problemNote)
        try folder.write("in/gradient.md", NoteFixtures.conceptNote)
        try folder.write("in/单调栈.md", NoteFixtures.stackNote)
        try folder.write("in/second.md", "---\ntitle: Another look at 581\nslug: shortest-unsorted-subarray\n---\nNo body line break")
        try folder.write("in/loose.md", "Just a thought, linking [[单调栈]].\n")
        try folder.write("in/unknown.md", "---\ntitle: 99999. Not a problem\n---\n")
        _ = try practice.importNotes([folder.path + "/in"], options: options)
        let export = try practice.exportMarkdown(to: folder.path + "/out")
        #expect(Set(export.files.prefix(2)) == ["shortest-unsorted-subarray.md", "two-sum.md"])
        #expect(Set(export.files.dropFirst(2)) == ["gradient.md", "单调栈.md", "second.md", "loose.md", "unknown.md"])
        #expect(export.problems == 2 && export.notes == 5)

        let before = try NoteFixtures.dump(practice.database)
        let runs = runner.runCount
        let report = try practice.importNotes([folder.path + "/out"], options: options)
        #expect(try NoteFixtures.dump(practice.database) == before)
        #expect(runner.runCount == runs)
        #expect(Set(report.notes.map(\.change)) == ["unchanged", "skipped"])
        #expect(report.notes.first { $0.file.hasSuffix("two-sum.md") }?.change == "skipped")
    }

    @Test func anExportedNoteHoldsTheFrontMatterTheNoteTheHistoryAndTheLatestAcceptedCode() throws {
        defer { folder.remove() }
        let practice = try practice()
        _ = try practice.importNotes([try folder.write("581.md", NoteFixtures.problemNote)], options: options)
        _ = try practice.add("two-sum")
        _ = try practice.exportMarkdown(to: folder.path + "/out")

        let text = try folder.read("out/shortest-unsorted-subarray.md")
        let body = NoteFixtures.problemNote.components(separatedBy: "---\n").dropFirst(2).joined(separator: "---\n")
        #expect(text.hasPrefix("---\ntitle: 581. 最短无序连续子数组\ntype: leetcode\ntags:\n- 数组\n- 双指针\n"))
        #expect(text.contains("\nslug: shortest-unsorted-subarray\ndifficulty: medium\n---\n" + body + "\n" + NoteParser.generatedBegin))
        #expect(text.contains("## Attempt history\n\n| # | when (UTC) |"))
        #expect(text.contains("| 1 | "))
        #expect(text.contains("| python | AC | 10/10 |"))  // 3 examples, 5 random tests, 2 worst cases
        #expect(text.contains("## 我的题解 (latest accepted: attempt #1, python, "))
        #expect(text.hasSuffix("```python\n" + NoteFixtures.solution + "```\n" + NoteParser.generatedEnd + "\n"))

        let bare = try folder.read("out/two-sum.md")
        #expect(bare.hasPrefix("---\ntitle: Two Sum\ntype: problem\ntags:\n- array\n- hashing\ndate_creation: '"))
        #expect(bare.contains("slug: two-sum\ndifficulty: easy\n---\n\n" + NoteParser.generatedBegin + "\n## Statement\n\n"))
        #expect(bare.contains("No attempts yet."))
    }

    @Test func aMarkdownExportRebuildsTheNotesInAnotherDatabase() throws {
        defer { folder.remove() }
        let first = try practice()
        _ = try first.importNotes([try folder.write("581.md", NoteFixtures.problemNote), try folder.write("c.md", NoteFixtures.conceptNote)],
                                  options: options)
        _ = try first.add("two-sum")
        _ = try first.exportMarkdown(to: folder.path + "/out")

        let runner = NoteFixtures.acceptingRunner()
        let second = try practice(runner)
        let report = try second.importNotes([folder.path + "/out"], options: options)
        #expect(Set(report.addedProblems) == ["shortest-unsorted-subarray", "two-sum"])
        let content = { (notes: [NoteRecord]) in notes.map { [$0.title, $0.type, $0.frontMatter, $0.body] }.sorted { $0[0] < $1[0] } }
        #expect(try content(second.database.notes()) == content(first.database.notes()))
        // The latest accepted code was judged once: the note's own block has the same source.
        #expect(try second.history("581").count == 1)
        #expect(try second.history("two-sum").isEmpty)
    }

    @Test func howANoteNamesItsProblem() throws {
        defer { folder.remove() }
        let practice = try practice()
        _ = try practice.add("two-sum")
        let files = [
            try folder.write("a.md", "---\ntitle: My notes\nslug: shortest-unsorted-subarray\n---\n"),
            try folder.write("b.md", "---\ntitle: Hash map trick\nleetcode: 1\n---\n"),
            try folder.write("c.md", "---\ntitle: two sum\n---\n"),
            try folder.write("d.md", "---\ntitle: LeetCode 581 again\n---\n"),
            try folder.write("e.md", "---\ntitle: Typo\nslug: shortest-unsorted-subaray\n---\n"),
            try folder.write("f.md", "---\ntitle: 99999. Unknown\n---\n"),
            try folder.write("g.md", "---\ntitle: Mystery\ntype: problem\n---\n## Solution\n```python\nprint(1)\n```\n"),
            try folder.write("h.md", "---\ntitle: 581. A concept after all\ntype: concept\n---\n"),
            try folder.write("i.md", "---\ntitle: Shopping list\n---\n- milk\n"),
        ]
        let report = try practice.importNotes(files, options: NoteImportOptions(judge: false))
        #expect(report.notes.map { $0.problem ?? "-" } == ["shortest-unsorted-subarray", "two-sum", "two-sum",
                                                           "shortest-unsorted-subarray", "-", "-", "-", "-", "-"])
        #expect(report.notes.map(\.type) == ["problem", "problem", "problem", "problem", "problem", "problem", "problem", "concept", "note"])
        #expect(report.warnings.count == 3)
        #expect(report.warnings[0].hasPrefix(files[4] + ":3: 'slug: shortest-unsorted-subaray' names no problem"))
        #expect(report.warnings[0].contains("did you mean shortest-unsorted-subarray?"))
        #expect(report.warnings[1].hasPrefix(files[5] + ":2: the title names problem 99999"))
        #expect(report.warnings[2].hasPrefix(files[6] + ": the note 'Mystery' names no problem"))
        #expect(report.warnings[2].contains("add 'slug: <problem>' to its front matter"))
        #expect(report.notes[6].solutions.first?.status == "not judged")
        #expect(report.notes[6].solutions.first?.reason == "the note names no problem")
        #expect(try practice.show("two-sum").notes.map(\.title) == ["Hash map trick", "two sum"])
    }

    @Test func conceptsRelateToProblemsThroughLinksEitherWay() throws {
        defer { folder.remove() }
        let practice = try practice()
        let files = [
            try folder.write("p.md", NoteFixtures.problemNote),  // links to 单调栈 (solvedBy) and 双指针
            try folder.write("s.md", NoteFixtures.stackNote),
            try folder.write("t.md", "---\ntitle: 双指针\ntype: concept\n---\n"),
            try folder.write("u.md", "---\ntitle: Sorting\ntype: concept\nhasPart: '[[581. 最短无序连续子数组]]'\n---\n"),
            try folder.write("v.md", "---\ntitle: Arrays\ntype: concept\n---\nSee [[Shortest-Unsorted-Subarray]].\n"),
            try folder.write("w.md", "---\ntitle: Graphs\ntype: concept\n---\nSee [[Number of Islands]].\n"),
            try folder.write("x.md", "---\ntitle: Not a concept\n---\nSee [[581. 最短无序连续子数组]].\n"),
        ]
        _ = try practice.importNotes(files, options: NoteImportOptions(judge: false))
        #expect(try practice.show("581").concepts.map(\.title) == ["Arrays", "Sorting", "单调栈", "双指针"])
    }

    @Test func aMalformedFileStopsTheImportBeforeAnythingIsWritten() throws {
        defer { folder.remove() }
        let runner = NoteFixtures.acceptingRunner()
        let practice = try practice(runner)
        let good = try folder.write("good.md", NoteFixtures.problemNote)
        let bad = try folder.write("bad.md", "---\ntitle: Broken\n---\n# 我的题解\n```python\nprint(1)\n")
        #expect {
            try practice.importNotes([good, bad], options: options)
        } throws: { error in
            guard case .badImportFile(let path, let line, let message) = error as? ServiceError else { return false }
            return path == bad && line == 5 && message.contains("never closed")
        }
        #expect(try NoteFixtures.dump(practice.database).isEmpty)
        #expect(runner.runCount == 0)

        let twin = try folder.write("twin.md", NoteFixtures.problemNote)
        #expect {
            try practice.importNotes([good, twin], options: options)
        } throws: { error in
            guard case .badImportFile(let path, let line, let message) = error as? ServiceError else { return false }
            return path == twin && line == 2 && message.contains("also the title of \(good)")
        }
        #expect {
            try practice.importNotes([folder.path + "/missing.md"], options: options)
        } throws: { error in
            guard case .badImportFile(_, nil, let message) = error as? ServiceError else { return false }
            return message == "no such file or folder"
        }
        let binary = folder.path + "/binary.md"
        try Data([0x2D, 0x00, 0xFF]).write(to: URL(fileURLWithPath: binary))
        #expect(throws: ServiceError.self) { try practice.importNotes([binary], options: options) }
        #expect(try NoteFixtures.dump(practice.database).isEmpty)
    }

    @Test func solutionsThatCannotBeJudgedAreReported() throws {
        defer { folder.remove() }
        let runner = NoteFixtures.acceptingRunner()
        let practice = try practice(runner)
        let note = try folder.write("581.md", """
            ---
            slug: shortest-unsorted-subarray
            ---
            ## 我的题解
            ```haskell
            main = pure ()
            ```
            ```
            no language
            ```
            ```python
            ```
            ```text
            输出：5
            ```
            """)
        let empty = try folder.write("empty.md", "  \n")
        let report = try practice.importNotes([note, empty], options: options)
        #expect(report.warnings == ["\(empty): empty file, skipped"])
        let solutions = try #require(report.notes.first?.solutions)
        #expect(solutions.map(\.status) == ["not judged", "not judged"])
        #expect(solutions[0].reason?.contains("no language recipe for 'haskell'") == true)
        #expect(solutions[1].reason?.contains("names no language") == true)
        #expect(runner.runCount == 0)

        let skipped = try practice.importNotes([try folder.write("again.md", NoteFixtures.problemNote)],
                                               options: NoteImportOptions(judge: false))
        #expect(skipped.notes.first?.solutions.first?.reason == "--no-judge")
        #expect(runner.runCount == 0)
    }

    @Test func aChangedNoteIsUpdatedAndItsLinksReplaced() throws {
        defer { folder.remove() }
        let practice = try practice()
        let path = try folder.write("581.md", NoteFixtures.problemNote)
        _ = try practice.importNotes([path], options: NoteImportOptions(judge: false))
        let first = try #require(try practice.database.note(title: "581. 最短无序连续子数组"))
        try folder.write("581.md", NoteFixtures.problemNote.replacingOccurrences(of: "相关：[[双指针]]", with: "相关：[[滑动窗口]]"))
        let report = try practice.importNotes([path], options: NoteImportOptions(judge: false))
        #expect(report.notes.first?.change == "updated")
        let second = try #require(try practice.database.note(title: "581. 最短无序连续子数组"))
        #expect(second.id == first.id && second.createdAt == first.createdAt)
        #expect(second.updatedAt >= first.updatedAt)
        #expect(second.body.contains("[[滑动窗口]]"))
        #expect(try practice.database.noteLinks(noteId: try #require(second.id)).map(\.target) == ["滑动窗口", "单调栈"])
    }
}
