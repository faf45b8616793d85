import Foundation
import PracticeModel
import PracticeCatalog
import PracticeRunner
import PracticeStorage
import PracticeTransfer

/// How `practice import NOTES...` judges the solutions it finds.
public struct NoteImportOptions: Sendable {
    /// Judge solution code blocks (`--no-judge` turns it off).
    public var judge: Bool
    public var randomCount: Int
    public var jobs: Int
    /// Set by the CLI's SIGINT handler: judging stops, the notes stay imported.
    public var interruption: CancellationFlag?

    public init(judge: Bool = true, randomCount: Int = 100, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                interruption: CancellationFlag? = nil) {
        self.judge = judge
        self.randomCount = randomCount
        self.jobs = jobs
        self.interruption = interruption
    }
}

/// What `practice import NOTES...` did.
public struct NoteImportReport: Sendable, Encodable {
    /// One imported note.
    public struct Note: Sendable, Encodable {
        /// The file, as given or found in a folder.
        public var file: String
        public var title: String
        /// `problem`, `concept` or `note`.
        public var type: String
        /// The problem it names, if any.
        public var problem: String?
        /// `added`, `updated`, `unchanged`, or `skipped` (an export of a problem without notes carries nothing to store).
        public var change: String
        public var links: Int
        public var solutions: [Solution]
    }

    /// One solution code block and what became of it.
    public struct Solution: Sendable, Encodable {
        /// The file line of its opening fence.
        public var line: Int
        /// The code fence's language ("" when none).
        public var language: String
        /// `judged`, `already judged` (an attempt with the same source exists) or `not judged`.
        public var status: String
        public var attemptId: Int64?
        public var verdict: String?
        public var passed: Int?
        public var total: Int?
        /// Why it was not judged.
        public var reason: String?
    }

    public var notes: [Note] = []
    /// Catalog problems the notes named that were added to the set.
    public var addedProblems: [String] = []
    /// Notes kept unlinked or skipped, each one line naming the file.
    public var warnings: [String] = []
}

extension Practice {
    /// Imports Markdown notes (files, or folders searched for `.md` files).
    ///
    /// Every file is read and parsed first: a missing, binary or malformed file stops the import
    /// before anything is written (`ServiceError.badImportFile`, naming the file and line). Then the
    /// notes, and the catalog problems they name that are not in the set yet, are written in one
    /// transaction. Last, each solution code block of a note about a problem is judged as an attempt,
    /// unless an attempt of that problem already has the same source (so importing twice judges
    /// nothing); each attempt is its own transaction, and a block that cannot be judged (no language,
    /// compiler missing) is reported, not fatal.
    public func importNotes(_ paths: [String], options: NoteImportOptions = NoteImportOptions(),
                            progress: (@Sendable (String) -> Void)? = nil) throws(ServiceError) -> NoteImportReport {
        var report = NoteImportReport()
        let files = try NoteFiles.expand(paths)
        var parsed: [(path: String, note: ParsedNote)] = []
        for path in files {
            guard let text = try NoteFiles.read(path) else {
                report.warnings.append("\(path): empty file, skipped")
                continue
            }
            do {
                parsed.append((path, try NoteParser.parse(text, fileName: (path as NSString).lastPathComponent)))
            } catch {
                throw .badImportFile(path: path, line: error.line, message: error.message)
            }
        }
        var firstFile: [String: (path: String, note: ParsedNote)] = [:]
        for entry in parsed {
            if let earlier = firstFile[entry.note.title] {
                throw .badImportFile(path: entry.path, line: entry.note.frontMatter.lines["title"],
                                     message: "the title '\(entry.note.title)' is also the title of \(earlier.path): titles name notes, so make them differ")
            }
            firstFile[entry.note.title] = entry
        }

        // Decide what each note is and which problem it names, before writing anything.
        let own = try storage { () throws(StorageError) in try database.problems() }
        let namer = ProblemNamer(own: own, catalog: problems)
        let now = Date()
        var newProblems: [String: NewProblem] = [:]
        var drafts: [NoteDraft] = []
        var planned: [(path: String, note: ParsedNote, draft: NoteDraft?, slug: String?)] = []
        for (path, note) in parsed {
            var type = NoteType.note
            var problem: (slug: String, record: ProblemRecord, tags: [String])? = nil
            if note.declaredType == "concept" {
                type = .concept
            } else {
                switch namer.name(note) {
                case .named(.own(let record), _):
                    type = .problem
                    problem = (record.slug, record, try storage { () throws(StorageError) in try database.tags(problemId: record.id ?? 0) })
                case .named(.catalog(let catalogProblem), _):
                    type = .problem
                    let new = newProblems[catalogProblem.slug] ?? Self.newProblem(catalogProblem, at: now)
                    newProblems[catalogProblem.slug] = new
                    problem = (catalogProblem.slug, new.record, new.tags.sorted())
                case .unknown(let message, let line):
                    type = .problem
                    report.warnings.append("\(path)\(line.map { ":\($0)" } ?? ""): \(message)")
                case .nothing:
                    if NoteShape.looksLikeProblem(note) {
                        type = .problem
                        report.warnings.append("\(path): the note '\(note.title)' names no problem of your set or of the catalog: it was kept unlinked; add 'slug: <problem>' to its front matter (see practice catalog) and import it again")
                    }
                }
            }
            var frontMatter = note.frontMatter
            if let problem {
                frontMatter = NoteShape.completed(frontMatter, title: note.title, problem: problem.record, tags: problem.tags)
                if note.body.isEmpty, frontMatter == NoteShape.bare(problem.record, tags: problem.tags),
                   try storage({ () throws(StorageError) in try database.note(title: note.title) }) == nil {
                    // An export of a problem without notes: the problem, nothing to keep as a note.
                    planned.append((path, note, nil, problem.slug))
                    continue
                }
            } else {
                frontMatter.addIfMissing("title", .string(note.title), atFront: true)
            }
            let draft = NoteDraft(title: note.title, type: type, problemSlug: problem?.slug, fileName: note.fileName,
                                  frontMatter: frontMatter.json, body: note.body, links: note.links)
            drafts.append(draft)
            planned.append((path, note, draft, problem?.slug))
        }

        // One transaction: the named catalog problems and the notes.
        let needed = Set(planned.compactMap(\.slug))
        let adding = newProblems.values.filter { needed.contains($0.record.slug) }.sorted { $0.record.slug < $1.record.slug }
        let stored = try storage { () throws(StorageError) in try database.importNotes(drafts, adding: adding, at: now) }
        report.addedProblems = adding.map(\.record.slug)
        var changes = stored.map(\.change)[...]
        for entry in planned {
            let change = entry.draft == nil ? "skipped" : changes.popFirst()?.rawValue ?? "unchanged"
            report.notes.append(.init(file: entry.path, title: entry.note.title, type: entry.draft?.type.rawValue ?? NoteType.problem.rawValue,
                                      problem: entry.slug, change: change, links: entry.draft?.links.count ?? 0, solutions: []))
        }

        // Judge the solutions, one attempt each.
        for (index, entry) in planned.enumerated() {
            let blocks = entry.note.solutions.filter {
                !$0.code.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && !NoteShape.nonCodeFences.contains($0.language)
            }
            guard let slug = entry.slug else {
                report.notes[index].solutions = blocks.map {
                    .init(line: $0.line, language: $0.language, status: "not judged", reason: "the note names no problem")
                }
                continue
            }
            for block in blocks {
                if options.interruption?.isCancelled == true { throw .interrupted }
                let solution = try judgeSolution(block, slug: slug, path: entry.path, options: options, progress: progress)
                report.notes[index].solutions.append(solution)
            }
        }
        return report
    }

