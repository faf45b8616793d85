import Foundation

/// Everything `practice report` shows: the statistics of the whole history and the review queue.
public struct Report: Sendable, Encodable {
    /// When the report was made.
    public let generatedAt: Date
    /// Statistics of the whole history, with the newest attempts.
    public let statistics: Statistics
    /// The problems to practise now.
    public let review: ReviewQueue
}

extension Practice {
    /// The data of the HTML report, with days counted in `timeZone`.
    public func report(timeZone: TimeZone = .current, now: Date = Date(), recentLimit: Int = 15,
                       reviewLimit: Int = 15) throws(ServiceError) -> Report {
        Report(generatedAt: now,
               statistics: try stats(period: .allTime(in: timeZone), now: now, recentLimit: recentLimit),
               review: try review(limit: reviewLimit, now: now))
    }
}
