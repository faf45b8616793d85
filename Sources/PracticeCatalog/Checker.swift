import Foundation

/// How an output is compared to the expected one.
public enum Checker: Sendable, Hashable {
    /// JSON-value equality; numbers compare numerically (5 == 5.0); whitespace around is ignored.
    case json
    /// Every number (elementwise, recursively in arrays) within absolute OR relative tolerance of
    /// the expected one; structure and non-numbers must match exactly. JSON cannot spell NaN or
    /// infinity, so a non-finite actual number is a wrong answer (it is not JSON).
    case float(tolerance: Double)
    /// Whitespace-separated tokens equal.
    case tokens
    /// The same text, ignoring trailing spaces on each line and trailing blank lines.
    case exact
    /// Whitespace-separated tokens equal, except that two numeric tokens may differ by the absolute
    /// OR relative tolerance (user problems printing plain-text floats; packages added before the
    /// default validator had its own case, whose stored name keeps this meaning).
    case tokensFloat(tolerance: Double)
    /// The default output validator of Kattis / ICPC problem packages, with its validator flags: see
    /// ``DefaultValidatorFlags``.
    case defaultValidator(DefaultValidatorFlags)
    /// JSON-value equality where lists may come in any order, as LeetCode's "return the answer in any order":
    /// the answer's outer list, the lists inside it, or both (``AnyOrder``).
    case anyOrder(AnyOrder)

    /// Which lists of an answer may come in any order.
    public enum AnyOrder: String, Sendable, Hashable, CaseIterable {
        /// The answer's own elements (`[[1,2],[3]]` equals `[[3],[1,2]]`): subsets, groups, a pair of indices.
        case outer
        /// The elements of each list inside it (`[[2,1],[3]]` equals `[[1,2],[3]]`), the outer order fixed.
        case inner
        /// Both (`[["b","a"],["c"]]` equals `[["c"],["a","b"]]`): groups of anagrams, combinations.
        case both
    }

    /// Stable name stored in the database: "json", "float:1e-06", "tokens", "default-validator:case_sensitive";
    /// and its inverse.
    public var name: String {
        switch self {
        case .json: "json"
        case .float(let tolerance): "float:\(tolerance)"
        case .tokens: "tokens"
        case .exact: "exact"
        case .tokensFloat(let tolerance): "tokens-float:\(tolerance)"
        case .defaultValidator(let flags):
            flags.arguments.isEmpty ? Self.defaultValidatorName : Self.defaultValidatorName + ":" + flags.arguments.joined(separator: " ")
        case .anyOrder(let order): Self.anyOrderName + ":" + order.rawValue
        }
    }

    /// The name of ``defaultValidator(_:)``, followed by ":" and its flags when it has any.
    public static let defaultValidatorName = "default-validator"
    /// The name of ``anyOrder(_:)``, followed by ":" and which lists (`json-any-order:outer`).
    public static let anyOrderName = "json-any-order"

    /// The checker called `name`, or nil when the name is unknown or the tolerance is not a
    /// finite, non-negative number.
    public init?(name: String) {
        switch name {
        case "json":
            self = .json
        case "tokens":
            self = .tokens
        case "exact":
            self = .exact
        case Self.defaultValidatorName:
            self = .defaultValidator(DefaultValidatorFlags())
        case _ where name.hasPrefix(Self.defaultValidatorName + ":"):
            let arguments = name.dropFirst(Self.defaultValidatorName.count + 1).split(separator: " ").map(String.init)
            guard !arguments.isEmpty, let flags = try? DefaultValidatorFlags(arguments) else { return nil }
            self = .defaultValidator(flags)
        case _ where name.hasPrefix(Self.anyOrderName + ":"):
            guard let order = AnyOrder(rawValue: String(name.dropFirst(Self.anyOrderName.count + 1))) else { return nil }
            self = .anyOrder(order)
        default:
            for (prefix, make) in [("float:", Checker.float), ("tokens-float:", Checker.tokensFloat)] where name.hasPrefix(prefix) {
                guard let tolerance = Double(name.dropFirst(prefix.count)), tolerance.isFinite, tolerance >= 0 else { return nil }
                self = make(tolerance)
                return
            }
            return nil
        }
    }

