import Foundation
import PracticeModel

/// One attempt as the CSV export writes it: the figures every export lists, the attempt's problem and
/// settings, without outcomes.
package protocol CSVAttemptRow: ExportedAttempt {
    var slug: String { get }
    var title: String { get }
    var maxWallMs: Double? { get }
    var seed: Int64 { get }
    var randomCount: Int { get }
    var timeLimitMs: Int { get }
    var memoryLimitMB: Int { get }
    var fileName: String { get }
    var sourceSHA256: String { get }
    var rejudgeOf: Int64? { get }
    var message: String? { get }
    /// The source text, when the export includes it.
    var source: String? { get }
}

/// Writes one row per attempt, for spreadsheets: RFC 4180 (a header row, CRLF line ends, fields holding a
/// comma, quote or line break quoted, quotes doubled), dates in ISO 8601 UTC with milliseconds, empty
/// fields for missing figures. The source code is left out unless `includeSource`.
package struct AttemptCSVWriter {
    /// The columns, in order (`source` only with `includeSource`).
    package static let columns = ["id", "problem", "title", "createdAt", "kind", "language", "verdict", "passed", "total",
                                  "maxCpuMs", "maxWallMs", "maxMemoryKB", "seed", "randomCount", "timeLimitMs", "memoryLimitMB",
                                  "fileName", "sourceSHA256", "rejudgeOf", "note", "message"]

    private let file: OutputFile
    private let includeSource: Bool
    private let dates: ISO8601DateFormatter

    /// Writes the header row.
    package init(_ file: OutputFile, includeSource: Bool) throws(TransferError) {
        self.file = file
        self.includeSource = includeSource
        dates = ISO8601DateFormatter()
        dates.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        try file.write(CSV.row(Self.columns + (includeSource ? ["source"] : [])))
    }

    package func write(_ attempt: some CSVAttemptRow) throws(TransferError) {
        try file.write(CSV.row(fields(attempt)))
    }

    private func fields(_ attempt: some CSVAttemptRow) -> [String] {
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
package enum CSV {
    /// One record: fields separated by commas, ended by CRLF.
    package static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// A field, quoted when it holds a comma, a quote, a line break or surrounding spaces.
    package static func field(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || text.first == " " || text.last == " "
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    /// A figure with at most three decimals, without trailing zeros (2.072, 1.8, 71).
    package static func number(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return value.isFinite ? String(value) : "" }
        let thousandths = Int((abs(value) * 1000).rounded())
        var fraction = String(thousandths % 1000)
        fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let sign = value < 0 && thousandths > 0 ? "-" : ""
        return sign + String(thousandths / 1000) + (fraction.isEmpty ? "" : "." + fraction)
    }
}
