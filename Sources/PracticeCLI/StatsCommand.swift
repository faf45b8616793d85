import ArgumentParser
import PracticeService

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Progress statistics.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let stats = try database.open().stats()
        try emit(stats, json: output.json) { text(stats, Terminal.current) }
    }

    private func text(_ stats: Statistics, _ terminal: Terminal) -> String {
        var lines: [String] = []
        lines.append(terminal.paint("Problems", .bold) + "  \(stats.totals.solved) solved, \(stats.totals.attempted) attempted, \(stats.totals.added) added")
        let rows = stats.difficulties.map { count in
            [count.difficulty, "\(count.solved)/\(count.added)", Render.bar(count.solved, of: count.added, width: 16),
             "\(count.attempted) attempted"]
        }
        lines.append(Render.table(["difficulty", "solved", "", ""], rows, rightAligned: [1]) { _, column, text in
            column == 2 ? terminal.paint(text, .green) : text
        })
        lines.append("")
        lines.append(terminal.paint("Attempts", .bold) + "  \(stats.attempts) judged, \(stats.accepted) accepted, acceptance \(Render.percent(stats.acceptanceRate))"
                     + (stats.judgeErrors > 0 ? " (\(stats.judgeErrors) judge errors not counted)" : ""))
        let mix = ["AC", "WA", "TLE", "MLE", "OLE", "RE", "CE"].compactMap { verdict in
            stats.verdicts[verdict].map { "\(verdict) \($0)" }
        }
        if !mix.isEmpty { lines.append("verdicts: " + mix.joined(separator: " · ")) }
        lines.append(terminal.paint("Streak", .bold) + "  current \(stats.currentStreak) day\(stats.currentStreak == 1 ? "" : "s"), longest \(stats.longestStreak), \(stats.activeDays) active day\(stats.activeDays == 1 ? "" : "s") (today \(stats.today))")
        if !stats.tags.isEmpty {
            lines.append("")
            lines.append(terminal.paint("Tags", .bold))
            let tagRows = stats.tags.map { [$0.tag, String($0.solved), String($0.attempted), String($0.added)] }
            lines.append(Render.table(["tag", "solved", "attempted", "added"], tagRows, rightAligned: [1, 2, 3]))
        }
        lines.append("")
        lines.append(terminal.paint("Last \(stats.recent.count) attempts", .bold))
        lines.append(stats.recent.isEmpty ? "none yet: practice attempt <problem> <file>" : Render.attempts(stats.recent, terminal))
        return lines.joined(separator: "\n")
    }
}
