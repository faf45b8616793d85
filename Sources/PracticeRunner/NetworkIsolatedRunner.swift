/// A runner that runs every request of another runner without network access
/// (`RunRequest.isolateNetwork`): what `practice attempt --no-network` judges with.
public struct NetworkIsolatedRunner: ProcessRunner {
    /// The runner that does the work.
    public let base: any ProcessRunner

    /// Wraps `base`; every request it runs gets `isolateNetwork` set.
    public init(_ base: any ProcessRunner) {
        self.base = base
    }

    public func run(_ request: RunRequest, cancellation: CancellationFlag?) throws(RunnerError) -> RunResult {
        var isolated = request
        isolated.isolateNetwork = true
        return try base.run(isolated, cancellation: cancellation)
    }

    public func run(_ request: RunRequest, cancellation: CancellationFlag?,
                    output: (OutputChannel, UnsafeBufferPointer<UInt8>) -> Bool) throws(RunnerError) -> RunResult {
        var isolated = request
        isolated.isolateNetwork = true
        return try base.run(isolated, cancellation: cancellation, output: output)
    }

    public func run(_ request: RunRequest, cancellation: CancellationFlag?, input: () -> [UInt8]?,
                    output: (OutputChannel, UnsafeBufferPointer<UInt8>) -> Bool) throws(RunnerError) -> RunResult {
        var isolated = request
        isolated.isolateNetwork = true
        return try base.run(isolated, cancellation: cancellation, input: input, output: output)
    }
}
