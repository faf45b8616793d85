import Foundation

/// Reading a file that must be UTF-8 text (a solution, a problem's program or test, a note, an export):
/// one check in one place, each caller turning the problem into its own error.
enum TextFile {
    enum Problem: Error {
        case missing, directory, unreadable, notText
    }

    /// The file's text; NUL bytes or invalid UTF-8 make it `notText`.
    static func read(_ path: String) -> Result<String, Problem> {
        readBytes(path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The file's bytes, checked to be text as `read` does (for a large file read as bytes).
    static func readBytes(_ path: String) -> Result<Data, Problem> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .failure(.missing) }
        if isDirectory.boolValue { return .failure(.directory) }
        guard let data = FileManager.default.contents(atPath: path) else { return .failure(.unreadable) }
        guard !data.contains(0), String(data: data, encoding: .utf8) != nil else { return .failure(.notText) }
        return .success(data)
    }
}
