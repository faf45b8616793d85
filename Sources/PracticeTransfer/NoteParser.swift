import Foundation
import PracticeModel

/// A Markdown note as `NoteParser` reads it. Pure data: no database, no files.
public struct ParsedNote: Sendable, Hashable {
    /// The file name (for messages and `note.fileName`).
    public var fileName: String
    /// Front matter `title`, else the file name without `.md`.
    public var title: String
    /// The front matter (empty when the note has none).
    public var frontMatter: FrontMatter
    /// Front matter `type`, lower-cased, if any.
    public var declaredType: String?
    /// The Markdown after the front matter, verbatim, without the section `practice export` generates.
    public var body: String
    /// The file line where the body starts.
    public var bodyLine: Int
    /// `[[links]]`: front matter `isPartOf`/`solvedBy`/`hasPart`, any other field, and the body.
    public var links: [NoteLink]
    /// Every fenced code block, in order.
    public var codeBlocks: [CodeBlock]
    /// Headings (outside code blocks), in order.
    public var headings: [Heading]

    /// A fenced code block.
    public struct CodeBlock: Sendable, Hashable {
        /// The info string's first word, lower-cased (`python`, `c++`), or "" when there is none.
        public var language: String
        /// The lines between the fences (indentation of the fence removed), each ending in a line break.
        public var code: String
        /// The file line of the opening fence.
        public var line: Int
        /// Whether it stands in a solution section (under a heading such as 我的题解 or Solution).
        public var isSolution: Bool
    }

    /// An ATX heading (`## text`).
    public struct Heading: Sendable, Hashable {
        public var level: Int
        public var text: String
        public var line: Int
    }

    /// The code blocks of the solution sections.
    public var solutions: [CodeBlock] { codeBlocks.filter(\.isSolution) }
}

/// A problem with a note file: the line (when known) and what is wrong.
public struct NoteParseError: Error, Sendable, Equatable {
    public let line: Int?
    public let message: String
}

/// Reads Obsidian-style Markdown notes: YAML front matter between `---` lines, `[[wiki links]]`,
/// headings and fenced code blocks. Pure functions, no I/O.
public enum NoteParser {
    /// Words of a heading that open a solution section: Chinese ones anywhere in the heading, English
    /// ones as whole words ("LeetCode 581" is not a Code heading).
    static let solutionHeadingWords = ["题解", "解法", "解答", "代码", "答案", "方法"]
    static let solutionHeadingPattern = #"(?i)\b(solutions?|code|answers?|implementation|approach(es)?)\b"#

    /// The first line of the section `practice export` generates (and `practice import` ignores).
    public static let generatedBegin = "<!-- practice:export begin: written by `practice export`, ignored by `practice import` -->"
    /// Its last line.
    public static let generatedEnd = "<!-- practice:export end -->"
    /// The heading of the latest accepted code in the generated section.
    public static let generatedSolutionHeading = "我的题解"

    /// Parses a note. `fileName` names the note in messages and gives the title when the front
    /// matter has none. Line breaks are read as `\n` (a `\r\n` file reads the same).
    public static func parse(_ text: String, fileName: String) throws(NoteParseError) -> ParsedNote {
        var text = text.replacingOccurrences(of: "\r\n", with: "\n")
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)

        // Front matter: a first line `---`, up to a line `---` (or `...`).
        var frontMatter = FrontMatter(fields: [])
        var bodyLineIndex = 0
        if let first = lines.first, trimmedEnd(first) == "---" {
            guard let close = lines.indices.dropFirst().first(where: { ["---", "..."].contains(trimmedEnd(lines[$0])) }) else {
                throw NoteParseError(line: 1, message: "the front matter opened on line 1 is never closed: add a line '---' after its last field")
            }
            let yaml = lines[1..<close].joined(separator: "\n")
            do {
                frontMatter = try FrontMatter.parse(yaml, firstLine: 2)
            } catch {
                throw NoteParseError(line: error.line, message: error.message)
            }
            bodyLineIndex = close + 1
        }
        let bodyLines = Array(lines[min(bodyLineIndex, lines.count)...])

        let title = try Self.title(frontMatter, fileName: fileName)
        var declaredType: String? = nil
        if let type = frontMatter["type"] {
            guard let text = type.text else {
                throw NoteParseError(line: frontMatter.lines["type"], message: "the front matter field 'type' must be text, such as 'type: concept'")
            }
            declaredType = text.trimmingCharacters(in: .whitespaces).lowercased()
        }

