// The formats (notes, front matter, JSON/CSV/Markdown exports) are the PracticeTransfer module; re-exported, so
// the tracker's clients name `ExportDestination` and `ParsedNote` as before.
@_exported import PracticeTransfer
import PracticeStorage

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

extension Practice {
    /// Writes an export to `destination` through `body`: the file is put in place only when `body` and the last write
    /// succeed (a stream is written as it comes), and a failure is the tracker's error: a transfer format's or
    /// storage's refusal as such, anything else an internal failure of `what`.
    func exporting<T>(to destination: ExportDestination, _ what: String, _ body: (OutputFile) throws -> T) throws(ServiceError) -> T {
        do {
            let file = try OutputFile(destination)
            do {
                let result = try body(file)
                try file.commit()
                return result
            } catch {
                file.discard()
                throw error
            }
        } catch let error as TransferError {
            throw ServiceError(error)
        } catch let error as StorageError {
            throw .storage(error)
        } catch let error as ServiceError {
            throw error
        } catch {
            throw .internalFailure("\(what) failed: \(error)")
        }
    }
}
