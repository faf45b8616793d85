import Foundation

/// Why a program could not be started.
public enum RunnerError: LocalizedError, Equatable {
    /// The executable (the first argument) is not in `PATH` or does not exist at its path.
    case executableNotFound(String)
    /// A step of starting the program failed (the string names the step), with its `errno`.
    case spawnFailed(String, errno: Int32)
    /// `RunRequest.isolateNetwork` was asked for, but the kernel refused a network namespace (`errno`).
    case networkIsolationUnavailable(errno: Int32)

    public var errorDescription: String? {
        switch self {
        case .executableNotFound(let name) where name.isEmpty:
            "no command to run: give the program and its arguments"
        case .executableNotFound(let name) where name.contains("/"):
            "\(name) does not exist: check the path"
        case .executableNotFound(let name):
            "\(name) not found in PATH: install it or add its directory to PATH"
        case .spawnFailed(let step, let code):
            "\(step) failed: \(String(cString: strerror(code))); \(Self.advice(for: code))"
        case .networkIsolationUnavailable(let code):
            "cannot cut the solution off the network: the kernel refused a network namespace (\(String(cString: strerror(code)))); "
                + "run as root, enable unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1), or drop --no-network"
        }
    }

    /// What the user can do about a failed step, by its `errno`.
    private static func advice(for code: Int32) -> String {
        switch code {
        case EACCES, EPERM:
            "check that the file is executable (chmod +x) and its directories are readable"
        case ENOENT, ENOTDIR:
            "check that the path exists, and for a script its #! interpreter"
        case ENOEXEC:
            "the file is not a program: add a #! line or run it through its interpreter"
        case EAGAIN, EMFILE, ENFILE, ENOMEM:
            "the system is short of processes, files or memory: run fewer jobs at once"
        default:
            "check the command and try again"
        }
    }
}