        let scan = try scanBody(bodyLines, firstLine: bodyLineIndex + 1)
        var links = frontMatterLinks(frontMatter)
        for target in scan.linkTargets where !links.contains(.init(relation: .link, target: target)) {
            links.append(.init(relation: .link, target: target))
        }
        return ParsedNote(fileName: fileName, title: title, frontMatter: frontMatter, declaredType: declaredType, body: scan.body,
                          bodyLine: bodyLineIndex + 1, links: links, codeBlocks: scan.codeBlocks, headings: scan.headings)
    }

    private static func trimmedEnd<S: StringProtocol>(_ line: S) -> String {
        String(line.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }

    private static func title(_ frontMatter: FrontMatter, fileName: String) throws(NoteParseError) -> String {
        if let value = frontMatter["title"], value != .null {
            guard let text = value.text else {
                throw NoteParseError(line: frontMatter.lines["title"], message: "the front matter field 'title' must be text")
            }
            let title = text.trimmingCharacters(in: .whitespaces)
            if title.contains("\n") {
                throw NoteParseError(line: frontMatter.lines["title"], message: "the title must be one line")
            }
            if !title.isEmpty { return title }
        }
        var stem = (fileName as NSString).lastPathComponent
        if stem.lowercased().hasSuffix(".md") { stem.removeLast(3) }
        let title = stem.trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty else {
            throw NoteParseError(line: 1, message: "the note has no title: add 'title: ...' to its front matter")
        }
        return title
    }

    // MARK: Body

    private struct BodyScan {
        var body: String
        var codeBlocks: [ParsedNote.CodeBlock]
        var headings: [ParsedNote.Heading]
        var linkTargets: [String]
    }

    /// Where a line stands relative to the section `practice export` generates.
    private enum Region { case before, inside, after }

    /// Collects headings, code blocks and links, and the body without the generated section. The
    /// export writes `body + "\n" + section`, so the line break before the section is dropped with it.
    private static func scanBody(_ lines: [Substring], firstLine: Int) throws(NoteParseError) -> BodyScan {
        var before: [Substring] = []
        var after: [Substring] = []
        var region = Region.before
        var generatedLine = 0
        var fence: (marker: Character, length: Int, indent: Int, language: String, line: Int, solution: Bool)? = nil
        var fenceLines: [String] = []
        var codeBlocks: [ParsedNote.CodeBlock] = []
        var headings: [ParsedNote.Heading] = []
        var linkTargets: [String] = []
        var solutionLevel: Int? = nil
        var generatedSolution = false

        for (index, line) in lines.enumerated() {
            let number = firstLine + index
            var isMarker = false
            defer {
                switch region {
                case .before where !isMarker: before.append(line)
                case .after where !isMarker: after.append(line)
                default: break
                }
            }
            if fence != nil, region == .inside, line.trimmingCharacters(in: .whitespaces).hasPrefix("<!-- practice:export end") {
                fence = nil  // The generated section ends every block it opened, closed or not.
                fenceLines = []
            }
            if let open = fence {
                if isClosingFence(line, marker: open.marker, length: open.length) {
                    codeBlocks.append(.init(language: open.language, code: fenceLines.map { $0 + "\n" }.joined(), line: open.line,
                                            isSolution: open.solution))
                    fence = nil
                    fenceLines = []
                } else {
                    fenceLines.append(dropIndent(line, open.indent))
                }
                continue
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("<!-- practice:export begin") {
                guard region == .before else {
                    throw NoteParseError(line: number, message: "a note holds one generated section; this one starts after another: delete it")
                }
                region = .inside
                generatedLine = number
                isMarker = true
                continue
            }
            if trimmed.hasPrefix("<!-- practice:export end") {
                guard region == .inside else {
                    throw NoteParseError(line: number, message: "the end of a generated section without its beginning: delete this line")
                }
                region = .after
                isMarker = true
                continue
            }
            if let opening = openingFence(line) {
                let solution = region == .inside ? generatedSolution : solutionLevel != nil
                fence = (opening.marker, opening.length, opening.indent, opening.language, number, solution)
                continue
            }
            if let heading = heading(line) {
                headings.append(.init(level: heading.level, text: heading.text, line: number))
                if region == .inside {
                    // In the generated section only its own solution heading counts: a statement's
                    // examples are not solutions.
                    generatedSolution = heading.text.hasPrefix(generatedSolutionHeading)
                } else if isSolutionHeading(heading.text) {
                    solutionLevel = min(solutionLevel ?? heading.level, heading.level)
                } else if let level = solutionLevel, heading.level <= level {
                    solutionLevel = nil
                }
            }
            if region != .inside {
                linkTargets.append(contentsOf: wikiLinks(in: String(line)).filter { !linkTargets.contains($0) })
            }
        }
        if let open = fence {
            throw NoteParseError(line: open.line, message: "the code block opened here is never closed: add a line \(String(repeating: open.marker, count: open.length)) after its code")
        }
        if region == .inside {
            throw NoteParseError(line: generatedLine, message: "the generated section opened here is never closed: restore the line '\(generatedEnd)' or delete the section")
        }
        var body = before.joined(separator: "\n")
        if region == .after {
            let rest = after.joined(separator: "\n")
            if !rest.isEmpty { body += "\n" + rest }
        }
        return BodyScan(body: body, codeBlocks: codeBlocks, headings: headings, linkTargets: linkTargets)
    }

    /// A fence opening: up to any indentation, three or more backticks or tildes, an info string.
    private static func openingFence(_ line: Substring) -> (marker: Character, length: Int, indent: Int, language: String)? {
        let indent = line.prefix { $0 == " " || $0 == "\t" }.count
        let rest = line.dropFirst(indent)
        guard let marker = rest.first, marker == "`" || marker == "~" else { return nil }
        let length = rest.prefix { $0 == marker }.count
        guard length >= 3 else { return nil }
        let info = rest.dropFirst(length).trimmingCharacters(in: .whitespaces)
        if marker == "`", info.contains("`") { return nil }  // inline code, not a fence
        let language = info.split(whereSeparator: { $0 == " " || $0 == "{" || $0 == "," }).first.map { $0.lowercased() } ?? ""
        return (marker, length, indent, language)
    }

    private static func isClosingFence(_ line: Substring, marker: Character, length: Int) -> Bool {
        let rest = line.drop { $0 == " " || $0 == "\t" }
        let run = rest.prefix { $0 == marker }.count
        return run >= length && rest.dropFirst(run).allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// The line without up to `indent` leading spaces or tabs.
    private static func dropIndent(_ line: Substring, _ indent: Int) -> String {
        var dropped = 0
        var rest = line[...]
        while dropped < indent, let first = rest.first, first == " " || first == "\t" {
            rest = rest.dropFirst()
            dropped += 1
        }
        return String(rest)
    }

    /// An ATX heading: up to three spaces, one to six `#`, a space (or nothing), the text.
    private static func heading(_ line: Substring) -> (level: Int, text: String)? {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        let level = rest.prefix { $0 == "#" }.count
        guard (1...6).contains(level) else { return nil }
        let after = rest.dropFirst(level)
        guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
        var text = after.trimmingCharacters(in: .whitespaces)
        // A closing sequence of #s after a space is not part of the text.
        if let range = text.range(of: #"(^|\s)#+$"#, options: .regularExpression) {
            text = String(text[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
        }
        return (level, text)
    }

    /// Whether a heading opens a solution section (我的题解, 题解, 代码, Solution, Code, ...).
    static func isSolutionHeading(_ text: String) -> Bool {
        solutionHeadingWords.contains { text.contains($0) } || text.range(of: solutionHeadingPattern, options: .regularExpression) != nil
    }

    // MARK: Links

    /// The targets of the `[[links]]` of a line outside code: `[[Target|alias]]` and
    /// `[[Target#heading]]` give `Target`; embeds (`![[image.png]]`), links inside inline code and
    /// links to a heading of the same note (`[[#heading]]`) are not links to other notes.
    static func wikiLinks(in line: String) -> [String] {
        guard line.contains("[[") else { return [] }
        let withoutCode = line.replacingOccurrences(of: #"`+[^`]*`+"#, with: "", options: .regularExpression)
        var targets: [String] = []
        var rest = withoutCode[...]
        while let open = rest.range(of: "[[") {
            let isEmbed = open.lowerBound > rest.startIndex && rest[rest.index(before: open.lowerBound)] == "!"
            guard let close = rest.range(of: "]]", range: open.upperBound..<rest.endIndex) else { break }
            let inner = rest[open.upperBound..<close.lowerBound]
            rest = rest[close.upperBound...]
            guard !isEmbed, !inner.contains("[["), let target = linkTarget(String(inner)) else { continue }
            if !targets.contains(target) { targets.append(target) }
        }
        return targets
    }

    /// `Target|alias`, `Target#heading`, `Target\|alias` (inside a table) -> `Target`; nil when empty.
    static func linkTarget(_ inner: String) -> String? {
        var target = inner
        if let bar = target.firstIndex(of: "|") { target = String(target[..<bar]) }
        if target.hasSuffix("\\") { target.removeLast() }
        if let hash = target.firstIndex(of: "#") { target = String(target[..<hash]) }
        target = target.trimmingCharacters(in: .whitespaces)
        return target.isEmpty || target.contains("\n") ? nil : target
    }

    /// Links of the front matter: in `isPartOf`, `solvedBy` and `hasPart` with that relation, in any
    /// other field as plain links. A value may be `'[[A]]'`, a list of them, or `[[A]]` unquoted
    /// (which YAML reads as a list holding a list).
    static func frontMatterLinks(_ frontMatter: FrontMatter) -> [NoteLink] {
        var links: [NoteLink] = []
        for field in frontMatter.fields {
            let relation = NoteRelation.allCases.first { $0 != .link && $0.rawValue.lowercased() == field.key.lowercased() } ?? .link
            for target in targets(in: field.value) {
                let link = NoteLink(relation: relation, target: target)
                if !links.contains(link) { links.append(link) }
            }
        }
        return links
    }

    private static func targets(in value: JSONValue) -> [String] {
        switch value {
        case .string(let text):
            return wikiLinks(in: text)
        case .array(let elements):
            // Unquoted `[[A]]` in YAML is a list holding the list ["A"].
            if elements.count == 1, case .array(let inner) = elements[0], inner.count == 1, case .string(let name) = inner[0] {
                return linkTarget(name).map { [$0] } ?? []
            }
            return elements.flatMap { targets(in: $0) }
        case .object(let members):
            return members.flatMap { targets(in: $0.value) }
        default:
            return []
        }
    }
}
