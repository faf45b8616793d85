import Foundation
import PracticeModel
import PracticeCatalog
import PracticeStorage
import PracticeTransfer

/// Which problem a note names. Pure: it looks only at the note and the two lists it is given.
///
/// In order: explicit front matter (`slug`, `problem`, `leetcode` or `number`); else a number in the
/// title ("581. 最短无序连续子数组", "LeetCode 581", "LC 581"); else a title equal to the title of a
/// problem of the set or of the catalog (ignoring case). The user's set is searched before the catalog.
struct ProblemNamer {
    let own: [ProblemRecord]
    let catalog: [any CatalogProblem]

    /// A named problem: one of the set, or a catalog problem not yet in it.
    enum Named {
        case own(ProblemRecord)
        case catalog(any CatalogProblem)

        var slug: String {
            switch self {
            case .own(let record): record.slug
            case .catalog(let problem): problem.slug
            }
        }
    }

    enum Outcome {
        /// The note names this problem; `how` says why, for the report ("front matter slug", "number in the title").
        case named(Named, how: String)
        /// The note tries to name a problem that is not known: a warning saying how to link it, at this line.
        case unknown(message: String, line: Int?)
        /// The note names no problem at all.
        case nothing
    }

    /// Front matter fields that name a problem explicitly, in the order they are tried.
    static let explicitKeys = ["slug", "problem", "leetcode", "number"]

    func name(_ note: ParsedNote) -> Outcome {
        for key in Self.explicitKeys {
            guard let value = note.frontMatter[key], value != .null else { continue }
            let line = note.frontMatter.lines[key]
            guard let text = value.text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
                return .unknown(message: "the front matter field '\(key)' must be a problem's slug or number", line: line)
            }
            switch resolve(text) {
            case .success(let named):
                return .named(named, how: "front matter \(key)")
            case .failure(let suggestions):
                let hint = suggestions.isEmpty ? "see practice catalog and practice list" : "did you mean \(suggestions.joined(separator: ", "))?"
                return .unknown(message: "'\(key): \(text)' names no problem of your set or of the catalog (\(hint)): the note was kept unlinked; correct it and import the note again",
                                line: line)
            }
        }
        if let number = Self.number(inTitle: note.title) {
            if let named = problem(number: number) { return .named(named, how: "number \(number) in the title") }
            return .unknown(message: "the title names problem \(number), which is neither in your set nor in the catalog: the note was kept unlinked; add 'slug: <problem>' to its front matter (or add the problem) and import it again",
                            line: note.frontMatter.lines["title"])
        }
        let title = note.title.lowercased()
        if let record = own.first(where: { $0.title.lowercased() == title }) { return .named(.own(record), how: "title") }
        if let problem = catalog.first(where: { $0.title.lowercased() == title }) {
            return .named(own.first { $0.slug == problem.slug }.map(Named.own) ?? .catalog(problem), how: "title")
        }
        return .nothing
    }

    /// A slug, unique slug prefix or number, in the set first, then in the catalog; else up to three suggestions.
    private func resolve(_ name: String) -> Result<Named, Suggestions> {
        if case .found(let index) = NameResolver.resolve(name, among: own.map { ($0.slug, $0.number) }) {
            return .success(.own(own[index]))
        }
        switch NameResolver.resolve(name, among: catalog.map { ($0.slug, $0.number) }) {
        case .found(let index):
            let problem = catalog[index]
            return .success(own.first { $0.slug == problem.slug }.map(Named.own) ?? .catalog(problem))
        case .ambiguous(let matches):
            return .failure(Suggestions(slugs: matches))
        case .notFound(let suggestions):
            return .failure(Suggestions(slugs: suggestions))
        }
    }

    struct Suggestions: Error {
        let slugs: [String]
        var isEmpty: Bool { slugs.isEmpty }
        func joined(separator: String) -> String { slugs.joined(separator: separator) }
    }

    private func problem(number: Int) -> Named? {
        if let record = own.first(where: { $0.number == number }) { return .own(record) }
        guard let problem = catalog.first(where: { $0.number == number }) else { return nil }
        return own.first { $0.slug == problem.slug }.map(Named.own) ?? .catalog(problem)
    }

    /// The problem number a title starts with ("581. ...", "581 ...", "0581-...") or names
    /// ("LeetCode 581", "LC581", "力扣 581", "#581").
    static func number(inTitle title: String) -> Int? {
        let patterns = [
            #"^\s*0*([1-9][0-9]{0,4})\s*(?:[.．、:：)\]]|-|–|—|\s|$)"#,
            #"(?i)(?:(?<![a-z])(?:leetcode|lc)|力扣)\s*[#.:-]?\s*0*([1-9][0-9]{0,4})(?![0-9])"#,
            #"(?:^|\s)#0*([1-9][0-9]{0,4})(?![0-9])"#,
        ]
        for pattern in patterns {
            guard let regex = try? NSRegularExpression(pattern: pattern),
                  let match = regex.firstMatch(in: title, range: NSRange(title.startIndex..., in: title)),
                  let range = Range(match.range(at: 1), in: title) else { continue }
            return Int(title[range])
        }
        return nil
    }
}
