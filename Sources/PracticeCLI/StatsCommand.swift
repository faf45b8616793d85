import ArgumentParser
import Foundation
import PracticeTracker
import PracticeStorage
import PracticeModel

/// `--tz`, for the commands that count local days.
struct TimeZoneOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The time zone days are counted in, e.g. Europe/Paris (default: the system's, or $TZ).",
                                            valueName: "zone"))
    var tz: String?

    func validate() throws {
        if let tz, TimeZone(identifier: tz) == nil {
            throw ValidationError("unknown time zone '\(tz)': use an IANA name such as Europe/Paris, America/New_York or UTC")
        }
    }

    /// The chosen zone; `validate()` has checked the name.
    var timeZone: TimeZone { tz.flatMap(TimeZone.init(identifier:)) ?? .current }
}

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Progress statistics: per difficulty, acceptance, streaks, a calendar, tags, languages.",
        discussion: """
            Judge errors (IE) never count. Days are local days of --tz. --since and --until (inclusive days, \
            YYYY-MM-DD) count only the attempts in between; problems count as added whatever the window.
            """)

    @Option(name: .long, help: ArgumentHelp("Count attempts from this day on (YYYY-MM-DD).", valueName: "day"))
    var since: String?
    @Option(name: .long, help: ArgumentHelp("Count attempts up to this day, included (YYYY-MM-DD).", valueName: "day"))
    var until: String?
    @OptionGroup var zone: TimeZoneOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let period = try StatsPeriod(since: since, until: until, timeZone: zone.timeZone)
        let stats = try database.open().stats(period: period)
        try emit(stats, json: output.json) { StatsText(stats: stats, terminal: Terminal.current).render() }
    }
}

/// The text of `practice stats`.
struct StatsText {
    let stats: Statistics
    let terminal: Terminal

    func render() -> String {
        var sections = [problems(), attempts(), streaks()]
        sections.append(heading("Calendar, last 52 weeks") + "\n" + CalendarText.render(stats.calendar, terminal))
        if !stats.tags.isEmpty { sections.append(tags()) }
        if !stats.languages.isEmpty { sections.append(languages()) }
        sections.append(heading("Last \(stats.recent.count) attempts") + "\n"
                        + (stats.recent.isEmpty ? "none yet: practice attempt <problem> <file>"
                                                : Render.attempts(stats.recent, terminal, timeZone: zone)))
        return sections.joined(separator: "\n\n")
    }

    private func heading(_ text: String) -> String { terminal.paint(text, .bold) }

    /// The zone the statistics count days in (`--tz`), for the times shown.
    private var zone: TimeZone { TimeZone(identifier: stats.timeZone) ?? .current }

    private func problems() -> String {
        let totals = stats.totals
        let window = [stats.since.map { "from \($0)" }, stats.until.map { "to \($0)" }].compactMap { $0 }
        let rows = stats.difficulties.map { count in
            [count.difficulty?.rawValue ?? "", "\(count.solved)/\(count.added)", Render.bar(count.solved, of: count.added, width: 16),
             String(count.attempted), String(count.todo)]
        }
        return heading("Problems") + "  \(totals.solved) solved, \(totals.attempted) attempted, \(totals.todo) todo, \(totals.added) added"
            + (window.isEmpty ? "" : " (attempts " + window.joined(separator: " ") + ")") + "\n"
            + Render.table(["difficulty", "solved", "", "attempted", "todo"], rows, rightAligned: [1, 3, 4]) { _, column, text in
                column == 2 ? terminal.paint(text, .green) : text
            }
    }

    private func attempts() -> String {
        var lines = [heading("Attempts") + "  \(stats.attempts) judged, \(stats.accepted) accepted, acceptance \(Render.percent(stats.acceptanceRate))"
                     + (stats.judgeErrors > 0 ? " (\(stats.judgeErrors) judge errors not counted)" : "")]
        let mix = Verdict.allCases.filter { $0 != .IE }.compactMap { verdict in
            stats.verdicts[verdict.rawValue].map { "\(verdict.rawValue) \($0)" }
        }
        if !mix.isEmpty { lines.append("verdicts: " + mix.joined(separator: " · ")) }
        let weeks = stats.weeks.suffix(8)
        if !weeks.isEmpty {
            lines.append("acceptance per week (last \(weeks.count) active):")
            lines.append(Render.table(["week of", "judged", "accepted", "rate", ""], weeks.map { week in
                [week.start, String(week.attempts), String(week.accepted), Render.percent(week.acceptanceRate),
                 Render.bar(week.accepted, of: week.attempts, width: 10)]
            }, rightAligned: [1, 2, 3]))
        }
        return lines.joined(separator: "\n")
    }

