import Foundation
import PracticeTracker
import PracticeStorage
import PracticeModel

/// The `practice report` page: one self-contained HTML file, inline CSS and SVG, no script, no network.
struct HTMLReport {
    let report: Report
    let timeZone: TimeZone

    private var stats: Statistics { report.statistics }

    func render() -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>practice report</title>
        <style>\(Self.style)</style>
        </head>
        <body>
        <header><h1>practice report</h1><p class="muted">\(escape(Render.date(report.generatedAt, in: timeZone))) · \(escape(stats.timeZone))</p></header>
        \(summary())
        <section id="calendar"><h2>Calendar, last 52 weeks</h2>\(calendar())</section>
        <div class="row">
        <section id="solved-over-time"><h2>Solved over time</h2>\(solvedOverTime())</section>
        <section id="difficulties"><h2>By difficulty</h2>\(difficulties())</section>
        </div>
        <section id="tags"><h2>Tags, weakest first</h2>\(tags())</section>
        <section id="review"><h2>Review queue</h2>\(review())</section>
        <section id="recent"><h2>Recent attempts</h2>\(recent())</section>
        </body>
        </html>

        """
    }

    private static let style = """
        body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;max-width:980px;margin:24px auto;padding:0 16px}
        h1{font-size:22px;margin:0}h2{font-size:16px;margin:0 0 8px}.muted{color:#656d76;margin:2px 0 0}
        section{margin:20px 0}.row{display:flex;gap:24px;flex-wrap:wrap}.row section{flex:1;min-width:300px}
        .cards{display:flex;gap:12px;flex-wrap:wrap;margin-top:16px}.card{border:1px solid #d0d7de;border-radius:6px;padding:8px 14px}
        .card b{display:block;font-size:20px}table{border-collapse:collapse;width:100%}
        th,td{text-align:left;padding:3px 8px;border-bottom:1px solid #eaeef2}td.n,th.n{text-align:right}
        svg text{font:10px system-ui,sans-serif;fill:#656d76}
        """ + Verdict.allCases.map { ".v-\($0.rawValue){color:\($0.tone.htmlColor)}" }.joined()

    // MARK: Sections

    private func summary() -> String {
        let cards = [
            ("solved", "\(stats.totals.solved) / \(stats.totals.added)"),
            ("attempted", String(stats.totals.attempted)),
            ("acceptance", Render.percent(stats.acceptanceRate)),
            ("judged attempts", String(stats.attempts)),
            ("streak (longest)", "\(stats.currentStreak) (\(stats.longestStreak)) days"),
            ("median attempts to first AC", stats.medianAttemptsToFirstAC.map(Render.number) ?? "-"),
        ]
        return "<div class=\"cards\" id=\"summary\">" + cards.map { label, value in
            "<div class=\"card\"><b>\(escape(value))</b>\(escape(label))</div>"
        }.joined() + "</div>"
    }

    /// The GitHub-style calendar: a column per week, Monday on top, five greens by attempts.
    private func calendar() -> String {
        let colors = ["#ebedf0", "#9be9a8", "#40c463", "#30a14e", "#216e39"]
        guard let first = Streaks.dayNumber(stats.calendar.firstDay), let last = Streaks.dayNumber(stats.calendar.lastDay) else { return "" }
        var byDay: [Int: Statistics.Day] = [:]
        for day in stats.calendar.days { if let number = Streaks.dayNumber(day.day) { byDay[number] = day } }
        let maximum = stats.calendar.days.map(\.attempts).max() ?? 0
        let cell = 13, left = 30, top = 16
        let weeks = (last - first) / 7 + 1
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        var parts: [String] = []
        var previousMonth = 0, free = 0
        for week in 0..<weeks {
            let month = Streaks.civil(first + 7 * week).month
            if month != previousMonth, week >= free, week + 2 < weeks {
                parts.append("<text x=\"\(left + week * cell)\" y=\"10\">\(months[month - 1])</text>")
                free = week + 3
            }
            previousMonth = month
        }
        for (row, name) in ["Mon", "Wed", "Fri"].enumerated() {
            parts.append("<text x=\"0\" y=\"\(top + (row * 2) * cell + 10)\">\(name)</text>")
        }
        for day in first...last {
            let week = (day - first) / 7, row = (day - first) % 7
            let activity = byDay[day]
            let level = CalendarText.level(activity?.attempts ?? 0, maximum: maximum)
            let label = "\(Streaks.day(day)): \(activity?.attempts ?? 0) attempts, \(activity?.accepted ?? 0) accepted"
            parts.append("<rect class=\"day\" data-date=\"\(Streaks.day(day))\" data-attempts=\"\(activity?.attempts ?? 0)\" "
                         + "x=\"\(left + week * cell)\" y=\"\(top + row * cell)\" width=\"11\" height=\"11\" rx=\"2\" "
                         + "fill=\"\(colors[level])\"><title>\(label)</title></rect>")
        }
        let width = left + weeks * cell, height = top + 7 * cell + 4
        return "<svg role=\"img\" aria-label=\"activity calendar\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\">"
            + parts.joined() + "</svg><p class=\"muted\">\(stats.activeDays) active days · longest streak \(stats.longestStreak) days · "
            + "first-solve streak \(stats.currentSolveStreak) (longest \(stats.longestSolveStreak))</p>"
    }

    /// Problems solved, cumulated, as a step line over the days from the first solve to today.
    private func solvedOverTime() -> String {
        guard let firstPoint = stats.solvedOverTime.first, let start = Streaks.dayNumber(firstPoint.day),
              let end = Streaks.dayNumber(stats.today), let total = stats.solvedOverTime.last?.solved else {
            return "<p class=\"muted\">No problem solved yet.</p>"
        }
        let width = 420.0, height = 180.0, left = 30.0, bottom = 20.0
        let span = Double(max(end - start, 1))
        func x(_ day: Int) -> Double { left + (width - left - 10) * Double(day - start) / span }
        func y(_ solved: Int) -> Double { (height - bottom) - (height - bottom - 10) * Double(solved) / Double(max(total, 1)) }
        var points = ["\(x(start)),\(y(0))"]
        var previous = 0
        for point in stats.solvedOverTime {
            guard let day = Streaks.dayNumber(point.day) else { continue }
            points.append("\(x(day)),\(y(previous))")
            points.append("\(x(day)),\(y(point.solved))")
            previous = point.solved
        }
        points.append("\(x(end)),\(y(total))")
        return """
            <svg role="img" aria-label="problems solved over time" width="\(Int(width))" height="\(Int(height))" viewBox="0 0 \(Int(width)) \(Int(height))">\
            <line x1="\(left)" y1="\(height - bottom)" x2="\(width - 10)" y2="\(height - bottom)" stroke="#d0d7de"/>\
            <line x1="\(left)" y1="10" x2="\(left)" y2="\(height - bottom)" stroke="#d0d7de"/>\
            <polyline fill="none" stroke="#2da44e" stroke-width="2" points="\(points.joined(separator: " "))"/>\
            <text x="\(left - 4)" y="14" text-anchor="end">\(total)</text><text x="\(left - 4)" y="\(height - bottom)" text-anchor="end">0</text>\
            <text x="\(left)" y="\(height - 4)">\(firstPoint.day)</text><text x="\(width - 10)" y="\(height - 4)" text-anchor="end">\(stats.today)</text>\
            </svg><p class="muted">\(total) problems first solved</p>
            """
    }

    /// Solved and attempted out of added, one bar per difficulty.
    private func difficulties() -> String {
        let width = 300.0, rowHeight = 28
        let rows = stats.difficulties.enumerated().map { index, count -> String in
            let y = index * rowHeight
            let scale = width / Double(max(count.added, 1))
            return "<text x=\"0\" y=\"\(y + 14)\">\(escape(count.difficulty?.rawValue ?? ""))</text>"
                + "<rect x=\"60\" y=\"\(y + 4)\" width=\"\(width)\" height=\"14\" fill=\"#ebedf0\"/>"
                + "<rect x=\"60\" y=\"\(y + 4)\" width=\"\(Double(count.attempted) * scale)\" height=\"14\" fill=\"#f2cc60\"/>"
                + "<rect x=\"60\" y=\"\(y + 4)\" width=\"\(Double(count.solved) * scale)\" height=\"14\" fill=\"#2da44e\"/>"
                + "<text x=\"\(60 + width + 6)\" y=\"\(y + 14)\">\(count.solved)/\(count.attempted)/\(count.added)</text>"
        }
        let height = stats.difficulties.count * rowHeight
        return "<svg role=\"img\" aria-label=\"problems by difficulty\" width=\"420\" height=\"\(height)\" viewBox=\"0 0 420 \(height)\">"
            + rows.joined() + "</svg><p class=\"muted\">solved / attempted / added · green solved, yellow attempted</p>"
    }

    /// The verdict mix of each tag as a stacked bar, weakest tag first.
    private func tags() -> String {
        guard !stats.tags.isEmpty else { return "<p class=\"muted\">No tags yet.</p>" }
        let colors: [(String, String)] = [Verdict.AC, .WA, .TLE, .RE].map { ($0.rawValue, $0.tone.htmlColor) }
        let rows = stats.tags.map { tag -> String in
            var x = 0.0
            var bar = ""
            let other = tag.attempts - colors.map { tag.verdicts[$0.0, default: 0] }.reduce(0, +)
            for (verdict, color) in colors + [("other", "#8c959f")] {
                let count = verdict == "other" ? other : tag.verdicts[verdict, default: 0]
                guard count > 0 else { continue }
                let share = Double(count) / Double(tag.attempts) * 160
                bar += "<rect x=\"\(x)\" y=\"0\" width=\"\(share)\" height=\"12\" fill=\"\(color)\"><title>\(verdict) \(count)</title></rect>"
                x += share
            }
            return "<tr><td>\(escape(tag.tag))</td><td class=\"n\">\(tag.solved)/\(tag.attempted)</td><td class=\"n\">\(tag.added)</td>"
                + "<td class=\"n\">\(tag.attempts)</td><td class=\"n\">\(Render.percent(tag.wrongAnswerShare))</td>"
                + "<td class=\"n\">\(Render.percent(tag.timeLimitShare))</td><td class=\"n\">\(Render.percent(tag.runtimeErrorShare))</td>"
                + "<td><svg width=\"160\" height=\"12\" viewBox=\"0 0 160 12\">\(bar)</svg></td></tr>"
        }
        return "<table><tr><th>tag</th><th class=\"n\">solved/attempted</th><th class=\"n\">added</th><th class=\"n\">attempts</th>"
            + "<th class=\"n\">WA</th><th class=\"n\">TLE</th><th class=\"n\">RE</th><th>verdicts (AC WA TLE RE other)</th></tr>"
            + rows.joined() + "</table>"
    }

    private func review() -> String {
        guard !report.review.items.isEmpty else { return "<p class=\"muted\">Nothing to review now.</p>" }
        let rows = report.review.items.map { item in
            "<tr><td>\(escape(item.slug))</td><td>\(escape(item.difficulty.rawValue))</td><td>\(escape(ReviewCommand.reason(item, timeZone)))</td>"
                + "<td>\(item.grade.rawValue)</td><td class=\"n\">\(item.attempts)</td>"
                + "<td>\(escape(Render.date(item.lastAttemptAt, in: timeZone)))</td>"
                + "<td class=\"n\">\(item.recall.map { Render.percent($0) } ?? "-")</td></tr>"
        }
        return "<table><tr><th>problem</th><th>difficulty</th><th>why</th><th>grade</th><th class=\"n\">attempts</th>"
            + "<th>last attempt</th><th class=\"n\">recall</th></tr>" + rows.joined() + "</table>"
            + (report.review.more > 0 ? "<p class=\"muted\">and \(report.review.more) more</p>" : "")
    }

    private func recent() -> String {
        guard !stats.recent.isEmpty else { return "<p class=\"muted\">No attempts yet.</p>" }
        let rows = stats.recent.map { attempt in
            "<tr><td class=\"n\">\(attempt.id)</td><td>\(escape(Render.date(attempt.createdAt, in: timeZone)))</td>"
                + "<td>\(escape(attempt.slug))</td><td>\(escape(attempt.language))</td>"
                + "<td class=\"v-\(escape(attempt.verdict.rawValue))\">\(escape(attempt.verdict.rawValue))</td>"
                + "<td class=\"n\">\(attempt.passed)/\(attempt.total)</td><td class=\"n\">\(Render.milliseconds(attempt.maxCpuMs))</td></tr>"
        }
        return "<table><tr><th class=\"n\">#</th><th>when</th><th>problem</th><th>language</th><th>verdict</th>"
            + "<th class=\"n\">tests</th><th class=\"n\">cpu</th></tr>" + rows.joined() + "</table>"
    }

    /// `text` with the characters HTML gives a meaning replaced by entities.
    private func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
