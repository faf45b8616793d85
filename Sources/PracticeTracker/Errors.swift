import Foundation
import PracticeRunner
import PracticeStorage

/// Everything the service layer can refuse, each with a message a user can act on.
public enum ServiceError: LocalizedError, Sendable {
    /// No problem of the user's set (or of the catalog) has this name.
    case unknownProblem(String, suggestions: [String], inCatalog: Bool)
    /// The name is a prefix of several problems.
    case ambiguousProblem(String, matches: [String])
    /// The solution file does not exist or cannot be read.
    case unreadableSolution(String, reason: String)
    /// The solution file is empty.
    case emptySolution(String)
    /// The solution file is not UTF-8 text.
    case binarySolution(String)
    /// The solution's language is unknown, its toolchain is missing, or function mode cannot drive it (`LanguageError`).
    case language(LanguageError)
    /// Function mode for a user problem: it has no signature to call, its solutions are programs.
    case functionModeWithoutSignature(String)
    /// A limit or count given on the command line is out of range.
    case invalidOption(String)
    /// Starting a process failed for a reason other than a missing executable.
    case runner(RunnerError)
    /// The database refused or failed.
    case storage(StorageError)
    /// The judge itself failed (a file it needed could not be written, ...).
    case internalFailure(String)
    /// The judge could not prepare a solution's work directory or files (`JudgeError`).
    case judge(JudgeError)
    /// Judging was interrupted (Ctrl-C): children were killed, nothing was recorded.
    case interrupted
    /// A user problem or problem package has defects, each located by its file; nothing was stored.
    case invalidProblem(String, defects: [ProblemDefect])
    /// A stored user problem's programs no longer build here (a compiler is missing or changed).
    case referenceUnavailable(String, reason: String)
    /// A file given to `import` is missing, unreadable or malformed: its path, the line where known, and
    /// what is wrong. Nothing was imported.
    case badImportFile(path: String, line: Int?, message: String)
    /// A file or folder given to `export` cannot be written: its path and why.
    case cannotWrite(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case let .unknownProblem(name, suggestions, inCatalog):
            let scope = inCatalog ? "in the catalog" : "in your problems"
            let hint = suggestions.isEmpty
                ? (inCatalog ? "run 'practice catalog' to see the problems" : "run 'practice list', or 'practice add' it first")
                : "did you mean \(suggestions.joined(separator: ", "))?"
            return "no problem named '\(name)' \(scope): \(hint)"
        case let .ambiguousProblem(name, matches):
            return "'\(name)' matches several problems (\(matches.joined(separator: ", "))): type more of the name"
        case let .unreadableSolution(path, reason):
            return "cannot read solution file '\(path)': \(reason)"
        case let .emptySolution(path):
            return "solution file '\(path)' is empty: write a solution first"
        case let .binarySolution(path):
            return "solution file '\(path)' is not UTF-8 text: pass the source file, not a binary (or use --cmd)"
        case let .language(error):
            return error.localizedDescription
        case let .functionModeWithoutSignature(problem):
            return "'\(problem)' is your own problem, with no function signature to call: its solutions are programs (drop --mode function)"
        case let .invalidOption(message):
            return message
        case let .runner(error):
            return error.localizedDescription
        case let .storage(error):
            return error.localizedDescription
        case let .internalFailure(message):
            return "internal error: \(message)"
        case let .judge(error):
            return error.localizedDescription
        case .interrupted:
            return "interrupted: the attempt was stopped and not recorded"
        case let .invalidProblem(origin, defects):
            let lines = defects.map { "  \($0.path): \($0.message)" }.joined(separator: "\n")
            return "\(origin) has \(defects.count) defect\(defects.count == 1 ? "" : "s"), nothing was added:\n" + lines
        case let .referenceUnavailable(slug, reason):
            return "the programs of problem '\(slug)' do not build here (\(reason)): check the compilers, then try again"
        case let .badImportFile(path, line, message):
            return "\(path)\(line.map { ":\($0)" } ?? ""): \(message); nothing was imported"
        case let .cannotWrite(path, reason):
            return "cannot write '\(path)': \(reason); choose a writable path"
        }
    }

    /// The process exit status this error maps to (README: 64 usage, 65 bad input data, 70 internal).
    public var exitStatus: Int32 {
        switch self {
        case .unknownProblem, .ambiguousProblem, .invalidOption, .functionModeWithoutSignature, .cannotWrite:
            64
        case .language(let error):
            error.isUsageError ? 64 : 65
        case .unreadableSolution, .emptySolution, .binarySolution, .invalidProblem, .badImportFile:
            65
        case .storage(let error):
            switch error {
            case .newerSchema, .notADatabase, .foreignDatabase, .cannotOpen: 65
            default: 70
            }
        case .runner, .internalFailure, .judge, .referenceUnavailable:
            70
        case .interrupted:
            130
        }
    }
}

/// Runs `body`, turning storage failures into `ServiceError.storage`.
func storage<T>(_ body: () throws(StorageError) -> T) throws(ServiceError) -> T {
    do { return try body() } catch { throw .storage(error) }
}
