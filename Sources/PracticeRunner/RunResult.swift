/// How a child process ended.
public enum Termination: Sendable, Equatable {
    /// It exited with this status code.
    case exited(Int32)
    /// It was killed by this signal number (for example 9 when the runner killed it).
    case signaled(Int32)
}

/// Why the runner killed a child.
public enum LimitKind: String, Sendable, Equatable {
    /// It used more CPU time than `RunLimits.cpuTime`.
    case cpuTime
    /// It ran longer than `RunLimits.wallTime`.
    case wallTime
    /// Its resident memory exceeded `RunLimits.memoryBytes`.
    case memory
    /// It wrote more than `RunLimits.outputBytes` to stdout or stderr.
    case output
    /// The run's `CancellationFlag` was set.
    case cancelled
}

/// What a finished child did and used.
public struct RunResult: Sendable, Equatable {
    /// How the child ended.
    public var termination: Termination
    /// Everything it wrote to stdout, at most `RunLimits.outputBytes`; after an output-limit kill
    /// only its first 64 KiB (the verdict is known, and the tool's memory stays low).
    public var stdout: [UInt8]
    /// The first 64 KiB it wrote to stderr.
    public var stderr: [UInt8]
    /// User plus system CPU seconds of the child and the children it waited for.
    public var cpuTime: Double
    /// Wall-clock seconds from start to exit.
    public var wallTime: Double
    /// Peak resident memory of the program in bytes. The tool's own memory, which the child shares
    /// until it execs, is not counted; a run shorter than a few milliseconds may be under-reported.
    public var peakMemoryBytes: Int
    /// Why the runner killed the child, or `nil` when it ended on its own within its limits.
    public var limitExceeded: LimitKind?
    /// Whether a fork of the program failed because the run had `NativeRunner.maxTasks` processes
    /// and threads at once (a fork bomb); only known where the runner can use a pids cgroup.
    public var reachedTaskLimit: Bool

    /// Creates a result; fakes of `ProcessRunner` use this.
    public init(
        termination: Termination,
        stdout: [UInt8] = [],
        stderr: [UInt8] = [],
        cpuTime: Double = 0,
        wallTime: Double = 0,
        peakMemoryBytes: Int = 0,
        limitExceeded: LimitKind? = nil,
        reachedTaskLimit: Bool = false
    ) {
        self.termination = termination
        self.stdout = stdout
        self.stderr = stderr
        self.cpuTime = cpuTime
        self.wallTime = wallTime
        self.peakMemoryBytes = peakMemoryBytes
        self.limitExceeded = limitExceeded
        self.reachedTaskLimit = reachedTaskLimit
    }

    /// The exit status when the child exited, `nil` when a signal killed it.
    public var exitCode: Int32? {
        if case .exited(let code) = termination { return code }
        return nil
    }

    /// The signal that killed the child, `nil` when it exited.
    public var signal: Int32? {
        if case .signaled(let number) = termination { return number }
        return nil
    }
}
