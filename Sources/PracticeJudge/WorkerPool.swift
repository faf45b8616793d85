import Foundation
import PracticeRunner

/// The judge's one worker pool: `workers` threads sharing the tasks `0..<count`.
///
/// It decides three things the judge's parallel parts have in common:
/// - **how many workers**: `jobs`, but never more than there are tasks, and at least one;
/// - **who runs what**: either in plan order, each worker claiming the next task not started
///   (`claim`, program mode: a slow test holds up one worker only), or a fixed interleaved share
///   per worker, `w, w + workers, w + 2·workers, ...` (`share(of:)`, function mode: one driver per
///   share; `map`);
/// - **where to stop**: with `stopAtFirstFailure`, a failure at task i (`fail(at:)`) lets every
///   task before i finish, starts no task after it and cancels the runs of later tasks that are
///   running (each run has its own `CancellationFlag`, `track`); `counted` is then `0..<i + 1`, the
///   tasks whose results count. So the first failure *in plan order* decides, whatever the number of
///   workers and however their runs interleave. An interruption (`stopAll`, or the flag given to
///   `run`) stops everything: nothing starts, every tracked run is cancelled.
///
/// Results stay with the caller, who keeps them by task index, so their order is the tasks' order.
package final class WorkerPool: @unchecked Sendable {
    /// The stack of a worker thread that runs processes and checks their output.
    static let workerStackSize = 1 << 20
    /// The stack of a `map` thread: it may run a catalog reference in process (a recursive solver on a
    /// 10^4-deep tree), so it gets the 8 MiB a thread of the system's default would have.
    static let mapStackSize = 8 << 20

    let workers: Int
    let count: Int
    let stopAtFirstFailure: Bool
    private let stackSize: Int

    private let lock = NSLock()
    /// The next task to claim (in plan order).
    private var next = 0
    /// Tasks at this index or beyond neither start nor count: the first failure's index + 1.
    private var limit: Int
    private var stopped = false
    /// Per worker: the task it is on (a driver: the first it has not answered) and the flag that cancels its run.
    private var running: [Int: (index: Int?, cancellation: CancellationFlag?)] = [:]
    private var isDone = false

    init(jobs: Int, count: Int, stopAtFirstFailure: Bool = false, stackSize: Int = WorkerPool.workerStackSize) {
        workers = max(1, min(jobs, count))
        self.count = count
        limit = count
        self.stopAtFirstFailure = stopAtFirstFailure
        self.stackSize = stackSize
    }

    /// Runs `body(worker)` once on each worker's own thread (`worker` in `0..<workers`) and returns when every one
    /// has returned. Setting `interruption` stops the pool (`stopAll`): tracked runs are cancelled within ~20 ms.
    func run(interruption: CancellationFlag? = nil, _ body: @escaping @Sendable (_ worker: Int) -> Void) {
        if let interruption { watch(interruption) }
        let done = DispatchGroup()
        for worker in 0..<workers {
            done.enter()
            let thread = Thread {
                defer { done.leave() }
                body(worker)
            }
            thread.stackSize = stackSize
            thread.start()
        }
        done.wait()
        lock.withLock { isDone = true }
    }

    /// Stops the pool when `interruption` is set, until the pool has finished.
    private func watch(_ interruption: CancellationFlag) {
        let thread = Thread { [self] in
            while !isFinished {
                if interruption.isCancelled {
                    stopAll()
                    return
                }
                Thread.sleep(forTimeInterval: 0.02)
            }
        }
        thread.stackSize = 1 << 18
        thread.start()
    }

    /// Whether `run` has returned.
    var isFinished: Bool { lock.withLock { isDone } }

    // MARK: Who runs what

    /// In plan order: the next task for `worker` and a fresh flag that cancels its run, or nil when none is left (all
    /// taken, a failure before the next one, or stopped).
    func claim(worker: Int) -> (index: Int, cancellation: CancellationFlag)? {
        lock.withLock {
            guard !stopped, next < limit else { return nil }
            defer { next += 1 }
            let cancellation = CancellationFlag()
            running[worker] = (next, cancellation)
            return (next, cancellation)
        }
    }

    /// A fixed share: the tasks `worker`, `worker + workers`, ... in order.
    func share(of worker: Int) -> [Int] { Array(stride(from: worker, to: count, by: workers)) }

    // MARK: Where to stop

    /// Whether task `index` may still run (no failure before it, no interruption).
    func allows(_ index: Int) -> Bool { lock.withLock { !stopped && index < limit } }

    /// The task `worker` is on now (nil: none) and the flag that stops its run. A run on a task the pool no longer
    /// allows is cancelled at once.
    func track(worker: Int, index: Int?, cancellation: CancellationFlag?) {
        lock.withLock {
            running[worker] = (index, cancellation)
            if let index, stopped || index >= limit { cancellation?.cancel() }
        }
    }

    /// Task `index` failed. With `stopAtFirstFailure` the limit moves to it: runs of later tasks are cancelled,
    /// earlier ones go on.
    func fail(at index: Int) {
        lock.withLock {
            guard stopAtFirstFailure && index + 1 < limit else { return }
            limit = index + 1
            for (_, run) in running {
                if let current = run.index, current >= limit { run.cancellation?.cancel() }
            }
        }
    }

    /// Stops everything (an interruption): no task starts, every tracked run is cancelled.
    func stopAll() {
        lock.withLock {
            stopped = true
            for (_, run) in running { run.cancellation?.cancel() }
        }
    }

    /// The tasks whose results count: every task before the limit (all of them unless a failure stopped the pool).
    var counted: Range<Int> { lock.withLock { 0..<limit } }

    // MARK: Mapping

    /// `body(0..<count)` on up to `jobs` threads, each taking its share; the results in index order.
    package static func map<T: Sendable>(_ count: Int, jobs: Int, _ body: @escaping @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let pool = WorkerPool(jobs: jobs, count: count, stackSize: mapStackSize)
        let results = ResultSlots<T>(count: count)
        pool.run { worker in
            for index in pool.share(of: worker) { results.set(index, body(index)) }
        }
        return results.values()
    }
}

/// The results of `WorkerPool.map`, by index.
private final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [T?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: T) { lock.withLock { slots[index] = value } }
    func values() -> [T] { lock.withLock { slots.map { $0! } } }
}
