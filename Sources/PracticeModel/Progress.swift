/// Why an attempt was recorded.
public enum AttemptKind: String, Sendable, Codable, CaseIterable {
    /// A solution the learner submitted: the only kind that counts in statistics and review.
    case submit
    /// A saved attempt judged again (`practice rejudge`), recorded beside the original.
    case rejudge
}

/// Where a problem of the learner's set comes from.
public enum ProblemOrigin: String, Sendable, Codable, CaseIterable {
    /// A built-in catalog problem, judged against its reference solver.
    case catalog
    /// A problem the learner added: a statement with their own reference program, or a package.
    case user
}

/// Where the learner stands on a problem. Judge errors (IE) never count as attempts.
public enum ProblemStatus: String, Sendable, Codable, CaseIterable {
    /// No judged attempt yet.
    case todo
    /// Judged attempts, none accepted.
    case attempted
    /// At least one accepted attempt.
    case solved
}
