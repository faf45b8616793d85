// The formats (notes, front matter, JSON/CSV/Markdown exports) are the PracticeTransfer module; re-exported, so
// the tracker's clients name `ExportDestination` and `ParsedNote` as before.
@_exported import PracticeTransfer

extension ServiceError {
    /// A transfer format's refusal, with the tracker's message and exit code.
    init(_ error: TransferError) {
        switch error {
        case let .cannotWrite(path, reason): self = .cannotWrite(path: path, reason: reason)
        case let .badFile(path, line, message): self = .badImportFile(path: path, line: line, message: message)
        }
    }
}

/// Runs `body`, turning a transfer format's refusal into its `ServiceError`.
func transfer<T>(_ body: () throws(TransferError) -> T) throws(ServiceError) -> T {
    do { return try body() } catch { throw ServiceError(error) }
}
