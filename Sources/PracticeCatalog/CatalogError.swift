import Foundation

/// Errors of the catalog layer: a test input that does not fit a problem.
public enum CatalogError: LocalizedError, Equatable {
    /// An argument has the wrong type or shape, or breaks a constraint; the reason names it.
    case invalidInput(String)
    /// The input holds a different number of values than the function has arguments.
    case wrongArgumentCount(expected: Int, actual: Int)
    /// A line of the input text is not one valid JSON value.
    case malformedLine(line: Int, JSONParseError)
    /// The flags given to the default output validator of a problem package are not ones it knows.
    case invalidValidatorFlags(String)

    public var errorDescription: String? {
        switch self {
        case .invalidInput(let reason):
            "Invalid input: \(reason); fix the test input to match the problem's signature and constraints."
        case .wrongArgumentCount(let expected, let actual):
            "Expected \(expected) argument\(expected == 1 ? "" : "s") but the input has \(actual); "
                + "write one JSON value per line, one line per argument, in signature order."
        case .malformedLine(let line, let error):
            "Input line \(line) is not valid JSON (\(error)); write each argument as one JSON value on its own line."
        case .invalidValidatorFlags(let reason):
            "Invalid validator_flags: \(reason)."
        }
    }
}
