import Foundation
import PracticeRunner

/// A `ProcessRunner` that answers from a closure instead of spawning: judge logic under test
/// without processes. It records every request it got. Shared by the judge's and the tracker's tests.
public final class FakeRunner: ProcessRunner, @unchecked Sendable {
    private let lock = NSLock()
    private var requests: [RunRequest] = []
    private let respond: @Sendable (String) -> RunResult

    public init(_ respond: @escaping @Sendable (_ stdin: String) -> RunResult) { self.respond = respond }

    /// A runner whose program prints `answer(stdin)` and exits 0.
    public static func printing(_ answer: @escaping @Sendable (String) -> String) -> FakeRunner {
        FakeRunner { stdin in
            RunResult(termination: .exited(0), stdout: Array((answer(stdin) + "\n").utf8), cpuTime: 0.01, wallTime: 0.01,
                      peakMemoryBytes: 4 << 20)
        }
    }

    public func run(_ request: RunRequest, cancellation: CancellationFlag?) throws(RunnerError) -> RunResult {
        lock.withLock { requests.append(request) }
        return respond(String(decoding: request.stdin, as: UTF8.self))
    }

    public var runCount: Int { lock.withLock { requests.count } }
    public var lastLimits: RunLimits? { lock.withLock { requests.last?.limits } }
}
