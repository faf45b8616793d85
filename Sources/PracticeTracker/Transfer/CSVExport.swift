import Foundation
import PracticeStorage
import PracticeTransfer

extension Practice {
    /// The CSV columns, in order (`source` only with `includeSource`).
    public static var csvColumns: [String] { AttemptCSVWriter.columns }

    /// Writes one row per attempt, oldest first, for spreadsheets: RFC 4180 (a header row, CRLF line
    /// ends, fields holding a comma, quote or line break quoted, quotes doubled), dates in ISO 8601 UTC
    /// with milliseconds, empty fields for missing figures. The source code is left out unless
    /// `includeSource`.
    public func exportCSV(to destination: ExportDestination, includeSource: Bool = false) throws(ServiceError) -> ExportReport {
        let file = try transfer { () throws(TransferError) in try OutputFile(destination) }
        do {
            let count = try writeCSV(to: file, includeSource: includeSource)
            try transfer { () throws(TransferError) in try file.commit() }
            return ExportReport(path: destination.name, rows: ["attempt": count])
        } catch {
            file.discard()
            throw error
        }
    }

    private func writeCSV(to file: OutputFile, includeSource: Bool) throws(ServiceError) -> Int {
        var count = 0
        do {
            let writer = try AttemptCSVWriter(file, includeSource: includeSource)
            try database.exportAttempts(includeSource: includeSource) { attempt in
                try writer.write(attempt)
                count += 1
            }
        } catch let error as TransferError {
            throw ServiceError(error)
        } catch let error as StorageError {
            throw .storage(error)
        } catch {
            throw .internalFailure("CSV export failed: \(error)")
        }
        return count
    }
}

/// Storage's attempt rows are what the CSV format writes.
extension AttemptExportRow: CSVAttemptRow {}
