/// What reading or writing a transfer format can refuse: a file that cannot be written, or a file to read
/// that is malformed (its path, the line where known, and what is wrong). The tracker reports them with
/// its own messages and exit codes.
public enum TransferError: Error, Sendable, Equatable {
    /// A file or folder given to `export` cannot be written: its path and why.
    case cannotWrite(path: String, reason: String)
    /// A file given to `import` is malformed: its path, the line where known, and what is wrong.
    case badFile(path: String, line: Int?, message: String)
}
