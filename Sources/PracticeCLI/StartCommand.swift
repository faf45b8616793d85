import ArgumentParser
import Foundation
import PracticeTracker

struct StartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Write a solution stub for a problem: its statement and examples as comments, and LeetCode's signature.",
        discussion: """
            practice start 581                     shortest-unsorted-subarray.py, class Solution in Python
            practice start 581 --lang cpp          shortest-unsorted-subarray.cpp
            practice start 581 mine.swift          the language from the file's extension
            The stub is LeetCode's (class Solution with the method, or in C and Go the bare function, its parameters \
            and types, and the predefined TreeNode and ListNode as a comment); for your own problems, a program that \
            reads the input on stdin. Every stub compiles and is a wrong answer. An existing \
            file is never overwritten (exit 64). Then: practice attempt PROBLEM FILE.
            """)

    @Argument(help: "The problem: slug, unique prefix or LeetCode number.") var problem: String
    @Argument(help: ArgumentHelp("The file to write (default: SLUG.EXT in the current directory).", valueName: "file")) var file: String?
    @Option(name: .long, help: ArgumentHelp("The language (default: from FILE's extension, else python).", valueName: "name")) var lang: String?
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let report = try database.open().start(problem, language: lang, path: file,
                                               directory: FileManager.default.currentDirectoryPath)
        try emit(report, json: output.json) {
            let what = report.function.map { report.design ? "class \($0) in \(report.language)" : "class Solution with \($0) in \(report.language)" } ?? "a \(report.language) program reading stdin"
            let shown = report.path.hasPrefix(FileManager.default.currentDirectoryPath + "/")
                ? String(report.path.dropFirst(FileManager.default.currentDirectoryPath.count + 1)) : report.path
            return "Wrote \(shown): \(what). Judge it with: practice attempt \(report.slug) \(shown)"
        }
    }
}
