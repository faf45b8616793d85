import ArgumentParser
import Foundation
import PracticeTracker

/// `practice import NOTES...` and `practice import --json FILE`.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import Markdown notes (judging their solutions) or a JSON export.",
        discussion: """
            NOTES are Obsidian-style Markdown files (or folders of them) with YAML front matter and [[links]]. \
            A note naming a problem (front matter slug/problem/leetcode/number, a number in its title such as \
            "581. ...", or a problem's title) becomes that problem's note; a catalog problem not yet in your set \
            is added. The code blocks under a solution heading (我的题解, 题解, Solution, Code...) are judged as \
            attempts, unless an attempt of the problem has the same source. Concept notes (type: concept) are \
            kept and linked to problems through their links. Importing the same notes twice changes nothing.

            --json FILE imports a 'practice export --json' file: into an empty database it is restored as it \
            was; otherwise it is merged (problems by slug, attempts by time and source, notes by title...), so \
            importing it twice adds nothing.

            Every file is read and checked before anything is written: a malformed file is one error naming the \
            file and line (exit 65), and nothing is imported.
            """)

    @Argument(help: ArgumentHelp("Markdown notes, or folders searched for .md files.", valueName: "notes"))
    var notes: [String] = []
    @Option(name: .long, help: ArgumentHelp("A JSON export to import (written by practice export --json).", valueName: "file"))
    var json: String?
    @Flag(name: .customLong("no-judge"), help: "Import the notes without judging their solutions.")
    var noJudge = false
    @Option(name: .long, help: "Number of random tests per judged solution.") var random: Int = 100
    @Option(name: .long, help: "Tests run in parallel (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if json != nil, !notes.isEmpty { throw ValidationError("give Markdown notes or --json FILE, not both") }
        if json == nil, notes.isEmpty { throw ValidationError("give Markdown notes (files or folders) or --json FILE") }
        if !(0...100_000).contains(random) { throw ValidationError("--random must be between 0 and 100000, got \(random)") }
        if !(1...256).contains(jobs) { throw ValidationError("--jobs must be between 1 and 256, got \(jobs)") }
    }

    func run() throws {
        let practice = try database.open()
        if let json {
            let path = (json as NSString).expandingTildeInPath
            let report = try practice.importJSON(from: path)
            let rows = report.tables.map { ["  " + $0.name, String($0.added), String($0.existing)] }
            print("Imported \(path)" + (report.keptIds ? " into an empty database (ids kept)." : ", merged into your data."))
            print(Render.table(["  table", "added", "already there"], rows, rightAligned: [1, 2]))
            return
        }
        let terminal = Terminal.current
        let options = NoteImportOptions(judge: !noJudge, randomCount: random, jobs: jobs,
                                        interruption: noJudge ? nil : Interrupts.installCancellingHandler())
        var progress: (@Sendable (String) -> Void)? = nil
        if terminal.stderrIsTTY { progress = { @Sendable line in Terminal.note(line) } }
        let report = try practice.importNotes(notes.map { ($0 as NSString).expandingTildeInPath }, options: options,
                                              progress: progress)
        for warning in report.warnings { Terminal.note("practice: warning: " + warning) }
        print(Self.render(report, terminal))
    }

    static func render(_ report: NoteImportReport, _ terminal: Terminal) -> String {
        var lines: [String] = []
        let changes = ["added", "updated", "unchanged", "skipped"].compactMap { change -> String? in
            let count = report.notes.filter { $0.change == change }.count
            return count == 0 ? nil : "\(count) \(change)"
        }
        lines.append("Imported \(report.notes.count) note\(report.notes.count == 1 ? "" : "s"): \(changes.joined(separator: ", ")).")
        if !report.addedProblems.isEmpty {
            lines.append("Added to your set from the catalog: \(report.addedProblems.joined(separator: ", ")).")
        }
        if !report.notes.isEmpty {
            let rows = report.notes.map { note in
                [note.change, note.type, note.problem ?? "-", note.title, note.file]
            }
            lines.append(Render.table(["change", "type", "problem", "title", "file"], rows))
        }
        let solutions = report.notes.flatMap { note in note.solutions.map { (note, $0) } }
        if !solutions.isEmpty {
            lines.append("")
            lines.append(terminal.paint("Solutions", .bold))
            for (note, solution) in solutions {
                let place = "\(note.file):\(solution.line) (\(solution.language.isEmpty ? "no language" : solution.language))"
                switch solution.status {
                case "judged":
                    let verdict = Render.verdict(solution.verdict ?? "?", terminal)
                    lines.append("  \(place): \(verdict) \(solution.passed ?? 0)/\(solution.total ?? 0), attempt #\(solution.attemptId ?? 0)")
                case "already judged":
                    lines.append("  \(place): already judged as attempt #\(solution.attemptId ?? 0)")
                default:
                    lines.append("  \(place): not judged: \(solution.reason ?? "?")")
                }
            }
        }
        return lines.joined(separator: "\n")
    }
}
