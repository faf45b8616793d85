import ArgumentParser
import PracticeTracker

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "history", abstract: "Past attempts, newest first.")

    @Argument(help: "Only this problem (slug, prefix or number).") var problem: String?
    @Option(name: .long, help: "At most this many attempts.") var limit: Int?
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let attempts = try database.open().history(problem, limit: limit)
        try emit(attempts, json: output.json) {
            attempts.isEmpty ? "No attempts yet." : Render.attempts(attempts, Terminal.current, showProblem: problem == nil)
        }
    }
}
