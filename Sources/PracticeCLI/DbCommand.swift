import ArgumentParser
import Foundation
import PracticeTracker

/// `practice db`: checks and backs up the database file.
struct DbCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Check or back up the database.",
        subcommands: [Check.self, Backup.self]
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run SQLite's integrity and foreign-key checks, and recount the statistics summaries.",
            discussion: """
                Exit status 0 when every check passes, 65 when the database is damaged. The statistics summaries \
                are derived from your attempts: --repair recounts them first, changing no attempt.
                """
        )

        @Flag(name: .long, help: "Recount the statistics summaries from the attempts before checking.")
        var repair = false
        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let health = try database.open().checkDatabase(repair: repair)
            try emit(health, json: output.json) {
                if health.isHealthy {
                    return "ok: integrity check passed, no foreign-key violations, statistics summaries match the attempts"
                        + (repair ? " (recounted)" : "")
                }
                let integrity = health.integrity == ["ok"] ? [] : health.integrity.map { "integrity: " + $0 }
                let keys = health.foreignKeyViolations.map { "foreign key: " + $0 }
                let summaries = health.summaryMismatches.map { "summary: " + $0 }
                return (integrity + keys + summaries).joined(separator: "\n")
            }
            if !health.isHealthy {
                if health.integrity == ["ok"] && health.foreignKeyViolations.isEmpty {
                    Terminal.note("practice: error: the statistics summaries disagree with your attempts (which are intact): "
                                  + "run practice db check --repair to recount them")
                } else {
                    Terminal.note("practice: error: the database is damaged: restore a backup (practice db backup makes one)")
                }
                throw ExitCode(ExitStatus.badInput)
            }
        }
    }

    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy the database to a new file, safely while other practice processes write.",
            discussion: "Uses SQLite's online backup API. An existing FILE is refused, never overwritten."
        )

        @Argument(help: "The new file to write.") var file: String
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let target = (file as NSString).expandingTildeInPath
            try database.open().backupDatabase(to: target)
            print("Backed up to \(target).")
        }
    }
}
