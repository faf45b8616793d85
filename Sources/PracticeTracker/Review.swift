import Foundation
import PracticeModel
import PracticeStorage

/// A problem to practise again, and why.
public struct ReviewItem: Sendable, Encodable, Hashable {
    /// Why the problem is in the queue.
    public enum Reason: String, Sendable, Encodable {
        /// Attempted, never accepted.
        case unsolved
        /// Accepted once, but failed since the last accepted attempt.
        case regressed
        /// Solved, and its estimated recall has fallen to the target or below.
        case due
        /// Solved and not due yet.
        case scheduled
    }

    /// How well the judge's record says the problem went, as in FSRS's four ratings.
    public enum Grade: String, Sendable, Encodable {
        /// Unsolved, or failing since the last accepted attempt.
        case again
        /// Accepted after three or more failures, or after a time, memory or output limit.
        case hard
        /// Accepted after one or two wrong answers, runtime or compile errors.
        case good
        /// Accepted on the first judged attempt.
        case easy
    }

    /// The problem's slug.
    public let slug: String
    /// The problem's title.
    public let title: String
    /// `easy`, `medium` or `hard`.
    public let difficulty: Difficulty
    /// Why it is in the queue.
    public let reason: Reason
    /// The grade derived from the judge's record.
    public let grade: Grade
    /// Judged attempts.
    public let attempts: Int
    /// Failed attempts before the first AC (all of them while unsolved), or since the last AC when regressed.
    public let failures: Int
    /// The newest judged attempt.
    public let lastAttemptAt: Date
    /// The newest accepted attempt.
    public let lastSolvedAt: Date?
    /// Days for recall to fall to 90% (FSRS's stability), for solved problems.
    public let stabilityDays: Double?
    /// Estimated probability of solving it now, for solved problems.
    public let recall: Double?
    /// When recall falls to 90%, for solved problems.
    public let dueAt: Date?
}

/// The review queue: the problems to practise now, most needed first.
public struct ReviewQueue: Sendable, Encodable {
    /// Problems to practise now: unsolved ones (newest failure first), then regressed ones (newest
    /// failure first), then due ones (lowest recall first).
    public let items: [ReviewItem]
    /// Problems due now beyond the limit.
    public let more: Int
    /// Solved problems not due yet.
    public let scheduled: Int
    /// When the next of those becomes due.
    public let nextDueAt: Date?
}

/// A review scheduler on FSRS's forgetting curve, graded by the judge instead of the user.
///
/// Recall after `t` days is `(1 + t / (9 S))^-1` (FSRS), so it is 90% when `t = S`, the stability.
/// The first stability comes from the grade of the first solve (hard 1 day, good 3, easy 7); every
/// further day with an accepted attempt (a review that succeeded) multiplies it by 2.5. A problem
/// is due when its recall is at most 90%. Failing it again makes it `regressed` until accepted.
public enum ReviewScheduler {
    /// Recall at or below which a solved problem is due.
    public static let targetRecall = 0.9
    /// Days of stability after the first solve, by grade.
    static let initialStability: [ReviewItem.Grade: Double] = [.hard: 1, .good: 3, .easy: 7]
    /// The stability factor of each further day with an accepted attempt.
    static let growth = 2.5

    /// The grade the judge's record gives a problem.
    public static func grade(_ evidence: ReviewEvidence) -> ReviewItem.Grade {
        if evidence.firstSolvedAt == nil || evidence.failuresSinceSolve > 0 { return .again }
        if evidence.failuresBeforeSolve == 0 { return .easy }
        if evidence.failuresBeforeSolve >= 3 || evidence.limitFailuresBeforeSolve > 0 { return .hard }
        return .good
    }

    /// Estimated recall `days` after the last solve at stability `stability` (days).
    public static func recall(afterDays days: Double, stability: Double) -> Double {
        1 / (1 + max(days, 0) / (9 * stability))
    }

    /// The problem's place in the schedule at `now`.
    public static func item(_ evidence: ReviewEvidence, now: Date) -> ReviewItem {
        let grade = grade(evidence)
        let reason: ReviewItem.Reason
        var stability: Double?, recall: Double?, dueAt: Date?
        if evidence.firstSolvedAt == nil {
            reason = .unsolved
        } else if evidence.failuresSinceSolve > 0 {
            reason = .regressed
        } else {
            let days = initialStability[grade, default: 1] * pow(growth, Double(max(evidence.solveDays - 1, 0)))
            let solvedAt = evidence.lastSolvedAt ?? evidence.lastAttemptAt
            let current = Self.recall(afterDays: now.timeIntervalSince(solvedAt) / 86_400, stability: days)
            stability = days
            recall = current
            dueAt = solvedAt.addingTimeInterval(days * 86_400)
            reason = current <= targetRecall ? .due : .scheduled
        }
        return ReviewItem(
            slug: evidence.slug, title: evidence.title, difficulty: evidence.difficulty, reason: reason, grade: grade,
            attempts: evidence.attempts,
            failures: reason == .regressed ? evidence.failuresSinceSolve : evidence.failuresBeforeSolve,
            lastAttemptAt: evidence.lastAttemptAt, lastSolvedAt: evidence.lastSolvedAt,
            stabilityDays: stability, recall: recall, dueAt: dueAt)
    }

    /// Every attempted problem in review order: unsolved (newest failure first), regressed (newest
    /// failure first), due (lowest recall first), then scheduled (soonest due first).
    public static func order(_ evidence: [ReviewEvidence], now: Date) -> [ReviewItem] {
        let failureTimes = Dictionary(uniqueKeysWithValues: evidence.map { ($0.slug, $0.lastFailedAt ?? $0.lastAttemptAt) })
        func key(_ item: ReviewItem) -> (rank: Int, value: Double) {
            switch item.reason {
            case .unsolved: (0, -(failureTimes[item.slug]?.timeIntervalSince1970 ?? 0))
            case .regressed: (1, -(failureTimes[item.slug]?.timeIntervalSince1970 ?? 0))
            case .due: (2, item.recall ?? 0)
            case .scheduled: (3, item.dueAt?.timeIntervalSince1970 ?? 0)
            }
        }
        return evidence.map { item($0, now: now) }.sorted { a, b in
            let (ka, kb) = (key(a), key(b))
            return ka != kb ? ka < kb : a.slug < b.slug
        }
    }
}

extension Practice {
    /// The problems to practise now, at most `limit` of them. Reviewing a problem is attempting it again.
    public func review(limit: Int? = nil, now: Date = Date()) throws(ServiceError) -> ReviewQueue {
        if let limit, limit < 1 { throw .invalidOption("--limit must be at least 1, got \(limit)") }
        let evidence = try storage { () throws(StorageError) in try database.reviewEvidence() }
        let ordered = ReviewScheduler.order(evidence, now: now)
        let queued = ordered.filter { $0.reason != .scheduled }
        let scheduled = ordered.filter { $0.reason == .scheduled }
        let shown = limit.map { Array(queued.prefix($0)) } ?? queued
        return ReviewQueue(items: shown, more: queued.count - shown.count, scheduled: scheduled.count,
                           nextDueAt: scheduled.first?.dueAt)
    }
}
