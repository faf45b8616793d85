import Foundation

/// The flags of the default output validator of Kattis / ICPC problem packages (`validator_flags` in
/// `problem.yaml`), and its comparison, as the problem package specification and problemtools'
/// `default_validator` define them:
///
/// - Output and answer are sequences of tokens separated by whitespace (space, tab, line breaks, form feed).
///   Any run of whitespace equals any other, unless `space_change_sensitive`: then the whitespace itself
///   must be the same, byte for byte, before, between and after the tokens.
/// - Tokens compare as text, ignoring ASCII case unless `case_sensitive` (problemtools uses `strcasecmp`).
/// - With `float_absolute_tolerance E`, `float_relative_tolerance E` or `float_tolerance E` (both at once;
///   a later flag overrides an earlier one), an answer token that is a finite number requires a finite
///   number in the output, within the absolute OR the relative tolerance of it (each only when given).
///   `nan`, `inf`, `infinity` (and numbers too large for a double, like `1e400`) are not numbers there:
///   they compare as text, so `NaN` equals `nan` unless `case_sensitive`, and `inf` never equals `1e400`.
public struct DefaultValidatorFlags: Sendable, Hashable {
    public var caseSensitive: Bool
    public var spaceChangeSensitive: Bool
    /// nil: no absolute tolerance.
    public var absoluteTolerance: Double?
    /// nil: no relative tolerance.
    public var relativeTolerance: Double?

    public init(caseSensitive: Bool = false, spaceChangeSensitive: Bool = false,
                absoluteTolerance: Double? = nil, relativeTolerance: Double? = nil) {
        self.caseSensitive = caseSensitive
        self.spaceChangeSensitive = spaceChangeSensitive
        self.absoluteTolerance = absoluteTolerance
        self.relativeTolerance = relativeTolerance
    }

    /// Reads `validator_flags` split at whitespace, e.g. `["case_sensitive", "float_tolerance", "1e-6"]`.
    /// Throws on a flag the default validator does not know or a tolerance that is not a non-negative
    /// number, as problemtools' validator refuses to run then.
    public init(_ arguments: [String]) throws(CatalogError) {
        self.init()
        var index = 0
        while index < arguments.count {
            let flag = arguments[index]
            index += 1
            switch flag {
            case "case_sensitive":
                caseSensitive = true
            case "space_change_sensitive":
                spaceChangeSensitive = true
            case "float_tolerance", "float_absolute_tolerance", "float_relative_tolerance":
                guard index < arguments.count, let value = Double(arguments[index]), value.isFinite, value >= 0 else {
                    throw .invalidValidatorFlags("'\(flag)' must be followed by a non-negative number, e.g. '\(flag) 1e-6'")
                }
                index += 1
                if flag != "float_relative_tolerance" { absoluteTolerance = value }
                if flag != "float_absolute_tolerance" { relativeTolerance = value }
            default:
                throw .invalidValidatorFlags("the default validator has no flag '\(flag)' (it knows case_sensitive, "
                    + "space_change_sensitive, float_tolerance E, float_absolute_tolerance E, float_relative_tolerance E)")
            }
        }
    }

    /// The flags in a canonical order, read back by ``init(_:)`` to the same value; empty for the defaults.
    public var arguments: [String] {
        var arguments: [String] = []
        if caseSensitive { arguments.append("case_sensitive") }
        if spaceChangeSensitive { arguments.append("space_change_sensitive") }
        if let absolute = absoluteTolerance, absolute == relativeTolerance {
            arguments += ["float_tolerance", "\(absolute)"]
        } else {
            if let absolute = absoluteTolerance { arguments += ["float_absolute_tolerance", "\(absolute)"] }
            if let relative = relativeTolerance { arguments += ["float_relative_tolerance", "\(relative)"] }
        }
        return arguments
    }

