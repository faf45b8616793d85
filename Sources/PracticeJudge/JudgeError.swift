import Foundation
import PracticeLanguages
import PracticeRunner

/// What building or judging a solution can refuse, each with a message a user can act on.
/// The service passes `language`, `runner` and `interrupted` on as its own cases of the same names.
public enum JudgeError: LocalizedError, Sendable {
    /// The solution's toolchain is missing, or its language cannot be driven (`LanguageError`).
    case language(LanguageError)
    /// Starting a compiler or a check failed for a reason other than a missing executable.
    case runner(RunnerError)
    /// The solution (or its driver) could not be written into its work directory.
    case cannotWriteSolution(directory: String, reason: String)
    /// The private work directory could not be created in the temporary folder.
    case cannotCreateWorkspace(base: String, reason: String)
    /// Judging was interrupted (Ctrl-C): children were killed.
    case interrupted

    public var errorDescription: String? {
        switch self {
        case let .language(error):
            error.localizedDescription
        case let .runner(error):
            error.localizedDescription
        case let .cannotWriteSolution(directory, reason):
            "internal error: cannot write the solution into \(directory): \(reason)"
        case let .cannotCreateWorkspace(base, reason):
            "internal error: cannot create a work directory in \(base): \(reason)"
        case .interrupted:
            "interrupted: the attempt was stopped and not recorded"
        }
    }
}
