import ArgumentParser
import Foundation
import PracticeTracker

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "The problems to practise now, most needed first.",
        discussion: """
            Unsolved problems with failures come first (newest failure first), then solved problems failed \
            since (regressed), then solved problems whose estimated recall fell to 90% (FSRS's forgetting curve, \
            graded by the judge: a first-try AC lasts longest, failures and time limits before the AC shorten it, \
            every later day with an AC lengthens it). Review a problem by attempting it again.
            """)

    @Option(name: .long, help: ArgumentHelp("Show at most this many problems.", valueName: "n"))
    var limit = 10
    @OptionGroup var zone: TimeZoneOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let queue = try database.open().review(limit: limit)
        try emit(queue, json: output.json) { Self.text(queue, Terminal.current, timeZone: zone.timeZone) }
    }

    /// The queue as a table, times in `timeZone`.
    static func text(_ queue: ReviewQueue, _ terminal: Terminal, timeZone: TimeZone) -> String {
        var lines: [String] = []
        if queue.items.isEmpty {
            lines.append("Nothing to review now.")
        } else {
            let rows = queue.items.enumerated().map { index, item in
                [String(index + 1), item.slug, item.difficulty.rawValue, reason(item, timeZone), item.grade.rawValue, String(item.attempts),
                 Render.date(item.lastAttemptAt, in: timeZone), item.recall.map { Render.percent($0) } ?? "-"]
            }
            lines.append(Render.table(["#", "problem", "difficulty", "why", "grade", "attempts", "last attempt", "recall"],
                                      rows, rightAligned: [0, 5, 7]) { row, column, text in
                column == 3 && queue.items[row].reason != .due ? terminal.paint(text, .red) : text
            })
            if queue.more > 0 { lines.append("… and \(queue.more) more (--limit)") }
            lines.append("Review one by attempting it again: practice attempt <problem> <file>")
        }
        if queue.scheduled > 0 {
            lines.append("\(queue.scheduled) solved problem\(queue.scheduled == 1 ? "" : "s") not due yet"
                         + (queue.nextDueAt.map { ", next due \(Render.date($0, in: timeZone))" } ?? ""))
        }
        return lines.joined(separator: "\n")
    }

    /// Why an item is queued, in a few words.
    static func reason(_ item: ReviewItem, _ timeZone: TimeZone) -> String {
        let failures = "\(item.failures) failure\(item.failures == 1 ? "" : "s")"
        switch item.reason {
        case .unsolved: return "unsolved, \(failures)"
        case .regressed: return "failing again, \(failures)"
        case .due, .scheduled: return item.dueAt.map { "due since \(Render.date($0, in: timeZone).prefix(10))" } ?? "due"
        }
    }
}
