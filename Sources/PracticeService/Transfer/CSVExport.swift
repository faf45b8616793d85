import Foundation
import PracticeStorage

extension Practice {
    /// The CSV columns, in order (`source` only with `includeSource`).
    public static let csvColumns = ["id", "problem", "title", "createdAt", "kind", "language", "verdict", "passed", "total",
                                    "maxCpuMs", "maxWallMs", "maxMemoryKB", "seed", "randomCount", "timeLimitMs", "memoryLimitMB",
                                    "fileName", "sourceSHA256", "rejudgeOf", "note", "message"]

    /// Writes one row per attempt, oldest first, for spreadsheets: RFC 4180 (a header row, CRLF line
    /// ends, fields holding a comma, quote or line break quoted, quotes doubled), dates in ISO 8601 UTC
    /// with milliseconds, empty fields for missing figures. The source code is left out unless
    /// `includeSource`.
    public func exportCSV(to destination: ExportDestination, includeSource: Bool = false) throws(ServiceError) -> ExportReport {
        let file = try OutputFile(destination)
        do {
            let count = try writeCSV(to: file, includeSource: includeSource)
            try file.commit()
            return ExportReport(path: destination.name, rows: ["attempt": count])
        } catch {
            file.discard()
            throw error
        }
    }

    private func writeCSV(to file: OutputFile, includeSource: Bool) throws(ServiceError) -> Int {
        try file.write(CSV.row(Self.csvColumns + (includeSource ? ["source"] : [])))
        let dates = ISO8601DateFormatter()
        dates.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        var count = 0
        do {
            try database.exportAttempts(includeSource: includeSource) { attempt in
                try file.write(CSV.row(Self.csvFields(attempt, dates: dates, includeSource: includeSource)))
                count += 1
            }
        } catch let error as ServiceError {
            throw error
        } catch let error as StorageError {
            throw .storage(error)
        } catch {
            throw .internalFailure("CSV export failed: \(error)")
        }
        return count
    }

    private static func csvFields(_ attempt: AttemptExportRow, dates: ISO8601DateFormatter, includeSource: Bool) -> [String] {
        var fields: [String] = [String(attempt.id), attempt.slug, attempt.title, dates.string(from: attempt.createdAt)]
        fields += [attempt.kind.rawValue, attempt.language, attempt.verdict.rawValue, String(attempt.passed), String(attempt.total)]
        fields.append(attempt.maxCpuMs.map(CSV.number) ?? "")
        fields.append(attempt.maxWallMs.map(CSV.number) ?? "")
        fields.append(attempt.maxMemoryKB.map { String($0) } ?? "")
        fields += [String(attempt.seed), String(attempt.randomCount), String(attempt.timeLimitMs), String(attempt.memoryLimitMB)]
        fields += [attempt.fileName, attempt.sourceSHA256, attempt.rejudgeOf.map { String($0) } ?? ""]
        fields += [attempt.note ?? "", attempt.message ?? ""]
        if includeSource { fields.append(attempt.source ?? "") }
        return fields
    }
}

/// RFC 4180 fields and rows.
enum CSV {
    /// One record: fields separated by commas, ended by CRLF.
    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// A field, quoted when it holds a comma, a quote, a line break or surrounding spaces.
    static func field(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || text.first == " " || text.last == " "
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    /// A figure with at most three decimals, without trailing zeros (2.072, 1.8, 71).
    static func number(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return value.isFinite ? String(value) : "" }
        let thousandths = Int((abs(value) * 1000).rounded())
        var fraction = String(thousandths % 1000)
        fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let sign = value < 0 && thousandths > 0 ? "-" : ""
        return sign + String(thousandths / 1000) + (fraction.isEmpty ? "" : "." + fraction)
    }
}
