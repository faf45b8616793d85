import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where output goes and how it is dressed: colour only on a TTY and never with NO_COLOR.
struct Terminal: Sendable {
    let colorOut: Bool
    let stderrIsTTY: Bool

    static let current: Terminal = {
        let environment = ProcessInfo.processInfo.environment
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let dumb = environment["TERM"] == "dumb"
        return Terminal(colorOut: isatty(STDOUT_FILENO) == 1 && !noColor && !dumb, stderrIsTTY: isatty(STDERR_FILENO) == 1)
    }()

    enum Style: String {
        case bold = "1", dim = "2", red = "31", green = "32", yellow = "33", blue = "34", magenta = "35", cyan = "36"
    }

    func paint(_ text: String, _ style: Style) -> String {
        colorOut ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// A line on standard error (errors, progress, notices): never mixed into `--json` output.
    static func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
