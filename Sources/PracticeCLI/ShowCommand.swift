import ArgumentParser
import PracticeTracker

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a problem: statement, limits, examples, your attempts.")

    @Argument(help: "The problem: slug, unique prefix or LeetCode number.") var problem: String
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let detail = try database.open().show(problem)
        let terminal = Terminal.current
        try emit(detail, json: output.json) {
            var lines: [String] = []
            let number = detail.number.map { "\($0). " } ?? ""
            lines.append(terminal.paint(number + detail.title, .bold) + "  (\(detail.slug))")
            var meta = [detail.difficulty.rawValue, detail.tags.joined(separator: ", "),
                        "time \(Double(detail.timeLimitMs) / 1000) s CPU per test", "memory \(detail.memoryLimitMB) MB",
                        "checker \(detail.checker)"]
            meta.append(detail.status.map { "status: \($0.rawValue)" } ?? "not in your set: practice add \(detail.slug)")
            lines.append(meta.joined(separator: " · "))
            if let url = detail.sourceURL { lines.append(url) }
            if !detail.programs.isEmpty {
                lines.append("your problem: " + detail.programs.map { "\($0.role) \($0.fileName) (\($0.language))" }.joined(separator: " · "))
            }
            lines.append("")
            lines.append(detail.statement.trimmingCharacters(in: .whitespacesAndNewlines))
            lines.append("")
            for (index, example) in detail.examples.enumerated() {
                lines.append(terminal.paint("Example \(index + 1)", .bold))
                lines.append("  input:  " + example.input.trimmingCharacters(in: .newlines).replacingOccurrences(of: "\n", with: "\n          "))
                lines.append("  output: " + (example.output ?? "(the reference failed on this example)"))
            }
            if !detail.tests.isEmpty {
                let counts = detail.storedTests.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
                lines.append("")
                lines.append(terminal.paint("Stored tests", .bold) + " (\(counts)), run before the random tests:")
                let rows = detail.tests.map { test in
                    ["#\(test.id)", test.origin.rawValue, Render.clip(test.input, 60), Render.clip(test.expected ?? "?", 30)]
                }
                lines.append(Render.table(["test", "origin", "input", "expected"], rows))
            }
            if !detail.notes.isEmpty || !detail.concepts.isEmpty {
                lines.append("")
                for note in detail.notes {
                    lines.append(terminal.paint("Note", .bold) + ": \(note.title) (imported from \(note.fileName))")
                }
                if !detail.concepts.isEmpty {
                    lines.append(terminal.paint("Related concepts", .bold) + ": " + detail.concepts.map(\.title).joined(separator: " · "))
                }
            }
            if detail.status != nil {
                lines.append("")
                if detail.attempts.isEmpty {
                    lines.append("No attempts yet: practice attempt \(detail.slug) FILE")
                } else {
                    let all = detail.attempts.count < ProblemDetail.attemptLimit ? "" : " (the newest \(ProblemDetail.attemptLimit); practice history \(detail.slug) lists all)"
                    lines.append(terminal.paint("Your attempts", .bold) + all)
                    lines.append(Render.attempts(detail.attempts, terminal, showProblem: false))
                }
            }
            return lines.joined(separator: "\n")
        }
    }
}
