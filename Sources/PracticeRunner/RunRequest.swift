/// Resource limits for one child process.
public struct RunLimits: Sendable, Hashable {
    /// User plus system CPU seconds; `.infinity` for no limit.
    public var cpuTime: Double
    /// Wall-clock seconds; `.infinity` for no limit.
    public var wallTime: Double
    /// Peak resident memory in bytes; `nil` for no limit.
    public var memoryBytes: Int?
    /// Bytes allowed on stdout, and separately on stderr. It is also the largest file the program
    /// may write (`RLIMIT_FSIZE`), so give compile steps room for the files they produce.
    public var outputBytes: Int
    /// For a program that answers many requests with one line each (a function-mode driver): CPU
    /// seconds allowed since the last `\n` it wrote on stdout (or since it started); nil for none.
    /// Exceeding it ends the run with `LimitKind.cpuTime`. The count restarts at the first sample
    /// after a line (at most 10 ms later).
    public var recordCpuTime: Double?
    /// Wall-clock seconds allowed since the last `\n` on stdout (or since the start); nil for none.
    /// Exceeding it ends the run with `LimitKind.wallTime`.
    public var recordWallTime: Double?

    /// Creates limits; see each property for its unit.
    public init(cpuTime: Double, wallTime: Double, memoryBytes: Int?, outputBytes: Int,
                recordCpuTime: Double? = nil, recordWallTime: Double? = nil) {
        self.cpuTime = cpuTime
        self.wallTime = wallTime
        self.memoryBytes = memoryBytes
        self.outputBytes = outputBytes
        self.recordCpuTime = recordCpuTime
        self.recordWallTime = recordWallTime
    }
}

/// One program to run: its command line, environment, input and limits.
public struct RunRequest: Sendable, Equatable {
    /// The command line. `arguments[0]` is looked up in `PATH` (the request environment's when it
    /// sets one, otherwise the tool's) unless it contains a `/`; a relative path with a `/` is
    /// resolved in `workingDirectory`.
    public var arguments: [String]
    /// The complete environment of the child; `nil` inherits the tool's environment.
    public var environment: [String: String]?
    /// The child's working directory; `nil` keeps the tool's.
    public var workingDirectory: String?
    /// Bytes written to the child's stdin, concurrently with reading its output.
    public var stdin: [UInt8]
    /// Limits the runner enforces.
    public var limits: RunLimits
    /// Runs the child in a new network namespace with no interface up, so it has no network
    /// access (not even loopback). The run fails with `RunnerError.networkIsolationUnavailable`
    /// when the kernel refuses one (unprivileged, without user namespaces).
    public var isolateNetwork: Bool

    /// Creates a request; by default the child inherits the tool's environment and directory,
    /// reads an empty stdin and has the network.
    public init(
        arguments: [String],
        environment: [String: String]? = nil,
        workingDirectory: String? = nil,
        stdin: [UInt8] = [],
        limits: RunLimits,
        isolateNetwork: Bool = false
    ) {
        self.arguments = arguments
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.stdin = stdin
        self.limits = limits
        self.isolateNetwork = isolateNetwork
    }
}
