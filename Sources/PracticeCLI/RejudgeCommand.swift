import ArgumentParser
import Foundation
import PracticeTracker

struct RejudgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rejudge",
        abstract: "Re-run past attempts from their saved source on the problem's current tests.",
        discussion: """
            Each past attempt is judged again on the stored counterexamples, the examples and its own seeded random \
            tests; the result is recorded as a new attempt of kind 'rejudge' pointing at the old one, so history shows \
            which accepted solutions a new counterexample breaks. By default only accepted attempts are rejudged. \
            Exit status 1 when a previously accepted attempt is now rejected.
            """
    )

    @Argument(help: "The problem: slug, unique prefix or LeetCode number.") var problem: String
    @Flag(name: .customLong("all-attempts"), help: "Rejudge every past attempt, not only accepted ones.") var allAttempts = false
    @Option(name: .long, help: "Tests run in parallel (default: the number of cores).") var jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let report = try database.open().rejudge(problem, allAttempts: allAttempts, jobs: jobs)
        let terminal = Terminal.current
        try emit(report, json: output.json) {
            guard !report.entries.isEmpty else {
                return "No \(allAttempts ? "" : "accepted ")attempts of \(report.slug) to rejudge."
            }
            let rows = report.entries.map { entry in
                ["#\(entry.originalId)", entry.language, entry.originalVerdict.rawValue,
                 entry.verdict?.rawValue ?? "-", entry.attemptId.map { "#\($0)" } ?? "-",
                 entry.passed.map { "\($0)/\(entry.total ?? 0)" } ?? "",
                 entry.skipped ?? (entry.broken ? "broken by the current tests" : "")]
            }
            let table = Render.table(["attempt", "lang", "was", "now", "rejudge", "tests", ""], rows) { _, column, text in
                column == 2 || column == 3 ? Render.verdict(text, terminal) : text
            }
            let broken = report.entries.filter(\.broken).count
            return table + "\n\n" + (broken == 0
                ? "No accepted attempt is broken by the current tests."
                : "\(broken) accepted attempt\(broken == 1 ? " is" : "s are") broken by the current tests (see practice history \(report.slug)).")
        }
        if report.entries.contains(where: \.broken) { throw ExitCode(ExitStatus.notAccepted) }
    }
}