    /// Compares a program's output to the expected output. The expected text is trusted to be
    /// well formed (it comes from a reference solver); if it is not, the result is a wrong answer
    /// whose reason starts with "expected output".
    public func check(expected: String, actual: String) -> CheckResult {
        switch self {
        case .json:
            checkJSON(expected: expected, actual: actual, tolerance: nil)
        case .float(let tolerance):
            checkJSON(expected: expected, actual: actual, tolerance: tolerance)
        case .tokens:
            checkTokens(expected: expected, actual: actual, tolerance: nil)
        case .exact:
            checkExact(expected: expected, actual: actual)
        case .tokensFloat(let tolerance):
            checkTokens(expected: expected, actual: actual, tolerance: tolerance)
        case .defaultValidator(let flags):
            flags.check(expected: expected, actual: actual)
        case .anyOrder(let order):
            checkJSON(expected: expected, actual: actual, tolerance: nil, order: order)
        }
    }

    // MARK: JSON and float

    /// `tolerance` nil means exact numeric equality; `order`: lists compared in any order, both values sorted first.
    private func checkJSON(expected: String, actual: String, tolerance: Double?, order: AnyOrder? = nil) -> CheckResult {
        if actual.allSatisfy(\.isWhitespace) { return .wrongAnswer("empty output") }
        let expectedValue: JSONValue
        do {
            expectedValue = try JSONValue.parse(expected)
        } catch {
            return .judgeError("expected output is not JSON: \(error)")
        }
        let actualValue: JSONValue
        do {
            actualValue = try JSONValue.parse(actual)
        } catch {
            return .wrongAnswer("output is not JSON: \(error)")
        }
        let comparison = JSONComparison(tolerance: tolerance)
        if let order {
            let (wanted, got) = (Self.sorted(expectedValue, order), Self.sorted(actualValue, order))
            if let reason = comparison.mismatch(expected: wanted, actual: got, path: "") {
                return .wrongAnswer("in any order (\(order.rawValue) lists sorted): " + reason)
            }
            return .accepted
        }
        if let reason = comparison.mismatch(expected: expectedValue, actual: actualValue, path: "") {
            return .wrongAnswer(reason)
        }
        return .accepted
    }

    /// `value` with the lists that may come in any order sorted by their compact JSON (numbers written alike:
    /// `2.0` as `2`), inner lists first, so two answers that differ only in those orders become equal.
    static func sorted(_ value: JSONValue, _ order: AnyOrder) -> JSONValue {
        guard case .array(var elements) = value else { return value }
        if order != .outer {
            elements = elements.map { element in
                guard case .array(let inner) = element else { return element }
                return .array(inner.sorted { orderKey($0) < orderKey($1) })
            }
        }
        if order != .inner { elements.sort { orderKey($0) < orderKey($1) } }
        return .array(elements)
    }

    private static func orderKey(_ value: JSONValue) -> String {
        if let number = value.number, number == number.rounded(), abs(number) < 9e15 { return JSONValue.int(Int(number)).json }
        if case .array(let elements) = value { return "[" + elements.map(orderKey).joined(separator: ",") + "]" }
        return value.json
    }

    // MARK: Tokens

    private func checkTokens(expected: String, actual: String, tolerance: Double?) -> CheckResult {
        let expectedTokens = expected.split(whereSeparator: \.isWhitespace)
        let actualTokens = actual.split(whereSeparator: \.isWhitespace)
        if actualTokens.isEmpty && !expectedTokens.isEmpty { return .wrongAnswer("empty output") }
        for (index, (wanted, got)) in zip(expectedTokens, actualTokens).enumerated() where wanted != got {
            if let tolerance, let wantedNumber = Double(wanted), let gotNumber = Double(got),
               wantedNumber.isFinite, gotNumber.isFinite {
                let error = abs(gotNumber - wantedNumber)
                let allowed = tolerance * max(1, abs(wantedNumber))
                if error <= allowed { continue }
                return .wrongAnswer("token \(index + 1): expected \(wanted), got \(got)" + String(format: " (error %.2g > %.2g)", error, allowed))
            }
            return .wrongAnswer("token \(index + 1): expected \(brief(String(wanted))), got \(brief(String(got)))")
        }
        if actualTokens.count < expectedTokens.count {
            return .wrongAnswer("output ended after \(actualTokens.count) tokens, expected \(expectedTokens.count)")
        }
        if actualTokens.count > expectedTokens.count {
            let extra = String(actualTokens[expectedTokens.count])
            return .wrongAnswer("extra token \(brief(extra)) after the expected \(expectedTokens.count)")
        }
        return .accepted
    }