    /// Judges one solution code block unless an attempt of the problem has the same source.
    private func judgeSolution(_ block: ParsedNote.CodeBlock, slug: String, path: String, options: NoteImportOptions,
                               progress: (@Sendable (String) -> Void)?) throws(ServiceError) -> NoteImportReport.Solution {
        var result = NoteImportReport.Solution(line: block.line, language: block.language, status: "not judged")
        guard let problemId = try storage({ () throws(StorageError) in try database.problem(slug: slug) })?.id else {
            throw .internalFailure("problem '\(slug)' vanished during the import")
        }
        var digests = [SHA256.hex(Array(block.code.utf8))]
        if block.code.hasSuffix("\n") { digests.append(SHA256.hex(Array(block.code.dropLast().utf8))) }
        if let existing = try storage({ () throws(StorageError) in try database.attemptId(problemId: problemId, sourceSHA256: digests) }) {
            result.status = "already judged"
            result.attemptId = existing
            return result
        }
        guard let recipe = NoteShape.recipe(forFence: block.language) else {
            result.reason = block.language.isEmpty
                ? "the code block names no language: start it with ```python (or cpp, c, javascript, swift) to judge it"
                : "no language recipe for '\(block.language)' (known: python, cpp, c, javascript, swift)"
            return result
        }
        guard options.judge else {
            result.reason = "--no-judge"
            return result
        }
        let workspace = try judging { () throws(JudgeError) in try Workspace() }
        defer { workspace.remove() }
        var stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        if stem.isEmpty { stem = "solution" }
        let file = workspace.path + "/" + stem + "." + (recipe.extensions.first ?? "txt")
        do {
            try Data(block.code.utf8).write(to: URL(fileURLWithPath: file))
        } catch {
            throw .internalFailure("cannot write the solution into \(workspace.path): \(error.localizedDescription)")
        }
        progress?("judging \(path):\(block.line) (\(recipe.name)) on \(slug)...")
        var request = AttemptRequest(problem: slug, solutionPath: file, language: recipe.name, randomCount: options.randomCount,
                                     jobs: options.jobs, note: "imported from \((path as NSString).lastPathComponent)",
                                     interruption: options.interruption)
        request.shrinkTime = 10
        do {
            let attempt = try attempt(request)
            result.status = "judged"
            result.attemptId = attempt.attemptId
            result.verdict = attempt.verdict.rawValue
            result.passed = attempt.passed
            result.total = attempt.total
        } catch {
            if case .interrupted = error { throw error }
            result.reason = error.errorDescription ?? "\(error)"
        }
        return result
    }
}

