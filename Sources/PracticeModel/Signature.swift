/// How hard a problem is, ordered easy < medium < hard.
public enum Difficulty: String, Sendable, CaseIterable, Codable, Comparable {
    case easy, medium, hard

    public static func < (lhs: Difficulty, rhs: Difficulty) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .easy: 0
        case .medium: 1
        case .hard: 2
        }
    }
}

/// One argument of a problem's function.
public struct Parameter: Sendable, Hashable {
    /// The argument's name, e.g. "nums".
    public let name: String
    /// Its type in Swift notation, e.g. "[Int]", "[[Double]]".
    public let type: String

    public init(name: String, type: String) {
        self.name = name
        self.type = type
    }
}

/// The function a solution implements, LeetCode style.
public struct Signature: Sendable, Hashable {
    /// The method name, e.g. "findUnsortedSubarray".
    public let functionName: String
    /// The arguments, in the order the test input lists them.
    public let parameters: [Parameter]
    /// The return type in Swift notation, e.g. "Int".
    public let returnType: String

    public init(functionName: String, parameters: [Parameter], returnType: String) {
        self.functionName = functionName
        self.parameters = parameters
        self.returnType = returnType
    }
}

/// Resource limits for one test of a problem.
public struct Limits: Sendable, Hashable {
    /// CPU seconds per test.
    public let timeLimit: Double
    /// Peak resident memory per test, in MiB.
    public let memoryLimitMB: Int

    public init(timeLimit: Double, memoryLimitMB: Int) {
        self.timeLimit = timeLimit
        self.memoryLimitMB = memoryLimitMB
    }
}