    private func streaks() -> String {
        let firstAC: String
        if let attempts = stats.medianAttemptsToFirstAC, let seconds = stats.medianSecondsToFirstAC {
            firstAC = "first AC: median \(Render.number(attempts)) attempts, \(Render.duration(seconds)) after the first"
                + " (\(stats.firstSolves) problems)"
        } else {
            firstAC = "no problem solved yet"
        }
        return heading("Streaks") + "  attempt days: current \(days(stats.currentStreak)), longest \(days(stats.longestStreak))"
            + " · first-solve days: current \(days(stats.currentSolveStreak)), longest \(days(stats.longestSolveStreak))\n"
            + "\(days(stats.activeDays)) active (today \(stats.today), \(stats.timeZone)) · " + firstAC
    }

    private func days(_ count: Int) -> String { "\(count) day\(count == 1 ? "" : "s")" }

    private func tags() -> String {
        let rows = stats.tags.map { tag in
            [tag.tag, "\(tag.solved)/\(tag.attempted)", String(tag.added), String(tag.attempts),
             Render.percent(tag.wrongAnswerShare), Render.percent(tag.timeLimitShare), Render.percent(tag.runtimeErrorShare)]
        }
        return heading("Tags, weakest first") + "\n"
            + Render.table(["tag", "solved/attempted", "added", "attempts", "WA", "TLE", "RE"], rows, rightAligned: [1, 2, 3, 4, 5, 6])
    }

    private func languages() -> String {
        let rows = stats.languages.map { language in
            [language.language, String(language.attempts), String(language.accepted),
             Render.percent(Double(language.accepted) / Double(max(language.attempts, 1))), String(language.solved)]
        }
        return heading("Languages") + "\n"
            + Render.table(["language", "judged", "accepted", "acceptance", "solved"], rows, rightAligned: [1, 2, 3, 4])
    }
}

/// The terminal calendar: a column per week (Monday on top), a cell per day shaded by attempts.
enum CalendarText {
    /// Shades from no attempt to the busiest days.
    static let shades: [Character] = ["·", "░", "▒", "▓", "█"]

    /// The shade index (0...4) of `attempts` on a calendar whose busiest day has `maximum`.
    static func level(_ attempts: Int, maximum: Int) -> Int {
        attempts <= 0 || maximum <= 0 ? 0 : min(4, max(1, Int((4 * Double(attempts) / Double(maximum)).rounded(.up))))
    }

    static func render(_ calendar: Statistics.ActivityCalendar, _ terminal: Terminal) -> String {
        guard let first = Streaks.dayNumber(calendar.firstDay), let last = Streaks.dayNumber(calendar.lastDay) else { return "" }
        var attempts: [Int: Int] = [:]
        for day in calendar.days { if let number = Streaks.dayNumber(day.day) { attempts[number] = day.attempts } }
        let maximum = attempts.values.max() ?? 0
        let weeks = (last - first) / 7 + 1
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        var header = Array(repeating: Character(" "), count: weeks + 3)
        var previousMonth = 0, free = 0
        for week in 0..<weeks {
            let month = Streaks.civil(first + 7 * week).month
            if month != previousMonth, week >= free, week + 3 <= weeks {
                for (offset, letter) in months[month - 1].enumerated() { header[week + offset] = letter }
                free = week + 4
            }
            previousMonth = month
        }
        var lines = ["    " + String(header).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)]
        for (row, name) in ["Mon", "", "Wed", "", "Fri", "", "Sun"].enumerated() {
            var cells = ""
            for week in 0..<weeks {
                let day = first + 7 * week + row
                guard day <= last else { break }
                let shade = String(shades[level(attempts[day] ?? 0, maximum: maximum)])
                cells += attempts[day] == nil ? terminal.paint(shade, .dim) : terminal.paint(shade, .green)
            }
            lines.append(name.padding(toLength: 4, withPad: " ", startingAt: 0) + cells)
        }
        lines.append("    less " + String(shades) + " more · busiest day \(maximum) attempt\(maximum == 1 ? "" : "s")")
        return lines.joined(separator: "\n")
    }
}

extension Render {
    /// A duration in the largest fitting unit: seconds, minutes, hours or days.
    static func duration(_ seconds: Double) -> String {
        switch seconds {
        case ..<60: "\(number(seconds)) s"
        case ..<3600: "\(number(seconds / 60)) min"
        case ..<86_400: "\(number(seconds / 3600)) h"
        default: "\(number(seconds / 86_400)) d"
        }
    }

    /// A number with at most one decimal, none when it is whole.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }

    /// A day and minute in `timeZone` (the process's own by default).
    static func date(_ date: Date, in timeZone: TimeZone = .current) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}
