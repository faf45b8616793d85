import CRunner

/// A cancellation flag shared with running children: setting it stops every run watching it
/// within about 10 ms (the child's process group is killed and the run reports `.cancelled`).
///
/// Thread-safe: the flag lives in pointer-stable storage that the C runner reads atomically.
public final class CancellationFlag: @unchecked Sendable {
    /// The flag itself, read by `crunner_run` while a child runs.
    let storage: UnsafeMutablePointer<CInt>

    /// Creates a flag that is not set.
    public init() {
        storage = .allocate(capacity: 1)
        storage.initialize(to: 0)
    }

    deinit {
        storage.deallocate()
    }

    /// Sets the flag. It stays set.
    public func cancel() {
        crunner_flag_set(storage)
    }

    /// Whether `cancel()` has been called.
    public var isCancelled: Bool {
        crunner_flag_get(storage) != 0
    }
}
