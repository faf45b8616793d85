import ArgumentParser
import Foundation
import PracticeTracker

/// `practice export --markdown DIR | --json FILE | --csv FILE`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export your practice: Markdown notes, the whole history as JSON, or attempts as CSV.",
        discussion: """
            --markdown DIR writes <slug>.md per problem (front matter, your note or the statement, the attempt \
            history, the latest accepted code) and one file per other note; 'practice import DIR' reads it back \
            without changing anything.
            --json FILE writes every table (problems, tags, programs, test cases, attempts with outcomes, notes \
            and links); 'practice import --json FILE' restores it.
            --csv FILE writes one row per attempt (RFC 4180, header row), without source code unless --with-source.
            FILE may be '-' for standard output. Files are replaced only once completely written.
            """)

    @Option(name: .long, help: ArgumentHelp("Folder for one Markdown note per problem (created if missing).", valueName: "dir"))
    var markdown: String?
    @Option(name: .long, help: ArgumentHelp("File for the whole history as JSON ('-': standard output).", valueName: "file"))
    var json: String?
    @Option(name: .long, help: ArgumentHelp("File for the attempts as CSV ('-': standard output).", valueName: "file"))
    var csv: String?
    @Flag(name: .customLong("with-source"), help: "Add each attempt's source code as the last CSV column.")
    var withSource = false
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if markdown == nil, json == nil, csv == nil {
            throw ValidationError("say what to export: --markdown DIR, --json FILE or --csv FILE")
        }
        if json == "-", csv == "-" { throw ValidationError("only one of --json and --csv can write to standard output") }
        if withSource, csv == nil { throw ValidationError("--with-source goes with --csv FILE") }
    }

    /// "1 note", "2 notes".
    private func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }

    func run() throws {
        let practice = try database.open()
        // With '-' the data goes to standard output, so the summary goes to standard error.
        let toStdout = json == "-" || csv == "-"
        func say(_ line: String) { toStdout ? Terminal.note(line) : print(line) }
        if let markdown {
            let directory = (markdown as NSString).expandingTildeInPath
            let report = try practice.exportMarkdown(to: directory)
            say("Wrote \(count(report.files.count, "note")) to \(directory): \(count(report.problems, "problem")), \(count(report.notes, "other note")).")
        }
        if let json {
            let path = json == "-" ? json : (json as NSString).expandingTildeInPath
            let report = try practice.exportJSON(to: path == "-" ? .stream(FileHandle.standardOutput, name: "-") : .file(path))
            let total = report.rows.values.reduce(0, +)
            say("Wrote \(path == "-" ? "the JSON export" : path): \(count(total, "row")) (\(count(report.rows["problem"] ?? 0, "problem")), "
                + "\(count(report.rows["attempt"] ?? 0, "attempt")), \(count(report.rows["note"] ?? 0, "note"))).")
        }
        if let csv {
            let path = csv == "-" ? csv : (csv as NSString).expandingTildeInPath
            let report = try practice.exportCSV(to: path == "-" ? .stream(FileHandle.standardOutput, name: "-") : .file(path),
                                                includeSource: withSource)
            say("Wrote \(path == "-" ? "the CSV" : path): \(count(report.rows["attempt"] ?? 0, "attempt")).")
        }
    }
}
