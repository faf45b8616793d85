import Foundation
import PracticeModel
import PracticeStorage

/// What `practice export --markdown DIR` wrote.
public struct MarkdownExportReport: Sendable, Encodable {
    public var directory: String
    /// The files written, by name.
    public var files: [String]
    /// How many of them are problems' notes (`<slug>.md`).
    public var problems: Int
    /// How many are other notes (concepts, notes naming no problem, further notes of a problem).
    public var notes: Int
}

extension Practice {
    /// Writes one note per problem, `<slug>.md`: the front matter (the problem's note's, or title, type,
    /// tags, date_creation, slug and difficulty), the note's body verbatim (or, without a note, the
    /// statement), and a generated section with the attempt history and the latest accepted code under
    /// 我的题解; then one file per other note (concepts, unlinked notes, a problem's further notes) with
    /// its front matter and body. Importing the folder again changes nothing.
    public func exportMarkdown(to directory: String) throws(ServiceError) -> MarkdownExportReport {
        let summaries = try storage { () throws(StorageError) in try database.problemSummaries() }
        let notes = try storage { () throws(StorageError) in try database.notes() }
        let minute = NoteShape.utcFormatter("yyyy-MM-dd HH:mm")
        var files: [(name: String, text: String)] = []
        var used: Set<String> = []
        var exportedNotes: Set<Int64> = []
        for summary in summaries {
            let problem = summary.problem
            guard let id = problem.id else { continue }
            let main = notes.first { $0.problemId == id }
            if let mainId = main?.id { exportedNotes.insert(mainId) }
            let attempts = try storage { () throws(StorageError) in try database.attemptSummaries(problemId: id) }.reversed()
            let accepted = try storage { () throws(StorageError) in try database.latestAcceptedAttempt(problemId: id) }
            let frontMatter = main.flatMap { NoteShape.frontMatter(storedJSON: $0.frontMatter) } ?? NoteShape.bare(problem, tags: summary.tags)
            var text = "---\n" + frontMatter.yaml + "---\n" + (main?.body ?? "") + "\n"
            text += NoteParser.generatedBegin + "\n"
            if main == nil {
                text += "## Statement\n\n" + problem.statement.trimmingCharacters(in: .whitespacesAndNewlines) + "\n\n"
            }
            text += NoteShape.historyTable(Array(attempts), minute: minute.string(from:))
            if let accepted {
                let fence = NoteShape.fence(for: accepted.source)
                text += "\n## \(NoteParser.generatedSolutionHeading) (latest accepted: attempt #\(accepted.id ?? 0), \(accepted.language), "
                    + minute.string(from: accepted.createdAt) + " UTC)\n\n"
                text += fence + NoteShape.fence(forLanguage: accepted.language) + "\n" + accepted.source
                    + (accepted.source.hasSuffix("\n") ? "" : "\n") + fence + "\n"
            }
            text += NoteParser.generatedEnd + "\n"
            let name = problem.slug.replacingOccurrences(of: "/", with: "-") + ".md"
            used.insert(name.lowercased())
            files.append((name, text))
        }
        var otherNotes = 0
        for note in notes where !exportedNotes.contains(note.id ?? -1) {
            let frontMatter = NoteShape.frontMatter(storedJSON: note.frontMatter) ?? FrontMatter(fields: [.init("title", .string(note.title))])
            let name = NoteShape.uniqueFileName(note.fileName, title: note.title, used: &used)
            files.append((name, "---\n" + frontMatter.yaml + "---\n" + note.body))
            otherNotes += 1
        }

        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: directory, reason: "the folder cannot be created (\(error.localizedDescription))")
        }
        for file in files {
            try OutputFile.write(file.text, to: (directory as NSString).appendingPathComponent(file.name))
        }
        return MarkdownExportReport(directory: directory, files: files.map(\.name), problems: summaries.count, notes: otherNotes)
    }
}

extension NoteShape {
    /// A stored front matter (a JSON object) with its fields in order; nil if it is not an object.
    static func frontMatter(storedJSON: String) -> FrontMatter? {
        guard case .object(let members)? = try? JSONValue.parse(storedJSON) else { return nil }
        return FrontMatter(fields: members.members)
    }

    /// The attempts of a problem, oldest first, as a Markdown table; `minute` formats the dates.
    static func historyTable(_ attempts: [AttemptSummary], minute: (Date) -> String) -> String {
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
    static func decimal(_ value: Double, places: Int) -> String {
        guard value.isFinite, value >= 0 else { return "-" }
        if places == 0 { return String(Int(value.rounded())) }
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// A formatter of UTC dates (made once per export: making one costs more than using it).
    static func utcFormatter(_ format: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = format
        return formatter
    }

    /// A code fence longer than any run of backticks in the code (at least three).
    static func fence(for code: String) -> String {
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
    static func uniqueFileName(_ fileName: String, title: String, used: inout Set<String>) -> String {
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
