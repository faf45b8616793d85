import Foundation

/// What a language can refuse: unknown languages, missing toolchains, function mode it cannot drive.
public enum LanguageError: LocalizedError, Sendable, Equatable {
    /// No language for the file's extension, and no `--lang` or `--cmd`.
    case unknownLanguage(path: String)
    /// `--lang` names no language.
    case unknownLanguageName(String)
    /// The compiler or interpreter of the solution's language is not installed.
    case toolMissing(tool: String, language: String, package: String? = nil)
    /// Function mode was asked for a language without a function-mode driver (or with `--cmd`).
    case noFunctionDriver(language: String)
    /// Function mode, but the source defines neither `class Solution` with the signature's method nor a top-level function of its name
    /// (C and Go: not the function).
    case functionNotFound(path: String, signature: String, language: String)
    /// The function-mode driver of this language cannot pass a type of the problem's signature.
    case unsupportedFunctionType(type: String, language: String)
    /// The compiler is missing or older than the language needs (`found`: the newest version there, nil: none).
    case toolTooOld(tool: String, language: String, found: String?, minimum: String, reason: String, install: String)

    public var errorDescription: String? {
        switch self {
        case let .unknownLanguage(path):
            return "no language for '\(path)' (known extensions: \(Languages.knownExtensions)): pass --lang NAME or --cmd 'COMMAND'"
        case let .unknownLanguageName(name):
            return "unknown language '\(name)': use one of \(Languages.all.map(\.name).joined(separator: ", ")) or --cmd 'COMMAND'"
        case let .toolMissing(tool, language, package):
            let install = package.map { "install the package \($0) (apt install \($0))" } ?? "install it"
            return "'\(tool)' is not installed or not in PATH, so \(language) solutions cannot be judged: \(install) or pass --cmd 'COMMAND'"
        case let .noFunctionDriver(language):
            return "function mode has no driver for \(language) (it has one for \(ModeDetection.languages.joined(separator: ", "))): "
                + "write a program that reads the input on stdin and pass --mode program"
        case let .functionNotFound(path, signature, language):
            let shape = language == "cpp" || language == "java" ? "class Solution with a method"
                : language == "c" || language == "go" ? "function" : "class Solution with a method, or a function,"
            return "'\(path)' has no \(shape) \(signature): write it, or pass --mode program for a program that reads stdin"
        case let .unsupportedFunctionType(type, language):
            return "function mode in \(language) cannot pass the type \(type): write a program that reads stdin (--mode program) or use python or javascript"
        case let .toolTooOld(tool, language, found, minimum, reason, install):
            let there = found.map { "the newest '\(tool)' here is \($0)" } ?? "'\(tool)' is not installed or not in PATH"
            return "\(language) solutions need \(tool) \(minimum) or newer (\(reason)) and \(there): install one with `\(install)` or pass --cmd 'COMMAND'"
        }
    }

    /// Whether the user asked for something that cannot be (a usage error, exit 64) rather than the machine
    /// lacking a tool (bad input data, exit 65).
    public var isUsageError: Bool {
        switch self {
        case .toolMissing, .toolTooOld: false
        default: true
        }
    }
}
