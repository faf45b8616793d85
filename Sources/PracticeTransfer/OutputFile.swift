import Foundation

/// Where an export goes: a file, or a stream the caller opened (the CLI gives its standard output
/// for `-`: only the CLI touches the terminal's streams).
public enum ExportDestination: Sendable {
    case file(String)
    /// An open stream, written to and left open; `name` stands for it in reports ("-").
    case stream(FileHandle, name: String)

    /// The path a report names.
    public var name: String {
        switch self {
        case .file(let path): path
        case .stream(_, let name): name
        }
    }
}

/// A file written in chunks and put in place only when complete: the text goes to a temporary file
/// beside the target, renamed over it at the end, so a failed export never leaves half a file (nor
/// destroys the previous one). A stream destination is written as it comes instead.
package final class OutputFile {
    package let path: String
    private let temporaryPath: String?
    private let handle: FileHandle
    private var buffer = Data()
    private static let chunk = 1 << 16

    package convenience init(path: String) throws(TransferError) {
        try self.init(.file(path))
    }

    package init(_ destination: ExportDestination) throws(TransferError) {
        path = destination.name
        if case .stream(let stream, _) = destination {
            temporaryPath = nil
            handle = stream
            return
        }
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .cannotWrite(path: path, reason: "it is a folder")
        }
        let folder = url.deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .cannotWrite(path: path, reason: "no folder \(folder)")
        }
        let temporary = folder + "/." + url.lastPathComponent + ".tmp-" + UUID().uuidString.lowercased()
        guard FileManager.default.createFile(atPath: temporary, contents: nil, attributes: [.posixPermissions: 0o644]),
              let handle = FileHandle(forWritingAtPath: temporary) else {
            throw .cannotWrite(path: path, reason: "cannot create a file in \(folder) (permission denied?)")
        }
        temporaryPath = temporary
        self.handle = handle
    }

    package func write(_ text: String) throws(TransferError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.chunk { try flush() }
    }

    private func flush() throws(TransferError) {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw .cannotWrite(path: path, reason: error.localizedDescription)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered and puts the file in place.
    package func commit() throws(TransferError) {
        try flush()
        guard let temporaryPath else { return }
        do {
            try handle.synchronize()
            try handle.close()
        } catch {
            discard()
            throw .cannotWrite(path: path, reason: error.localizedDescription)
        }
        if rename(temporaryPath, path) != 0 {
            let reason = String(cString: strerror(errno))
            discard()
            throw .cannotWrite(path: path, reason: reason)
        }
    }

    /// Removes the temporary file (after a failure).
    package func discard() {
        guard let temporaryPath else { return }
        try? handle.close()
        unlink(temporaryPath)
    }

    /// Writes `text` to `path` in one piece (same guarantees).
    package static func write(_ text: String, to path: String) throws(TransferError) {
        let file = try OutputFile(path: path)
        do {
            try file.write(text)
            try file.commit()
        } catch {
            file.discard()
            throw error
        }
    }
}
