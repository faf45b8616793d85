import Foundation
#if canImport(Glibc)
import Glibc
#endif
import PracticeCatalog
import PracticeModel
import PracticeStorage

/// What `practice start` wrote.
public struct StartReport: Codable, Sendable, Equatable {
    public let slug: String
    public let title: String
    /// The file written.
    public let path: String
    public let language: String
    /// `function`: LeetCode's `class Solution` stub; `program`: a program that reads stdin.
    public let mode: SolutionMode
    /// The method to write, in function mode (a design problem's class name).
    public let function: String?
    /// A design problem: `function` is the class to write.
    public var design: Bool = false
}

extension Practice {
    /// Writes a solution stub for a problem (the catalog's, or one of the user's own): the statement and the examples
    /// with their answers as comments, then LeetCode's stub in `language` (a function-mode driver's language and a
    /// problem with a signature) or a program reading stdin. The language comes from `language`, else the file's
    /// extension, else Python; the file is `path`, else `<slug>.<ext>` in `directory`. An existing file is never
    /// overwritten. Nothing is stored.
    public func start(_ name: String, language: String?, path: String?, directory: String) throws(ServiceError) -> StartReport {
        let support: any LanguageSupport
        if let language {
            guard let named = Languages.named(language) else { throw .language(.unknownLanguageName(language)) }
            support = named
        } else if let path, !(path as NSString).pathExtension.isEmpty {
            guard let byExtension = Languages.forFile(path) else { throw .language(.unknownLanguage(path: path)) }
            support = byExtension
        } else {
            support = PythonLanguage()
        }
        let problem = try startingPoint(name)
        let file = path.map { ($0 as NSString).expandingTildeInPath }
            .map { $0.hasPrefix("/") ? $0 : directory + "/" + $0 } ?? directory + "/" + problem.slug + "." + support.recipe.extensions[0]

        var header = [problem.number.map { "\($0). \(problem.title)" } ?? problem.title]
        if let url = problem.url { header.append(url) }
        header += ["", problem.statement.trimmingCharacters(in: .whitespacesAndNewlines), ""]
        for (index, example) in problem.examples.enumerated() {
            header.append("Example \(index + 1):")
            header += example.input.split(separator: "\n").map { "  input:  " + $0 }
            header.append("  output: " + (example.output ?? "(the reference failed on this example)"))
        }
        let stub: String
        let mode: SolutionMode
        if let signature = problem.signature, support.hasFunctionMode, let code = try? support.stub(for: signature) {
            stub = code
            mode = .function
        } else {
            header += ["", "A program: read the input on stdin (one JSON line per argument) and print the answer as one JSON line."]
            stub = support.programStub
            mode = .program
        }
        header += ["", "Judge it with: practice attempt \(problem.slug) \((file as NSString).lastPathComponent)"]
        let text = support.commented(header.joined(separator: "\n")) + "\n" + stub
        try Self.createNew(file, text)
        return StartReport(slug: problem.slug, title: problem.title, path: file, language: support.name, mode: mode,
                           function: mode == .function ? problem.signature?.functionName : nil,
                           design: mode == .function && problem.signature?.design != nil)
    }

    /// What a stub is made from.
    private struct StartingPoint {
        let slug: String
        let number: Int?
        let title: String
        let url: String?
        let statement: String
        let signature: Signature?
        let examples: [(input: String, output: String?)]
    }

    /// A catalog problem (its examples answered by the reference), else one of the user's own problems (its stored
    /// examples).
    private func startingPoint(_ name: String) throws(ServiceError) -> StartingPoint {
        if let problem = try? resolveCatalog(name) {
            return StartingPoint(slug: problem.slug, number: problem.number, title: problem.title, url: problem.sourceURL,
                                 statement: problem.statement, signature: problem.signature,
                                 examples: problem.examples.map { ($0.text, try? problem.solve($0).json) })
        }
        let own = try resolveOwn(name)
        let tests = try storage { () throws(StorageError) in try database.testCases(problemId: own.id ?? -1) }
        return StartingPoint(slug: own.slug, number: own.number, title: own.title, url: own.sourceURL, statement: own.statement,
                             signature: reference(slug: own.slug)?.signature,
                             examples: tests.filter { $0.origin == .example }.map { ($0.input, $0.expected) })
    }

    /// Writes a file that must not exist yet (`O_EXCL`, so a file made meanwhile is not overwritten either).
    private static func createNew(_ path: String, _ text: String) throws(ServiceError) {
        let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let reason = errno == EEXIST ? "it exists (practice start never overwrites a file)"
                : String(cString: strerror(errno))
            throw .cannotWrite(path: path, reason: reason)
        }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count else {
            let reason = String(cString: strerror(errno))
            unlink(path)
            throw .cannotWrite(path: path, reason: reason)
        }
    }
}
