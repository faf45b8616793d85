import Foundation

/// How to build and run a solution written in one language (each language's file defines its own). The
/// commands' `{src}` and `{exe}` stand for the solution copied into the attempt's work directory and the
/// binary built there (`CommandTemplate`).
public struct LanguageRecipe: Sendable, Hashable {
    /// The stable name stored with attempts and accepted by `--lang`.
    public let name: String
    /// File extensions (without the dot) that select this recipe; the first names the solution's copy.
    public let extensions: [String]
    /// The compile command, or nil for interpreted languages.
    public let compile: CommandTemplate?
    /// The run command.
    public let run: CommandTemplate
    /// A command printing the interpreter's real path, run once per attempt: `python3` is often a
    /// shim script (pyenv, asdf) that would add its own start-up to every test.
    public var realInterpreter: [String]? = nil
    /// For interpreted languages: a command that exits non-zero with the interpreter's message when the source at
    /// `{src}` does not parse, without running it, so a syntax error is a compile error before any test runs. Its
    /// program is replaced by the real interpreter like the run command's.
    public var syntaxCheck: CommandTemplate? = nil
    /// JavaScript: the extension of a copy under which a source with `import` or `export` statements is checked, since
    /// node (20) passes a `.js` file that is an ES module without checking it; the run detects the module itself.
    public var moduleCheckExtension: String? = nil
    /// Files written next to the solution before it is built (TypeScript: the declarations of node's globals
    /// that tsc checks the program against).
    public var supportFiles: [SupportFile] = []

    public init(name: String, extensions: [String], compile: CommandTemplate?, run: CommandTemplate,
                realInterpreter: [String]? = nil, syntaxCheck: CommandTemplate? = nil, moduleCheckExtension: String? = nil,
                supportFiles: [SupportFile] = []) {
        self.name = name
        self.extensions = extensions
        self.compile = compile
        self.run = run
        self.realInterpreter = realInterpreter
        self.syntaxCheck = syntaxCheck
        self.moduleCheckExtension = moduleCheckExtension
        self.supportFiles = supportFiles
    }

    /// The file name the solution gets inside the work directory.
    public var sourceFileName: String { "Main." + (extensions.first ?? "txt") }

    /// The program that must be installed: the compiler, or the interpreter.
    public var tool: String { compile?.program ?? run.program }

    /// The recipes of every language (`Languages.all`).
    public static var all: [LanguageRecipe] { Languages.all.map(\.recipe) }

    /// The recipe named `name` (or one of its extensions: `--lang py` works too).
    public static func named(_ name: String) -> LanguageRecipe? { Languages.named(name)?.recipe }

    /// The recipe for a file, by its extension.
    public static func forFile(_ path: String) -> LanguageRecipe? { Languages.forFile(path)?.recipe }
}

/// A file a build needs next to the solution (by its name in the work directory), written before the compile step.
public struct SupportFile: Sendable, Hashable {
    /// The file's name in the work directory (no directories).
    public let name: String
    /// Its text.
    public let text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}
