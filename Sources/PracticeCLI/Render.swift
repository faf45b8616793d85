import Foundation
import PracticeTracker
import PracticeStorage
import PracticeModel

/// Plain-text building blocks: aligned tables, bars, verdict colours, dates and sizes.
enum Render {
    /// Left-aligned columns separated by two spaces; `rightAligned` column indexes are right-aligned.
    /// Widths count characters of the unstyled cell; `style` dresses a cell after padding.
    static func table(_ header: [String], _ rows: [[String]], rightAligned: Set<Int> = [],
                      style: (_ row: Int, _ column: Int, _ text: String) -> String = { _, _, text in text }) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { displayWidth($0[column]) }.max() ?? 0 }
        return all.enumerated().map { rowIndex, row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - displayWidth(cell))
                let padded = rightAligned.contains(column) ? padding + cell : cell + padding
                return rowIndex == 0 ? padded : style(rowIndex - 1, column, padded)
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }.joined(separator: "\n")
    }

    /// The columns a text takes in a terminal: East Asian wide characters (Chinese, Japanese, Korean,
    /// full-width forms, most emoji) take two.
    static func displayWidth(_ text: String) -> Int {
        text.reduce(0) { width, character in
            guard let scalar = character.unicodeScalars.first else { return width }
            switch scalar.value {
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
                 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
                 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
                return width + 2
            default:
                return width + 1
            }
        }
    }

    /// A bar of `width` cells filled in proportion `value / total`.
    static func bar(_ value: Int, of total: Int, width: Int = 20) -> String {
        let filled = total > 0 ? Int((Double(value) / Double(total) * Double(width)).rounded()) : 0
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }

    /// A verdict's short name (padding kept) in its tone's colour; text that is no verdict in the "other" tone.
    static func verdict(_ verdict: String, _ terminal: Terminal) -> String {
        let tone = Verdict(rawValue: verdict.trimmingCharacters(in: .whitespaces))?.tone ?? .other
        return terminal.paint(verdict, tone.terminalStyle)
    }

    static func status(_ status: ProblemStatus, _ terminal: Terminal) -> String {
        switch status {
        case .solved: terminal.paint(status.rawValue, .green)
        case .attempted: terminal.paint(status.rawValue, .yellow)
        case .todo: status.rawValue
        }
    }

    static func milliseconds(_ value: Double?) -> String {
        guard let value else { return "-" }
        return value < 10 ? String(format: "%.1f ms", value) : String(format: "%.0f ms", value)
    }

    static func memory(kilobytes: Int?) -> String {
        guard let kilobytes else { return "-" }
        return String(format: "%.1f MB", Double(kilobytes) / 1024)
    }

    static func percent(_ value: Double?) -> String {
        guard let value else { return "-" }
        return String(format: "%.1f%%", value * 100)
    }

    /// `text` cut to one display line of at most `limit` characters.
    static func clip(_ text: String, _ limit: Int = 300) -> String {
        let flat = text.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "\n", with: " ⏎ ")
        return flat.count > limit ? String(flat.prefix(limit)) + "… (\(flat.count) chars)" : flat
    }

    /// The attempts table shared by `history`, `show` and `stats`, times in `timeZone`.
    static func attempts(_ attempts: [AttemptSummary], _ terminal: Terminal, showProblem: Bool = true,
                         timeZone: TimeZone = .current) -> String {
        let header = ["#", "when", showProblem ? "problem" : nil, "lang", "verdict", "tests", "cpu", "memory", "note"].compactMap { $0 }
        let rows = attempts.map { attempt in
            [String(attempt.id), date(attempt.createdAt, in: timeZone), showProblem ? attempt.slug : nil, attempt.language, attempt.verdict.rawValue,
             "\(attempt.passed)/\(attempt.total)", milliseconds(attempt.maxCpuMs), memory(kilobytes: attempt.maxMemoryKB),
             [attempt.rejudgeOf.map { "rejudge of #\($0)" + (attempt.rejudgeOfVerdict.map { " (was \($0.rawValue))" } ?? "") },
              attempt.note.map { clip($0, 40) }].compactMap { $0 }.joined(separator: "; ")].compactMap { $0 }
        }
        let verdictColumn = showProblem ? 4 : 3
        return table(header, rows, rightAligned: [0, verdictColumn + 1, verdictColumn + 2, verdictColumn + 3]) { _, column, text in
            column == verdictColumn ? verdict(text, terminal) : text
        }
    }

    /// Pretty JSON with sorted keys and ISO 8601 dates: the `--json` output of every command.
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// How a verdict is coloured: one tone per kind of result, the same in the terminal and in the HTML report.
enum VerdictTone: CaseIterable {
    /// AC.
    case accepted
    /// The answer was wrong: WA.
    case wrong
    /// The run failed: RE.
    case crashed
    /// A limit was hit: TLE, MLE, OLE.
    case limit
    /// The solution was not judged: CE, IE.
    case other

    var terminalStyle: Terminal.Style {
        switch self {
        case .accepted: .green
        case .wrong, .crashed: .red
        case .limit: .yellow
        case .other: .magenta
        }
    }

    /// The report's colour (GitHub's palette, readable on white).
    var htmlColor: String {
        switch self {
        case .accepted: "#1a7f37"
        case .wrong: "#cf222e"
        case .crashed: "#bc4c00"
        case .limit: "#9a6700"
        case .other: "#8250df"
        }
    }
}

extension Verdict {
    var tone: VerdictTone {
        switch self {
        case .AC: .accepted
        case .WA: .wrong
        case .RE: .crashed
        case .TLE, .MLE, .OLE: .limit
        case .CE, .IE: .other
        }
    }
}
