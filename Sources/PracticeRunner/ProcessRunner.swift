import CRunner
import Foundation

/// Runs a program to completion under limits. Services depend on this protocol so tests can
/// substitute a fake.
public protocol ProcessRunner: Sendable {
    /// Runs `request`, blocking the calling thread until the child has ended and its process
    /// group has been killed. Setting `cancellation` stops the run early with `LimitKind.cancelled`.
    func run(_ request: RunRequest, cancellation: CancellationFlag?) throws(RunnerError) -> RunResult

    /// Runs `request` like `run(_:cancellation:)`, but hands the child's output to `output` as it
    /// arrives instead of collecting it (the result's `stdout` and `stderr` are then empty), and
    /// does not hold it to `RunLimits.outputBytes` (which only bounds the files it writes):
    /// `output` decides. Returning `false` from `output` stops the run, which ends with
    /// `LimitKind.cancelled`. `output` is called on the calling thread, before `run` returns.
    func run(_ request: RunRequest, cancellation: CancellationFlag?,
             output: (OutputChannel, UnsafeBufferPointer<UInt8>) -> Bool) throws(RunnerError) -> RunResult

    /// Runs `request` like `run(_:cancellation:output:)`, but takes the child's stdin from `input`
    /// piece by piece as the pipe has room, instead of `request.stdin`: nil ends the input. The
    /// caller then holds only the piece being written, whatever the total (a function-mode driver
    /// fed thousands of tests). `input` is called on the calling thread, before `run` returns.
    func run(_ request: RunRequest, cancellation: CancellationFlag?, input: () -> [UInt8]?,
             output: (OutputChannel, UnsafeBufferPointer<UInt8>) -> Bool) throws(RunnerError) -> RunResult
}

/// Which of the child's output streams a piece of output came from.
public enum OutputChannel: Sendable, Equatable {
    case stdout, stderr
}

extension ProcessRunner {
    /// For runners that cannot stream (fakes): takes the whole input first.
    public func run(_ request: RunRequest, cancellation: CancellationFlag?, input: () -> [UInt8]?,
                    output: (OutputChannel, UnsafeBufferPointer<UInt8>) -> Bool) throws(RunnerError) -> RunResult {
        var whole = request
        whole.stdin = []
        while let piece = input() { whole.stdin.append(contentsOf: piece) }
        return try run(whole, cancellation: cancellation, output: output)
    }

    /// Runs `request` without a way to cancel it.
    public func run(_ request: RunRequest) throws(RunnerError) -> RunResult {
        try run(request, cancellation: nil)
    }

    /// For runners that cannot stream (fakes): runs to the end, then hands over stdout and stderr
    /// whole, so `output` can no longer stop the run.
    public func run(_ request: RunRequest, cancellation: CancellationFlag?,
                    output: (OutputChannel, UnsafeBufferPointer<UInt8>) -> Bool) throws(RunnerError) -> RunResult {
        var result = try run(request, cancellation: cancellation)
        let keepGoing = result.stdout.withUnsafeBufferPointer { output(.stdout, $0) }
        if keepGoing { _ = result.stderr.withUnsafeBufferPointer { output(.stderr, $0) } }
        result.stdout = []
        result.stderr = []
        return result
    }
}

/// The real runner: spawns (vfork-style) and execs the program through the `CRunner` C core.
///
/// The child gets its own session and process group (and its own cgroup with a limit of
/// `maxTasks` processes where the tool may create one, see `containsRuns`), optionally its own
/// network namespace, closes every inherited descriptor but
/// stdin/stdout/stderr, has core dumps off, its stack limit raised to 256 MiB, and dies with the
/// calling thread. While it runs, stdin is written as the output pipes are drained; CPU time and
/// peak resident memory are sampled from `/proc` (every 10 ms once running); wall time, output
/// size and the cancellation flag are checked, and the whole group is killed when a limit is
/// exceeded. When the child exits its group (and cgroup) is killed too, so nothing it started survives, and
/// leftover output is read for at most 100 ms (a grandchild that left the group may hold a pipe).
///
/// `run` blocks its thread; it is thread-safe, so a judge may call it from several threads at once.
/// Call it from a dedicated thread rather than from Swift concurrency's cooperative pool.
public struct NativeRunner: ProcessRunner {
    /// Creates the runner; it keeps no state.
    public init() {}

    public func run(_ request: RunRequest, cancellation: CancellationFlag?) throws(RunnerError) -> RunResult {
        try run(request, cancellation: cancellation, stream: nil)
    }

    public func run(_ request: RunRequest, cancellation: CancellationFlag?,
                    output: (OutputChannel, UnsafeBufferPointer<UInt8>) -> Bool) throws(RunnerError) -> RunResult {
        try withoutActuallyEscaping(output) { (escapable) throws(RunnerError) -> RunResult in
            try run(request, cancellation: cancellation, stream: OutputSink(escapable))
        }
    }

