import CRunner
import Foundation

/// Process-wide setup and executable lookup.
public enum ProcessSetup {
    /// Call once at tool start: ignore SIGPIPE so a child closing stdin early cannot kill the tool.
    ///
    /// `NativeRunner` is safe without it (it blocks SIGPIPE on its own thread while it writes),
    /// but the tool's other pipes are not.
    public static func ignoreSIGPIPE() {
        crunner_ignore_sigpipe()
    }

    /// Sets `flag` when the tool receives SIGINT (Ctrl-C) or SIGTERM, so runs watching it kill their
    /// children and stop; a second signal then ends the tool at once (default action). The handler
    /// only stores to the flag (async-signal-safe), and `flag` is kept alive for the life of the tool.
    public static func cancelOnInterrupt(_ flag: CancellationFlag) {
        _ = Unmanaged.passRetained(flag)  // the handler keeps a pointer to its storage: never free it
        crunner_set_flag_on_interrupt(flag.storage)
    }

    /// Look up an executable in PATH (nil when absent); used to report missing compilers.
    ///
    /// A name containing `/` is returned as is when it is an executable file.
    public static func which(_ name: String) -> String? {
        which(name, searchPath: getenv("PATH").map { String(cString: $0) })
    }

    /// Looks `name` up in the directories of `searchPath` (`/bin:/usr/bin` when `nil`),
    /// as `execvp` does; an empty entry means the current directory. A match found through a
    /// relative entry is made absolute, so it stays valid in another working directory.
    static func which(_ name: String, searchPath: String?) -> String? {
        if name.isEmpty { return nil }
        if name.contains("/") { return isExecutableFile(name) ? name : nil }
        let directories = (searchPath ?? "/bin:/usr/bin").split(separator: ":", omittingEmptySubsequences: false)
        for directory in directories {
            let candidate = directory.isEmpty ? name : "\(directory)/\(name)"
            if isExecutableFile(candidate) {
                return candidate.hasPrefix("/") ? candidate : "\(FileManager.default.currentDirectoryPath)/\(candidate)"
            }
        }
        return nil
    }

    private static func isExecutableFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            && !isDirectory.boolValue
            && FileManager.default.isExecutableFile(atPath: path)
    }
}
