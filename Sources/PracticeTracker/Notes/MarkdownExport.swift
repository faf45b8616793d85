import Foundation
import PracticeModel
import PracticeStorage
import PracticeTransfer

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
        let minute = MarkdownNote.utcFormatter("yyyy-MM-dd HH:mm")
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
            let frontMatter = main.flatMap { MarkdownNote.frontMatter(storedJSON: $0.frontMatter) } ?? NoteShape.bare(problem, tags: summary.tags)
            var text = "---\n" + frontMatter.yaml + "---\n" + (main?.body ?? "") + "\n"
            text += NoteParser.generatedBegin + "\n"
            if main == nil {
                text += "## Statement\n\n" + problem.statement.trimmingCharacters(in: .whitespacesAndNewlines) + "\n\n"
            }
            text += MarkdownNote.historyTable(Array(attempts), minute: minute.string(from:))
            if let accepted {
                let fence = MarkdownNote.fence(for: accepted.source)
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
            let frontMatter = MarkdownNote.frontMatter(storedJSON: note.frontMatter) ?? FrontMatter(fields: [.init("title", .string(note.title))])
            let name = MarkdownNote.uniqueFileName(note.fileName, title: note.title, used: &used)
            files.append((name, "---\n" + frontMatter.yaml + "---\n" + note.body))
            otherNotes += 1
        }

        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(path: directory, reason: "the folder cannot be created (\(error.localizedDescription))")
        }
        for file in files {
            let path = (directory as NSString).appendingPathComponent(file.name)
            try transfer { () throws(TransferError) in try OutputFile.write(file.text, to: path) }
        }
        return MarkdownExportReport(directory: directory, files: files.map(\.name), problems: summaries.count, notes: otherNotes)
    }
}

/// Storage's attempt summaries are what a note's history table lists.
extension AttemptSummary: ExportedAttempt {}
