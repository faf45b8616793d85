/// The result of one test, and of an attempt (its worst test).
public enum Verdict: String, Sendable, Codable, CaseIterable, Comparable {
    case AC, WA, TLE, MLE, OLE, RE, CE, IE

    /// Severity: an attempt's verdict is the most severe of its outcomes
    /// (IE > CE > TLE > MLE > OLE > RE > WA > AC, DESIGN.md).
    public var severity: Int {
        switch self {
        case .AC: 0
        case .WA: 1
        case .RE: 2
        case .OLE: 3
        case .MLE: 4
        case .TLE: 5
        case .CE: 6
        case .IE: 7
        }
    }

    public static func < (lhs: Verdict, rhs: Verdict) -> Bool { lhs.severity < rhs.severity }

    /// The most severe verdict among `verdicts`; AC when there are none.
    public static func worst<S: Sequence>(of verdicts: S) -> Verdict where S.Element == Verdict {
        verdicts.max() ?? .AC
    }

    /// The long name a person reads.
    public var title: String {
        switch self {
        case .AC: "Accepted"
        case .WA: "Wrong Answer"
        case .TLE: "Time Limit Exceeded"
        case .MLE: "Memory Limit Exceeded"
        case .OLE: "Output Limit Exceeded"
        case .RE: "Runtime Error"
        case .CE: "Compile Error"
        case .IE: "Internal Error"
        }
    }
}

/// Where a test comes from.
public enum TestOrigin: String, Sendable, Codable, CaseIterable {
    case example, user, counterexample, random

    /// How a test of this origin is named before its number: "example 2", "user test 1".
    public var label: String {
        switch self {
        case .example: "example"
        case .user: "user test"
        case .counterexample: "counterexample"
        case .random: "random"
        }
    }
}

/// How a solution is run: as a program reading each test on stdin, or as a LeetCode-style function
/// (`class Solution` with the signature's method, or a top-level function of that name) called by a
/// driver that answers many tests in one process.
public enum SolutionMode: String, Sendable, Codable, CaseIterable {
    case program, function
}
