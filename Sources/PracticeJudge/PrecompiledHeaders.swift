import Foundation
import PracticeLanguages
import PracticeRunner

/// The precompiled preludes of the C++ toolchains (`LanguageRecipe.precompiledPrelude`), kept in the user's cache
/// directory: LeetCode's `<bits/stdc++.h>` costs about 2 s to parse on every compile, its precompiled form 0.1 s.
///
/// Each prelude lives in `<cache>/cpp-prelude/<key>/`, where the key is a digest of the compiler's real path, its
/// `--version` output, the build command and the header's text: a new compiler, new flags or a new prelude get a new
/// directory, never a stale file. It is made once (under a lock in this process, into a temporary name renamed into
/// place, so another `practice` building it at the same time never sees half a file), by `practice` only: solutions
/// are never given the cache directory.
package struct PrecompiledHeaders: Sendable {
    /// The directory the preludes go in (`~/.cache/practice`).
    package let directory: String
    let runner: any ProcessRunner

    package init(directory: String, runner: any ProcessRunner) {
        self.directory = directory
        self.runner = runner
    }

    /// The header and its precompiled file for `prelude`, built if they are not there yet; nil when it cannot be
    /// built (the compile then goes without it, as fast as before and as correct).
    package func prepared(_ prelude: PrecompiledPrelude, interruption: CancellationFlag?) -> CommandPaths? {
        guard let compiler = prelude.build.words.first, let version = Self.version(of: compiler, runner: runner) else { return nil }
        let key = SHA256.hex(Array(([version.path, version.text] + prelude.build.words + [prelude.text]).joined(separator: "\u{0}").utf8))
        let folder = directory + "/cpp-prelude/" + key.prefix(24)
        let paths = CommandPaths(source: folder + "/" + prelude.fileName, executable: folder + "/" + prelude.outputFileName)
        return Self.lock.withLock { () -> CommandPaths? in
            let files = FileManager.default
            if files.fileExists(atPath: paths.executable), files.fileExists(atPath: paths.source) { return paths }
            if Self.failed.contains(folder) { return nil }
            let temporary = folder + "/.building-" + UUID().uuidString.lowercased()
            defer { try? files.removeItem(atPath: temporary) }
            do {
                try files.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
                // Rewritten only when it differs: clang refuses a precompiled file whose header is newer than it.
                if (try? String(contentsOfFile: paths.source, encoding: .utf8)) != prelude.text {
                    try Data(prelude.text.utf8).write(to: URL(fileURLWithPath: paths.source), options: .atomic)
                }
                let request = RunRequest(arguments: prelude.build.filled(CommandPaths(source: paths.source, executable: temporary)),
                                         workingDirectory: folder, limits: compileLimits)
                let result = try runner.run(request, cancellation: interruption)
                guard result.termination == .exited(0), result.limitExceeded == nil else {
                    if result.limitExceeded != .cancelled { Self.failed.insert(folder) }
                    return nil
                }
                guard rename(temporary, paths.executable) == 0 else { return nil }
                return paths
            } catch {
                Self.failed.insert(folder)
                return nil
            }
        }
    }

    /// Removes a precompiled file the compiler refused (built against headers that changed since), so the next
    /// attempt builds it again.
    package func discard(_ paths: CommandPaths) {
        Self.lock.withLock { _ = try? FileManager.default.removeItem(atPath: paths.executable) }
    }

    /// Whether a failed compile's output says the precompiled header was the trouble (clang: "PCH file", "precompiled
    /// file"; g++: "precompiled header"), not the solution.
    package static func refused(_ output: String, paths: CommandPaths) -> Bool {
        let lower = output.lowercased()
        return lower.contains("precompiled") || lower.contains("pch file") || output.contains(paths.executable)
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var failed: Set<String> = []
    nonisolated(unsafe) private static var versions: [String: (path: String, text: String)?] = [:]

    /// The compiler's real path and `--version` output, asked once per process.
    private static func version(of compiler: String, runner: any ProcessRunner) -> (path: String, text: String)? {
        if let known = lock.withLock({ versions[compiler] }) { return known }
        var answer: (path: String, text: String)?
        if let path = ProcessSetup.which(compiler),
           let result = try? runner.run(RunRequest(arguments: [path, "--version"], limits: compileLimits), cancellation: nil),
           result.termination == .exited(0) {
            let real = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)).map {
                $0.hasPrefix("/") ? $0 : (path as NSString).deletingLastPathComponent + "/" + $0
            } ?? path
            answer = (real, String(decoding: result.stdout, as: UTF8.self))
        }
        lock.withLock { versions[compiler] = answer }
        return answer
    }
}
