@testable import PracticeTracker
import PracticeModel
import PracticeStorage
import Testing

/// How an imported note names its problem and which fences are code the judge runs.
@Suite struct NoteNamingTests {
    @Test func problemNumbersInTitles() {
        #expect(ProblemNamer.number(inTitle: "581. 最短无序连续子数组") == 581)
        #expect(ProblemNamer.number(inTitle: "0581-shortest") == 581)
        #expect(ProblemNamer.number(inTitle: "581 最短无序连续子数组") == 581)
        #expect(ProblemNamer.number(inTitle: "LeetCode 581: Shortest") == 581)
        #expect(ProblemNamer.number(inTitle: "力扣581") == 581)
        #expect(ProblemNamer.number(inTitle: "Notes on #42") == 42)
        #expect(ProblemNamer.number(inTitle: "3Sum") == nil)
        #expect(ProblemNamer.number(inTitle: "Problème du gradient évanescent") == nil)
        #expect(ProblemNamer.number(inTitle: "Top 100 liked") == nil)
        #expect(ProblemNamer.number(inTitle: "Calc 3 revision") == nil)
        #expect(ProblemNamer.number(inTitle: "lc-42 trapping rain water") == 42)
    }

    @Test func codeFenceLanguages() {
        #expect(NoteShape.recipe(forFence: "python")?.name == "python")
        #expect(NoteShape.recipe(forFence: "py")?.name == "python")
        #expect(NoteShape.recipe(forFence: "python3")?.name == "python")
        #expect(NoteShape.recipe(forFence: "c++")?.name == "cpp")
        #expect(NoteShape.recipe(forFence: "cpp")?.name == "cpp")
        #expect(NoteShape.recipe(forFence: "c")?.name == "c")
        #expect(NoteShape.recipe(forFence: "js")?.name == "javascript")
        #expect(NoteShape.recipe(forFence: "javascript")?.name == "javascript")
        #expect(NoteShape.recipe(forFence: "swift")?.name == "swift")
        #expect(NoteShape.recipe(forFence: "java")?.name == "java")
        #expect(NoteShape.recipe(forFence: "haskell") == nil)
        #expect(NoteShape.recipe(forFence: "") == nil)
    }
}
