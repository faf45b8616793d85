import Foundation

/// How an interpreted solution's syntax is checked before any test runs (its recipe's `syntaxCheck`); the judge
/// runs the command like a compiler, and a failure is a compile error with `SyntaxCheck.message` of its output.
public struct SyntaxCheck: Sendable, Equatable {
    /// The command, run in the solution's directory.
    public let arguments: [String]
    /// A copy of the source to write under this name in that directory first (an ES module checked as `.mjs`).
    public let copy: String?

    /// The check of `source`, saved as `fileName` in its directory (the command names the file by its name,
    /// so the messages say `Main.py`, not the private temporary path); nil when the recipe has none.
    public init?(_ recipe: LanguageRecipe, source: String, fileName: String) {
        guard let check = recipe.syntaxCheck else { return nil }
        var checked = fileName
        if let moduleExtension = recipe.moduleCheckExtension, Self.isModule(source) {
            checked = (fileName as NSString).deletingPathExtension + "." + moduleExtension
            copy = checked
        } else {
            copy = nil
        }
        arguments = check.filled(CommandPaths(source: checked))
    }

    /// Whether a JavaScript source has a static `import` or an `export` statement at the start of a line.
    static func isModule(_ source: String) -> Bool {
        source.split(separator: "\n").contains { line in
            let words = line.drop { $0 == " " || $0 == "\t" }
            return ["import ", "import{", "import*", "import\"", "import'", "export "].contains { words.hasPrefix($0) }
        }
    }

    /// The first 30 lines of an interpreter's message, without the private directory's path and without node's
    /// frames inside itself (`at checkSyntax (node:internal/...)`, `Node.js v20...`), which say nothing about the source.
    public static func message(_ output: String, directory: String) -> String {
        let lines = output.replacingOccurrences(of: directory + "/", with: "")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .filter { line in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                return !(trimmed.hasPrefix("at ") && trimmed.contains("node:")) && !trimmed.hasPrefix("Node.js v")
            }
        return lines.prefix(30).joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