    public func run(_ request: RunRequest, cancellation: CancellationFlag?, input: () -> [UInt8]?,
                    output: (OutputChannel, UnsafeBufferPointer<UInt8>) -> Bool) throws(RunnerError) -> RunResult {
        try withoutActuallyEscaping(output) { (escapable) throws(RunnerError) -> RunResult in
            try withoutActuallyEscaping(input) { (source) throws(RunnerError) -> RunResult in
                try run(request, cancellation: cancellation, stream: OutputSink(escapable), source: InputSource(source))
            }
        }
    }

    private func run(_ request: RunRequest, cancellation: CancellationFlag?, stream: OutputSink?,
                     source: InputSource? = nil) throws(RunnerError) -> RunResult {
        let path = try Self.executablePath(for: request)
        var result = crunner_result()
        let status = withExtendedLifetime((cancellation, stream, source)) {
            Self.runCore(request, path: path, cancel: cancellation.map { UnsafePointer($0.storage) }, stream: stream,
                         source: source, result: &result)
        }
        guard status == 0 else {
            throw Self.error(stage: result.failed_stage, code: result.error_number, request: request, path: path)
        }
        defer { crunner_result_free(&result) }
        return RunResult(
            termination: result.exited != 0 ? .exited(result.status) : .signaled(result.status),
            stdout: Array(UnsafeBufferPointer(start: result.out, count: result.out_len)),
            stderr: Array(UnsafeBufferPointer(start: result.err, count: result.err_len)),
            cpuTime: result.cpu_seconds,
            wallTime: result.wall_seconds,
            peakMemoryBytes: Int(result.peak_memory_bytes),
            limitExceeded: Self.limitKind(result.limit),
            reachedTaskLimit: result.hit_task_limit != 0
        )
    }

    /// Most processes and threads one run may have at once, where a pids cgroup is available.
    public static let maxTasks = Int(CRUNNER_MAX_TASKS)

    /// Whether runs get their own cgroup here (root, or a delegated cgroup): then every process a
    /// run starts, even one that calls `setsid` or double-forks, is killed when the run ends.
    /// Otherwise only the run's process group is killed. Checked by creating and removing a group.
    public static var containsRuns: Bool { crunner_containment() & Int32(CRUNNER_CONTAINS) != 0 }

    /// Whether each run is held to `maxTasks` processes and threads by a pids cgroup, so a fork
    /// bomb cannot exhaust the machine (`RLIMIT_NPROC` does not bind root, so this is the only way
    /// as root). Without it, the process-count limit is not enforced.
    public static var limitsTasks: Bool { crunner_containment() & Int32(CRUNNER_LIMITS_TASKS) != 0 }

    /// The file to execute: `arguments[0]` itself when it contains a `/`, otherwise its match in
    /// the request environment's `PATH` (or the tool's when the request sets none).
    private static func executablePath(for request: RunRequest) throws(RunnerError) -> String {
        guard let name = request.arguments.first, !name.isEmpty else { throw .executableNotFound("") }
        if name.contains("/") { return name }
        let searchPath = request.environment?["PATH"] ?? getenv("PATH").map { String(cString: $0) }
        guard let path = ProcessSetup.which(name, searchPath: searchPath) else {
            throw .executableNotFound(name)
        }
        return path
    }

    /// Calls `crunner_run` with C views of the request that live for the duration of the call.
    private static func runCore(
        _ request: RunRequest,
        path: String,
        cancel: UnsafePointer<CInt>?,
        stream: OutputSink?,
        source: InputSource?,
        result: inout crunner_result
    ) -> CInt {
        withCStringArray(request.arguments) { argv in
            withCStringArray(request.environment?.map { "\($0.key)=\($0.value)" }) { envp in
                path.withCString { path in
                    withOptionalCString(request.workingDirectory) { cwd in
                        request.stdin.withUnsafeBufferPointer { input in
                            var core = crunner_request(
                                path: path,
                                argv: argv,
                                envp: envp,
                                cwd: cwd,
                                input: input.baseAddress,
                                input_len: input.count,
                                cpu_limit: request.limits.cpuTime,
                                wall_limit: request.limits.wallTime,
                                memory_limit: Int64(request.limits.memoryBytes ?? 0),
                                output_limit: Int64(request.limits.outputBytes),
                                cancel: cancel,
                                isolate_network: request.isolateNetwork ? 1 : 0,
                                record_cpu_limit: request.limits.recordCpuTime ?? 0,
                                record_wall_limit: request.limits.recordWallTime ?? 0,
                                on_output: stream == nil ? nil : OutputSink.deliver,
                                output_context: stream.map { Unmanaged.passUnretained($0).toOpaque() },
                                on_input: source == nil ? nil : InputSource.supply,
                                input_context: source.map { Unmanaged.passUnretained($0).toOpaque() }
                            )
                            return crunner_run(&core, &result)
                        }
                    }
                }
            }
        }
    }

