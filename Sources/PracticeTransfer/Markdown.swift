import Foundation
import PracticeModel

/// One attempt as every export lists it (a note's history table, a CSV row): the storage row types conform.
package protocol ExportedAttempt {
    var id: Int64 { get }
    var createdAt: Date { get }
    var kind: AttemptKind { get }
    var language: String { get }
    var verdict: Verdict { get }
    var passed: Int { get }
    var total: Int { get }
    var maxCpuMs: Double? { get }
    var maxMemoryKB: Int? { get }
    var note: String? { get }
}

/// The pieces of the Markdown that `practice export --markdown` writes.
package enum MarkdownNote {
    /// A stored front matter (a JSON object) with its fields in order; nil if it is not an object.
    package static func frontMatter(storedJSON: String) -> FrontMatter? {
        guard case .object(let members)? = try? JSONValue.parse(storedJSON) else { return nil }
        return FrontMatter(fields: members.members)
    }

    /// The attempts of a problem, oldest first, as a Markdown table; `minute` formats the dates.
    package static func historyTable(_ attempts: [some ExportedAttempt], minute: (Date) -> String) -> String {
        var text = "## Attempt history\n\n"
        guard !attempts.isEmpty else { return text + "No attempts yet.\n" }
        text += "| # | when (UTC) | kind | language | verdict | tests | cpu | memory | note |\n"
        text += "|---:|---|---|---|---|---:|---:|---:|---|\n"
        for attempt in attempts {
            let cpu = attempt.maxCpuMs.map { decimal($0, places: $0 < 10 ? 1 : 0) + " ms" } ?? "-"
            let memory = attempt.maxMemoryKB.map { decimal(Double($0) / 1024, places: 1) + " MB" } ?? "-"
            let note = (attempt.note ?? "").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "|", with: "\\|")
            text += "| \(attempt.id) | \(minute(attempt.createdAt)) | \(attempt.kind) | \(attempt.language) | \(attempt.verdict) | "
                + "\(attempt.passed)/\(attempt.total) | \(cpu) | \(memory) | \(note) |\n"
        }
        return text
    }

    /// A non-negative figure rounded to `places` (0 or 1) decimals, without Foundation's slow `String(format:)`.
    package static func decimal(_ value: Double, places: Int) -> String {
        guard value.isFinite, value >= 0 else { return "-" }
        if places == 0 { return String(Int(value.rounded())) }
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// A formatter of UTC dates (made once per export: making one costs more than using it).
    package static func utcFormatter(_ format: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = format
        return formatter
    }

    /// A code fence longer than any run of backticks in the code (at least three).
    package static func fence(for code: String) -> String {
        var longest = 0
        var run = 0
        for character in code {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        return String(repeating: "`", count: max(3, longest + 1))
    }

    /// A file name for a note: the name it was imported from (made safe, ending in `.md`), else its
    /// title; ` (2)`, ` (3)`... added when already taken (compared without case).
    package static func uniqueFileName(_ fileName: String, title: String, used: inout Set<String>) -> String {
        var stem = (fileName as NSString).lastPathComponent
        if stem.lowercased().hasSuffix(".md") { stem.removeLast(3) }
        stem = stem.replacingOccurrences(of: "/", with: "-").replacingOccurrences(of: "\0", with: "")
        if stem.trimmingCharacters(in: .whitespaces).isEmpty || stem.hasPrefix(".") {
            stem = title.replacingOccurrences(of: "/", with: "-")
        }
        var name = stem + ".md"
        var counter = 2
        while used.contains(name.lowercased()) {
            name = "\(stem) (\(counter)).md"
            counter += 1
        }
        used.insert(name.lowercased())
        return name
    }
}