    /// Compares an output to the answer file's text.
    func check(expected: String, actual: String) -> CheckResult {
        let wanted = TokenizedText(expected), got = TokenizedText(actual)
        let usesFloats = absoluteTolerance != nil || relativeTolerance != nil
        for index in wanted.tokens.indices {
            if spaceChangeSensitive, index < got.tokens.count, let reason = spaceDifference(wanted, got, before: index) {
                return .wrongAnswer(reason)
            }
            guard index < got.tokens.count else {
                return .wrongAnswer(got.tokens.isEmpty ? "empty output" : "output ended after \(got.tokens.count) tokens, expected \(wanted.tokens.count)")
            }
            let answer = wanted.tokens[index], output = got.tokens[index]
            if usesFloats, let number = Self.finiteNumber(answer) {
                guard let value = Self.finiteNumber(output) else {
                    return .wrongAnswer("token \(index + 1): expected a number like \(Self.text(answer)), got \(Self.brief(output))")
                }
                let error = abs(value - number)
                if error <= (absoluteTolerance ?? -1) || error <= (relativeTolerance ?? -1) * abs(number) { continue }
                let allowed = max(absoluteTolerance ?? 0, (relativeTolerance ?? 0) * abs(number))
                return .wrongAnswer("token \(index + 1): expected \(Self.text(answer)), got \(Self.text(output))"
                    + String(format: " (error %.2g > %.2g)", error, allowed))
            }
            if caseSensitive ? answer.elementsEqual(output) : Self.equalIgnoringASCIICase(answer, output) { continue }
            return .wrongAnswer("token \(index + 1): expected \(Self.brief(answer)), got \(Self.brief(output))")
        }
        if got.tokens.count > wanted.tokens.count {
            return .wrongAnswer("extra token \(Self.brief(got.tokens[wanted.tokens.count])) after the expected \(wanted.tokens.count)")
        }
        if spaceChangeSensitive, let reason = spaceDifference(wanted, got, before: wanted.tokens.count) {
            return .wrongAnswer(reason)
        }
        return .accepted
    }

    /// With `space_change_sensitive`: how the whitespace before token `index` (or after the last one) differs.
    private func spaceDifference(_ wanted: TokenizedText, _ got: TokenizedText, before index: Int) -> String? {
        let expectedSpace = wanted.spaces[index], actualSpace = got.spaces[index]
        if expectedSpace.elementsEqual(actualSpace) { return nil }
        let place = index == wanted.tokens.count ? "after the last token" : "before token \(index + 1)"
        return "whitespace \(place): expected \(Self.brief(expectedSpace)), got \(Self.brief(actualSpace)) (space_change_sensitive)"
    }

    private static func equalIgnoringASCIICase(_ lhs: ArraySlice<UInt8>, _ rhs: ArraySlice<UInt8>) -> Bool {
        func folded(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }
        return lhs.count == rhs.count && zip(lhs, rhs).allSatisfy { folded($0) == folded($1) }
    }

    /// The token's value when the whole token is a finite number (nan, inf and overflowing numbers are not).
    private static func finiteNumber(_ token: ArraySlice<UInt8>) -> Double? {
        guard let value = Double(text(token)), value.isFinite else { return nil }
        return value
    }

    private static func text(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    private static func brief(_ bytes: ArraySlice<UInt8>) -> String { JSONValue.string(text(bytes)).brief() }
}

/// A text as tokens (runs of bytes other than ASCII whitespace) and the whitespace around them: `spaces[i]`
/// comes before `tokens[i]`, and `spaces[tokens.count]` after the last token.
private struct TokenizedText {
    var tokens: [ArraySlice<UInt8>] = []
    var spaces: [ArraySlice<UInt8>] = []

    init(_ text: String) {
        let bytes = Array(text.utf8)
        var start = 0
        var index = 0
        while index <= bytes.count {
            // A whitespace run from `start`, then a token.
            while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
            spaces.append(bytes[start..<index])
            guard index < bytes.count else { break }
            let tokenStart = index
            while index < bytes.count, !Self.isSpace(bytes[index]) { index += 1 }
            tokens.append(bytes[tokenStart..<index])
            start = index
        }
    }

    /// C's `isspace` in the C locale: space, \t, \n, \v, \f, \r.
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
}
