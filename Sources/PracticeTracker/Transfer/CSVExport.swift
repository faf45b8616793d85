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
        let count = try exporting(to: destination, "CSV export") { file in
            let writer = try AttemptCSVWriter(file, includeSource: includeSource)
            var count = 0
            try database.exportAttempts(includeSource: includeSource) { attempt in
                try writer.write(attempt)
                count += 1
            }
            return count
        }
        return ExportReport(path: destination.name, rows: ["attempt": count])
    }
}

/// Storage's attempt rows are what the CSV format writes.
extension AttemptExportRow: CSVAttemptRow {}
