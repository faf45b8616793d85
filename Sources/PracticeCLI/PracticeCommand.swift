import ArgumentParser
import Foundation
import PracticeRunner
import PracticeTracker

/// The exit statuses of `practice` (also in the README).
enum ExitStatus {
    static let notAccepted: Int32 = 1
    static let usage: Int32 = 64
    static let badInput: Int32 = 65
    static let internalError: Int32 = 70
}

/// `practice`: a thin root that only dispatches to the subcommands.
struct PracticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "practice",
        abstract: "A local-first practice tracker: judge your solutions against a reference, keep every attempt, see honest statistics.",
        discussion: """
            Database: --db PATH, else $PRACTICE_DB, else $XDG_DATA_HOME/practice/practice.sqlite \
            (~/.local/share/practice/practice.sqlite). It is created on first use.

            Problems are named by slug (shortest-unsorted-subarray), unique prefix (shortest) or LeetCode number (581).

            Exit status: 0 success or accepted, 1 attempt not accepted, 64 usage error (bad option, unknown problem), \
            65 bad input data (unreadable/empty/binary solution, missing compiler, damaged or newer database, \
            a malformed file given to import: nothing is imported, a user problem or package with defects: \
            nothing is added), \
            70 internal error, 130 interrupted (nothing recorded).
            """,
        subcommands: [CatalogCommand.self, AddCommand.self, ListCommand.self, ShowCommand.self,
                      StartCommand.self, AttemptCommand.self, RejudgeCommand.self, HistoryCommand.self, StatsCommand.self, ReviewCommand.self, ReportCommand.self,
                      ImportCommand.self, ExportCommand.self, DbCommand.self]
    )
}

/// `--db`, shared by every subcommand that reads or writes the database.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file (default: $PRACTICE_DB or ~/.local/share/practice/practice.sqlite).", valueName: "path"))
    var db: String?

    func open() throws -> Practice {
        try Practice.open(databasePath: db.map { ($0 as NSString).expandingTildeInPath })
    }
}

/// `--json`, on every reading command.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print machine-readable JSON instead of text.")
    var json = false
}

/// Prints a command's result: JSON, or text built only when needed.
func emit<T: Encodable>(_ value: T, json: Bool, text: () -> String) throws {
    print(json ? try Render.json(value) : text())
}

/// The entry point of the `practice` executable.
public enum PracticeCLI {
    public static func main(_ arguments: [String]? = nil) -> Never {
        ProcessSetup.ignoreSIGPIPE()
        do {
            var command = try PracticeCommand.parseAsRoot(arguments)
            try command.run()
            exit(0)
        } catch let error as ServiceError {
            Terminal.note("practice: error: " + (error.errorDescription ?? "\(error)"))
            exit(error.exitStatus)
        } catch let error as ExitCode {
            exit(error.rawValue)
        } catch {
            // Help, version and usage errors from the argument parser (usage errors exit 64).
            PracticeCommand.exit(withError: error)
        }
    }
}
