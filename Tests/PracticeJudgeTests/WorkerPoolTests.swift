import Foundation
@testable import PracticeJudge
import PracticeRunner
import Testing

/// The judge's one worker pool: how many workers, who runs what, where it stops.
@Suite struct WorkerPoolTests {
    /// Indices and workers seen, thread-safe.
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [(worker: Int, index: Int)] = []
        private var inside = 0
        private(set) var mostInside = 0
        func add(_ worker: Int, _ index: Int) { lock.withLock { entries.append((worker, index)) } }
        func enter() { lock.withLock { inside += 1; mostInside = max(mostInside, inside) } }
        func leave() { lock.withLock { inside -= 1 } }
        var indices: [Int] { lock.withLock { entries.map(\.index) } }
        var workers: Set<Int> { lock.withLock { Set(entries.map(\.worker)) } }
        var count: Int { lock.withLock { inside } }
    }

    @Test func workersAreJobsButNeverMoreThanTasksAndAtLeastOne() {
        #expect(WorkerPool(jobs: 4, count: 100).workers == 4)
        #expect(WorkerPool(jobs: 8, count: 3).workers == 3)
        #expect(WorkerPool(jobs: 4, count: 0).workers == 1)
        #expect(WorkerPool(jobs: 0, count: 5).workers == 1)
    }

    @Test func claimsGoInPlanOrderAndEveryWorkerRunsAtOnce() {
        let pool = WorkerPool(jobs: 4, count: 40)
        let log = Log()
        pool.run { worker in
            while let (index, _) = pool.claim(worker: worker) {
                log.enter()
                log.add(worker, index)
                // Wait (up to 2 s) until every worker is inside: they run at the same time.
                let deadline = Date().addingTimeInterval(2)
                while log.mostInside < 4 && Date() < deadline { Thread.sleep(forTimeInterval: 0.001) }
                log.leave()
            }
        }
        #expect(Set(log.indices) == Set(0..<40) && log.indices.count == 40)
        #expect(log.workers == [0, 1, 2, 3])
        #expect(log.mostInside == 4)
        #expect(pool.isFinished)
        #expect(pool.counted == 0..<40)
    }

    @Test func sharesAreInterleavedAndCoverEveryTask() {
        let pool = WorkerPool(jobs: 3, count: 10)
        #expect(pool.share(of: 0) == [0, 3, 6, 9])
        #expect(pool.share(of: 1) == [1, 4, 7])
        #expect(pool.share(of: 2) == [2, 5, 8])
    }

    @Test func mapKeepsTheIndexOrder() {
        #expect(WorkerPool.map(0, jobs: 4) { $0 }.isEmpty)
        #expect(WorkerPool.map(1000, jobs: 4) { $0 * 2 } == (0..<1000).map { $0 * 2 })
        let log = Log()
        _ = WorkerPool.map(8, jobs: 4) { index in
            log.enter()
            let deadline = Date().addingTimeInterval(2)
            while log.mostInside < 4 && Date() < deadline { Thread.sleep(forTimeInterval: 0.001) }
            log.leave()
            return index
        }
        #expect(log.mostInside == 4)
    }

    @Test func aFailureStopsLaterTasksAndCancelsTheirRunsButEarlierOnesFinish() {
        let pool = WorkerPool(jobs: 2, count: 10, stopAtFirstFailure: true)
        // Worker 0 is on task 0, worker 1 on task 1 (a slow run). Task 0 fails.
        let (first, firstFlag) = pool.claim(worker: 0)!
        let (second, secondFlag) = pool.claim(worker: 1)!
        #expect(first == 0 && second == 1)
        pool.fail(at: first)
        #expect(secondFlag.isCancelled)
        #expect(!firstFlag.isCancelled)
        #expect(pool.claim(worker: 0) == nil)
        #expect(!pool.allows(1) && pool.allows(0))
        #expect(pool.counted == 0..<1)

        // A failure at 5 with 3 still running: 3 goes on, 6 is cancelled; a later failure at 4 moves the limit back.
        let later = WorkerPool(jobs: 2, count: 10, stopAtFirstFailure: true)
        for _ in 0..<3 { _ = later.claim(worker: 0) }
        let (three, threeFlag) = later.claim(worker: 0)!
        _ = later.claim(worker: 1); _ = later.claim(worker: 1)
        let (six, sixFlag) = later.claim(worker: 1)!
        #expect(three == 3 && six == 6)
        later.fail(at: 5)
        #expect(sixFlag.isCancelled && !threeFlag.isCancelled)
        #expect(later.counted == 0..<6)
        later.fail(at: 8)  // after the limit: changes nothing
        #expect(later.counted == 0..<6)
        later.fail(at: 4)
        #expect(later.counted == 0..<5)
        // A run tracked on a test the pool no longer allows is cancelled at once.
        let flag = CancellationFlag()
        later.track(worker: 1, index: 7, cancellation: flag)
        #expect(flag.isCancelled)
    }

    @Test func withoutStoppingAFailureChangesNothing() {
        let pool = WorkerPool(jobs: 2, count: 4)
        let (_, flag) = pool.claim(worker: 1)!
        _ = pool.claim(worker: 0)
        pool.fail(at: 0)
        #expect(!flag.isCancelled)
        #expect(pool.counted == 0..<4)
        #expect(pool.claim(worker: 0)?.index == 2)
    }

    @Test func anInterruptionStopsEveryWorker() {
        let pool = WorkerPool(jobs: 2, count: 1000)
        let interruption = CancellationFlag()
        let log = Log()
        let started = Date()
        pool.run(interruption: interruption) { worker in
            while let (index, cancellation) = pool.claim(worker: worker) {
                log.add(worker, index)
                if index == 10 { interruption.cancel() }
                // A "run" that lasts until it is cancelled (or 5 s).
                let deadline = Date().addingTimeInterval(index >= 10 ? 5 : 0)
                while !cancellation.isCancelled && Date() < deadline { Thread.sleep(forTimeInterval: 0.001) }
            }
        }
        #expect(Date().timeIntervalSince(started) < 4)
        #expect(log.indices.count < 1000)
        #expect(!pool.allows(0))
    }
}