/// Finding and reading note files.
enum NoteFiles {
    /// The files to import: each path that is a file, and the `.md` files under each folder
    /// (recursively, hidden folders such as `.obsidian` skipped, sorted), each once.
    static func expand(_ paths: [String]) throws(ServiceError) -> [String] {
        var files: [String] = []
        var seen: Set<String> = []
        func add(_ path: String) {
            let key = URL(fileURLWithPath: path).standardizedFileURL.path
            if seen.insert(key).inserted { files.append(path) }
        }
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw .badImportFile(path: path, line: nil, message: "no such file or folder")
            }
            guard isDirectory.boolValue else { add(path); continue }
            guard let enumerator = FileManager.default.enumerator(
                at: URL(fileURLWithPath: path), includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else {
                throw .badImportFile(path: path, line: nil, message: "the folder cannot be read")
            }
            var found: [String] = []
            for case let url as URL in enumerator where url.pathExtension.lowercased() == "md" {
                if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                    let relative = String(url.path.dropFirst(URL(fileURLWithPath: path).path.count)).drop { $0 == "/" }
                    found.append((path as NSString).appendingPathComponent(String(relative)))
                }
            }
            guard !found.isEmpty else {
                throw .badImportFile(path: path, line: nil, message: "the folder holds no Markdown notes (.md files)")
            }
            found.sorted().forEach(add)
        }
        return files
    }

    /// The text of a note file; nil when it is empty (only whitespace).
    static func read(_ path: String) throws(ServiceError) -> String? {
        switch TextFile.read(path) {
        case .success(let text):
            return text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : text
        case .failure(.notText):
            throw .badImportFile(path: path, line: nil, message: "not UTF-8 text: give Markdown notes")
        case .failure:
            throw .badImportFile(path: path, line: nil, message: "the file cannot be read (permission denied?)")
        }
    }
}

/// Conventions shared by import and export: the front matter a problem note carries, and the
/// languages of code fences.
enum NoteShape {
    /// Front matter `type` values that mark a note about a problem.
    static let problemTypes: Set<String> = ["problem", "leetcode", "question", "exercise", "题目", "算法题"]

    /// Whether a note that names no problem looks like it is about one (warn that it was kept unlinked).
    static func looksLikeProblem(_ note: ParsedNote) -> Bool {
        note.declaredType.map(problemTypes.contains) ?? false || !note.solutions.isEmpty
            || NoteShape.explicitKeys(note)
    }

    private static func explicitKeys(_ note: ParsedNote) -> Bool {
        ProblemNamer.explicitKeys.contains { note.frontMatter[$0] != nil }
    }

    /// The front matter of a note about `problem`, completed with what an export writes and the note
    /// lacks: title (first), type, tags, date_creation, slug, difficulty. Idempotent, so an exported
    /// note reads back to the same front matter.
    static func completed(_ frontMatter: FrontMatter, title: String, problem: ProblemRecord, tags: [String]) -> FrontMatter {
        var result = frontMatter
        result.addIfMissing("title", .string(title), atFront: true)
        result.addIfMissing("type", .string(NoteType.problem.rawValue))
        result.addIfMissing("tags", .array(tags.map(JSONValue.string)))
        result.addIfMissing("date_creation", .string(day(problem.addedAt)))
        result.addIfMissing("slug", .string(problem.slug))
        result.addIfMissing("difficulty", .string(problem.difficulty.rawValue))
        return result
    }

    /// The front matter an export writes for a problem without notes.
    static func bare(_ problem: ProblemRecord, tags: [String]) -> FrontMatter {
        completed(FrontMatter(fields: []), title: problem.title, problem: problem, tags: tags)
    }

    /// A date's UTC day, `YYYY-MM-DD`.
    static func day(_ date: Date) -> String {
        MarkdownNote.utcFormatter("yyyy-MM-dd").string(from: date)
    }

    /// Fence languages of text rather than code (examples, output, diagrams): never a solution to judge.
    static let nonCodeFences: Set<String> = ["text", "txt", "plaintext", "plain", "output", "input", "console", "shell", "sh",
                                             "bash", "json", "yaml", "markdown", "md", "math", "latex", "tex", "mermaid", "diff"]

    /// The recipe for a code fence's language: python/py/python3, cpp/c++/cc/cxx, c, js/javascript/node, swift.
    static func recipe(forFence language: String) -> LanguageRecipe? {
        let aliases = ["python3": "python", "py3": "python", "c++": "cpp", "node": "javascript", "nodejs": "javascript"]
        let name = aliases[language] ?? language
        return name.isEmpty ? nil : Practice.installedRecipe(named: name)
    }

    /// The code fence language an export writes for an attempt's recipe.
    static func fence(forLanguage language: String) -> String {
        LanguageRecipe.named(language)?.name ?? "text"
    }
}