    private func checkExact(expected: String, actual: String) -> CheckResult {
        func lines(_ text: String) -> [Substring] {
            // "\r\n" is one Character in Swift: make it "\n" before splitting lines.
            let text = text.replacingOccurrences(of: "\r\n", with: "\n")
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
                var end = line.endIndex
                while end > line.startIndex, [" ", "\t", "\r"].contains(line[line.index(before: end)]) {
                    end = line.index(before: end)
                }
                return line[..<end]
            }
            while lines.last?.isEmpty == true { lines.removeLast() }
            return lines
        }
        let wanted = lines(expected), got = lines(actual)
        if got.isEmpty && !wanted.isEmpty { return .wrongAnswer("empty output") }
        for (index, (wantedLine, gotLine)) in zip(wanted, got).enumerated() where wantedLine != gotLine {
            return .wrongAnswer("line \(index + 1): expected \(brief(String(wantedLine))), got \(brief(String(gotLine)))")
        }
        if got.count < wanted.count { return .wrongAnswer("output ended after \(got.count) lines, expected \(wanted.count)") }
        if got.count > wanted.count { return .wrongAnswer("extra line \(brief(String(got[wanted.count]))) after the expected \(wanted.count)") }
        return .accepted
    }

    private func brief(_ token: String) -> String {
        JSONValue.string(token).brief()
    }
}

/// The verdict of one check.
public enum CheckResult: Sendable, Equatable {
    /// The output matches.
    case accepted
    /// The reason is one short line, e.g. "expected 5, got 4" or "empty output".
    case wrongAnswer(String)
    /// The judge's side is broken (the expected answer is not JSON, the input does not fit the
    /// problem): never the solution's fault.
    case judgeError(String)
}

/// Structural comparison of two JSON values, reporting the first difference.
struct JSONComparison {
    /// Absolute-or-relative tolerance for numbers; nil means numbers must be equal.
    let tolerance: Double?

    /// The first difference as a one-line reason, or nil when the values match.
    func mismatch(expected: JSONValue, actual: JSONValue, path: String) -> String? {
        switch (expected, actual) {
        case (.array(let wanted), .array(let got)):
            guard wanted.count == got.count else {
                return Self.located(path, "expected an array of \(wanted.count) elements, got \(got.count)")
            }
            for (index, (wantedElement, gotElement)) in zip(wanted, got).enumerated() {
                if let reason = mismatch(expected: wantedElement, actual: gotElement, path: path + "[\(index)]") {
                    return reason
                }
            }
            return nil
        case (.object(let wanted), .object(let got)):
            for (key, wantedValue) in wanted.sorted(by: { $0.key < $1.key }) {
                let keyPath = path + "[\(JSONValue.string(key).json)]"
                guard let gotValue = got[key] else {
                    return Self.located(path, "missing key \(JSONValue.string(key).brief())")
                }
                if let reason = mismatch(expected: wantedValue, actual: gotValue, path: keyPath) {
                    return reason
                }
            }
            if let extra = got.keys.sorted().first(where: { wanted[$0] == nil }) {
                return Self.located(path, "unexpected key \(JSONValue.string(extra).brief())")
            }
            return nil
        default:
            if let wantedNumber = expected.number, let gotNumber = actual.number {
                return numberMismatch(expected: expected, actual: actual, wantedNumber, gotNumber, path: path)
            }
            return expected == actual ? nil : Self.located(path, Self.difference(expected, actual))
        }
    }

    private func numberMismatch(
        expected: JSONValue, actual: JSONValue, _ wanted: Double, _ got: Double, path: String
    ) -> String? {
        guard let tolerance else {
            return Self.numericallyEqual(expected, actual) ? nil : Self.located(path, Self.difference(expected, actual))
        }
        let error = abs(got - wanted)
        let allowed = tolerance * max(1, abs(wanted))
        if error <= allowed { return nil }
        let detail = String(format: "(error %.2g > %.2g)", error, allowed)
        return Self.located(path, Self.difference(expected, actual) + " " + detail)
    }

    /// Exact equality across `.int` and `.double` (5 == 5.0), without rounding large integers.
    private static func numericallyEqual(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.int(let integer), .double(let double)), (.double(let double), .int(let integer)):
            guard let exact = Int(exactly: double) else { return false }
            return exact == integer
        default:
            return lhs == rhs
        }
    }

    private static func difference(_ expected: JSONValue, _ actual: JSONValue) -> String {
        "expected \(expected.brief()), got \(actual.brief())"
    }

    private static func located(_ path: String, _ reason: String) -> String {
        path.isEmpty ? reason : "element \(path): \(reason)"
    }
}
