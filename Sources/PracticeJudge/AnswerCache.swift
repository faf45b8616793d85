import Foundation
import PracticeModel

/// Where the reference's answers to random tests are kept between judgements, keyed by (seed, size) for one problem
/// and one reference version (the caller picks the cache for those). The judge asks it from the workers that run the
/// tests, one test at a time, so an implementation must be thread-safe; being a cache, it may forget anything and
/// never fails: a missing answer only costs a recomputation.
///
/// The judge knows no storage: the tracker's implementation keeps the answers in the database, `InMemoryAnswerCache`
/// in memory (tests, and judging without a database).
package protocol AnswerCache: AnyObject, Sendable {
    /// Declares the keys a plan will ask for, in plan order (an implementation may read ahead in that order).
    func plan(_ keys: [RandomTestKey])
    /// The stored answer for `key`, or nil.
    func answer(for key: RandomTestKey) -> String?
    /// Keeps a new answer (an implementation may hold it until `flush`).
    func store(_ answer: String, for key: RandomTestKey)
    /// Writes what `store` still holds.
    func flush()
}

/// Answers kept in memory, for the lifetime of the cache.
package final class InMemoryAnswerCache: AnswerCache, @unchecked Sendable {
    private let lock = NSLock()
    private var answers: [RandomTestKey: String]

    package init(_ answers: [RandomTestKey: String] = [:]) { self.answers = answers }

    package func plan(_ keys: [RandomTestKey]) {}

    package func answer(for key: RandomTestKey) -> String? { lock.withLock { answers[key] } }

    package func store(_ answer: String, for key: RandomTestKey) { lock.withLock { answers[key] = answer } }

    package func flush() {}

    /// Every answer kept, by key.
    package var contents: [RandomTestKey: String] { lock.withLock { answers } }
}