    private static func limitKind(_ limit: crunner_limit) -> LimitKind? {
        switch limit {
        case CRUNNER_LIMIT_CPU_TIME: .cpuTime
        case CRUNNER_LIMIT_WALL_TIME: .wallTime
        case CRUNNER_LIMIT_MEMORY: .memory
        case CRUNNER_LIMIT_OUTPUT: .output
        case CRUNNER_LIMIT_CANCELLED: .cancelled
        default: nil
        }
    }

    /// Turns a failed start into the error the user sees.
    private static func error(stage: crunner_stage, code: CInt, request: RunRequest, path: String) -> RunnerError {
        let program = request.arguments[0]
        switch stage {
        case CRUNNER_STAGE_EXEC where code == ENOENT && !fileExists(path, in: request.workingDirectory):
            return .executableNotFound(program)
        case CRUNNER_STAGE_EXEC:
            return .spawnFailed("executing \(path)", errno: code)
        case CRUNNER_STAGE_CHDIR:
            return .spawnFailed("entering the working directory \(request.workingDirectory ?? ".")", errno: code)
        case CRUNNER_STAGE_PIPE:
            return .spawnFailed("creating pipes for \(program)", errno: code)
        case CRUNNER_STAGE_FORK:
            return .spawnFailed("creating a process for \(program)", errno: code)
        case CRUNNER_STAGE_BUFFER:
            return .spawnFailed("buffering the output of \(program)", errno: code)
        case CRUNNER_STAGE_NETWORK:
            return .networkIsolationUnavailable(errno: code)
        default:  // CRUNNER_STAGE_SETUP
            return .spawnFailed("redirecting the standard streams of \(program)", errno: code)
        }
    }

    /// Whether `path` exists, resolving a relative path in `directory` as the child does.
    private static func fileExists(_ path: String, in directory: String?) -> Bool {
        guard let directory, !path.hasPrefix("/") else { return FileManager.default.fileExists(atPath: path) }
        return FileManager.default.fileExists(atPath: "\(directory)/\(path)")
    }
}

/// The receiver of a streaming run's output, passed to the C core as its context.
private final class OutputSink {
    let handle: (OutputChannel, UnsafeBufferPointer<UInt8>) -> Bool

    init(_ handle: @escaping (OutputChannel, UnsafeBufferPointer<UInt8>) -> Bool) { self.handle = handle }

    /// The C callback: 0 to go on, 1 to stop the run.
    static let deliver: crunner_output_fn = { context, stream, data, count in
        guard let context else { return 0 }
        let sink = Unmanaged<OutputSink>.fromOpaque(context).takeUnretainedValue()
        return sink.handle(stream == 1 ? .stdout : .stderr, UnsafeBufferPointer(start: data, count: count)) ? 0 : 1
    }
}

/// The supplier of a streaming run's stdin, passed to the C core as its context: it keeps the
/// piece being written alive until the core asks for the next one.
private final class InputSource {
    let next: () -> [UInt8]?
    /// A copy of the piece being written, owned here until the next call.
    private var piece = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)

    init(_ next: @escaping () -> [UInt8]?) { self.next = next }

    deinit { piece.deallocate() }

    /// The C callback: the next non-empty piece, or 0 at the end.
    static let supply: crunner_input_fn = { context, data in
        guard let context, let data else { return 0 }
        let source = Unmanaged<InputSource>.fromOpaque(context).takeUnretainedValue()
        source.piece.deallocate()
        source.piece = UnsafeMutableBufferPointer(start: nil, count: 0)
        while let bytes = source.next() {
            guard !bytes.isEmpty else { continue }
            let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
            _ = copy.initialize(from: bytes)
            source.piece = copy
            data.pointee = UnsafePointer(copy.baseAddress)
            return copy.count
        }
        return 0
    }
}

/// Calls `body` with a NULL-terminated C array of copies of `strings` (nil when `strings` is).
private func withCStringArray<Result>(
    _ strings: [String]?,
    _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>?) -> Result
) -> Result {
    guard let strings else { return body(nil) }
    let pointers = strings.map { strdup($0) } + [nil]
    defer { pointers.forEach { free($0) } }
    return pointers.withUnsafeBufferPointer { body($0.baseAddress) }
}

/// Calls `body` with a C string of `string`, or nil.
private func withOptionalCString<Result>(_ string: String?, _ body: (UnsafePointer<CChar>?) -> Result) -> Result {
    guard let string else { return body(nil) }
    return string.withCString { body($0) }
}
