#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// File-system steps of opening a database file: its folder, what is already at its path,
/// and the lock that serializes opening and migrating it across processes.
enum DatabaseFile {
    /// What is found at a database path before it is opened.
    enum Content {
        /// Nothing, or an empty file: SQLite creates a new database.
        case missingOrEmpty
        /// A non-empty file, to be checked before any write.
        case existingData
    }

    /// Creates the folder that will hold the database at `path`, and its parents, if missing.
    static func createParentDirectory(of path: String) throws(StorageError) {
        try createDirectory(parentDirectory(of: path), for: path)
    }

    /// Inspects what is at `path`; refuses a directory or anything that cannot be examined.
    static func content(at path: String) throws(StorageError) -> Content {
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT { return .missingOrEmpty }
            throw .cannotOpen(path, "cannot examine the file: \(errnoDescription())")
        }
        if status.st_mode & S_IFMT == S_IFDIR {
            throw .cannotOpen(path, "it is a directory, not a database file")
        }
        return status.st_size == 0 ? .missingOrEmpty : .existingData
    }

    /// Refuses a file this process may not write (SQLite would open it read-only).
    static func checkWritable(_ path: String) throws(StorageError) {
        if access(path, W_OK) != 0, errno != ENOENT {
            throw .cannotOpen(path, "the file is not writable (\(errnoDescription()))")
        }
    }

    /// Whether the file system holding `path` has no space left (SQLite then reports a vague I/O error).
    static func isOnFullDisk(_ path: String) -> Bool {
        var status = statvfs()
        return statvfs(parentDirectory(of: path), &status) == 0 && status.f_bavail == 0
    }

    /// Runs `body` while holding an exclusive `flock` on the sibling file `<path>.lock`,
    /// waiting for other processes (or threads) that hold it.
    static func withExclusiveLock<T>(
        for path: String,
        _ body: () throws(StorageError) -> T
    ) throws(StorageError) -> T {
        let lockPath = path + ".lock"
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .cannotOpen(path, "cannot create the lock file \(lockPath): \(errnoDescription())")
        }
        // Closing the descriptor releases the lock.
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                throw .cannotOpen(path, "cannot lock \(lockPath): \(errnoDescription())")
            }
        }
        return try body()
    }

    private static func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// `mkdir -p`: creates `directory` and its missing parents, tolerating concurrent creation.
    private static func createDirectory(_ directory: String, for path: String) throws(StorageError) {
        var status = stat()
        if stat(directory, &status) == 0 {
            guard status.st_mode & S_IFMT == S_IFDIR else {
                throw .cannotOpen(path, "\(directory) is not a directory")
            }
            return
        }
        let parent = parentDirectory(of: directory)
        if parent != directory {
            try createDirectory(parent, for: path)
        }
        if mkdir(directory, 0o755) != 0, errno != EEXIST {
            throw .cannotOpen(path, "cannot create the directory \(directory): \(errnoDescription())")
        }
    }

    private static func errnoDescription() -> String {
        String(cString: strerror(errno))
    }
}
