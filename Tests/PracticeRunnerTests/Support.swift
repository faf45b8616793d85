import Foundation
import PracticeRunner

/// Generous limits: tests that are not about a limit must never hit one on a loaded machine.
func roomyLimits(outputBytes: Int = 1 << 20) -> RunLimits {
    RunLimits(cpuTime: 30, wallTime: 60, memoryBytes: nil, outputBytes: outputBytes)
}

/// Runs a command with `NativeRunner` and roomy limits unless given others.
func run(
    _ arguments: [String],
    stdin: [UInt8] = [],
    environment: [String: String]? = nil,
    workingDirectory: String? = nil,
    limits: RunLimits = roomyLimits(),
    cancellation: CancellationFlag? = nil
) throws(RunnerError) -> RunResult {
    ProcessSetup.ignoreSIGPIPE()
    let request = RunRequest(
        arguments: arguments, environment: environment, workingDirectory: workingDirectory,
        stdin: stdin, limits: limits
    )
    return try NativeRunner().run(request, cancellation: cancellation)
}

func text(_ bytes: [UInt8]) -> String {
    String(decoding: bytes, as: UTF8.self)
}

/// `count` pseudo-random bytes, different for each `seed` (a plain loop: fast even in debug builds).
func sampleInput(bytes count: Int, seed: UInt64) -> [UInt8] {
    var state = seed &+ 0x9E37_79B9_7F4A_7C15
    return [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
        for index in 0..<count {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            buffer[index] = UInt8(truncatingIfNeeded: state >> 56)
        }
        initialized = count
    }
}

/// Runs `body(0..<count)` on `count` separate threads at once and returns the results in order.
func onThreads<T: Sendable>(_ count: Int, _ body: @escaping @Sendable (Int) -> T) -> [T] {
    let results = ThreadResults<T>()
    let group = DispatchGroup()
    for index in 0..<count {
        group.enter()
        Thread {
            let value = body(index)
            results.lock.withLock { results.values[index] = value }
            group.leave()
        }.start()
    }
    group.wait()
    return (0..<count).compactMap { results.values[$0] }
}

/// Results collected from several threads, guarded by a lock.
private final class ThreadResults<T: Sendable>: @unchecked Sendable {
    let lock = NSLock()
    var values: [Int: T] = [:]
}

/// Process ids of live processes whose command line (arguments joined by spaces) contains
/// `marker`; zombies have no command line.
func liveProcesses(containing marker: String) -> [Int32] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.compactMap { Int32($0) }.filter { pid in
        guard let commandLine = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
        return text(commandLine.map { $0 == 0 ? UInt8(ascii: " ") : $0 }).contains(marker)
    }
}

/// Waits up to `seconds` for `condition` to hold, checking every 20 ms.
func eventually(within seconds: Double, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while !condition() {
        if Date() > deadline { return false }
        usleep(20_000)
    }
    return true
}
