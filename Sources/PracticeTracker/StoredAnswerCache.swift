import Foundation
import PracticeJudge
import PracticeModel
import PracticeStorage

/// The judge's `AnswerCache` over the database (`expectedCache`): the reference's answers to a problem's random
/// tests, read and written one test at a time by the workers that run them, so no plan holds every answer.
/// New answers wait in a buffer of at most `flushBytes` before they are written in one
/// transaction; `flush()` writes the rest (a cache: a failed write only costs a later recomputation).
final class StoredAnswerCache: AnswerCache, @unchecked Sendable {
    private let database: AppDatabase
    private let problemId: Int64
    private let referenceVersion: String
    private let lock = NSLock()
    private var pending: [RandomTestKey: String] = [:]
    private var pendingBytes = 0
    static let flushBytes = 4 << 20

    init(database: AppDatabase, problemId: Int64, referenceVersion: String) {
        self.database = database
        self.problemId = problemId
        self.referenceVersion = referenceVersion
    }

    /// The plan's keys in order, read `blockSize` at a time: workers take neighbouring tests, so one read
    /// transaction serves a block of them, and at most one block of answers is held.
    private var keys: [RandomTestKey] = []
    private var positions: [RandomTestKey: Int] = [:]
    private var block: Range<Int> = 0..<0
    private var loaded: [RandomTestKey: String] = [:]
    static let blockSize = 64

    /// Declares the keys the plan will ask for, in plan order.
    func plan(_ keys: [RandomTestKey]) {
        lock.withLock {
            self.keys = keys
            positions = Dictionary(keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    func answer(for key: RandomTestKey) -> String? {
        lock.withLock {
            if let waiting = pending[key] { return waiting }
            guard let position = positions[key] else {
                return try? database.cachedExpected(problemId: problemId, referenceVersion: referenceVersion, keys: [key])[key]
            }
            if !block.contains(position) {
                let start = position / Self.blockSize * Self.blockSize
                block = start..<min(start + Self.blockSize, keys.count)
                loaded = (try? database.cachedExpected(problemId: problemId, referenceVersion: referenceVersion,
                                                       keys: Array(keys[block]))) ?? [:]
            }
            return loaded[key]
        }
    }

    func store(_ answer: String, for key: RandomTestKey) {
        let full: [RandomTestKey: String]? = lock.withLock {
            pending[key] = answer
            pendingBytes += answer.utf8.count
            guard pendingBytes >= Self.flushBytes else { return nil }
            defer { pending = [:]; pendingBytes = 0 }
            return pending
        }
        if let full { write(full) }
    }

    func flush() {
        let rest: [RandomTestKey: String] = lock.withLock {
            defer { pending = [:]; pendingBytes = 0 }
            return pending
        }
        if !rest.isEmpty { write(rest) }
    }

    private func write(_ entries: [RandomTestKey: String]) {
        try? database.cacheExpected(problemId: problemId, referenceVersion: referenceVersion, entries)
    }

    deinit { flush() }
}
