import Foundation

/// How to build and run a solution written in one language. `{src}` and `{exe}` in the argument
/// templates stand for the solution copied into the attempt's work directory and the binary built
/// there.
public struct LanguageRecipe: Sendable, Hashable {
    /// The stable name stored with attempts and accepted by `--lang`.
    public let name: String
    /// File extensions (without the dot) that select this recipe.
    public let extensions: [String]
    /// The compile command, or nil for interpreted languages.
    public let compile: [String]?
    /// The run command.
    public let run: [String]
    /// A command printing the interpreter's real path, run once per attempt: `python3` is often a
    /// shim script (pyenv, asdf) that would add its own start-up to every test.
    public var realInterpreter: [String]? = nil
    /// For interpreted languages: a command that exits non-zero with the interpreter's message when the source at
    /// `{src}` does not parse, without running it, so a syntax error is a compile error before any test runs. Its
    /// program is replaced by the real interpreter like the run command's.
    public var syntaxCheck: [String]? = nil
    /// JavaScript: the extension of a copy under which a source with `import` or `export` statements is checked, since
    /// node (20) passes a `.js` file that is an ES module without checking it; the run detects the module itself.
    public var moduleCheckExtension: String? = nil

    /// The file name the solution gets inside the work directory.
    var sourceFileName: String { "Main." + (extensions.first ?? "txt") }

    /// The built-in recipes (README lists them).
    public static let all: [LanguageRecipe] = [
        LanguageRecipe(name: "python", extensions: ["py"], compile: nil, run: ["python3", "{src}"],
                       realInterpreter: ["python3", "-c", "import sys; print(sys.executable)"],
                       syntaxCheck: ["python3", "-c", pythonSyntaxCheck, "{src}"]),
        LanguageRecipe(name: "c", extensions: ["c"], compile: ["gcc", "-O2", "-std=gnu17", "-o", "{exe}", "{src}", "-lm"], run: ["{exe}"]),
        LanguageRecipe(name: "cpp", extensions: ["cpp", "cc", "cxx"], compile: ["g++", "-O2", "-std=c++17", "-o", "{exe}", "{src}"], run: ["{exe}"]),
        LanguageRecipe(name: "swift", extensions: ["swift"], compile: ["swiftc", "-O", "-o", "{exe}", "{src}"], run: ["{exe}"]),
        LanguageRecipe(name: "javascript", extensions: ["js", "mjs"], compile: nil, run: ["node", "{src}"],
                       syntaxCheck: ["node", "--check", "{src}"], moduleCheckExtension: "mjs"),
    ]

    /// Compiles the file named by its argument as the interpreter would before running it (so `return` outside a
    /// function is caught too, not only what the parser sees), writes no `.pyc`, and prints the interpreter's own
    /// message (`File "Main.py", line 3`, the line, a caret, `SyntaxError: ...`) without a traceback of itself.
    static let pythonSyntaxCheck = """
        import sys
        try:
            with open(sys.argv[1], "rb") as source:
                compile(source.read(), sys.argv[1], "exec")
        except Exception as error:
            import traceback
            sys.stderr.write("".join(traceback.format_exception_only(type(error), error)))
            sys.exit(1)
        """

    /// The recipe named `name` (or one of its extensions: `--lang py` works too).
    public static func named(_ name: String) -> LanguageRecipe? {
        let key = name.lowercased()
        return all.first { $0.name == key || $0.extensions.contains(key) }
    }

    /// The recipe for a file, by its extension.
    public static func forFile(_ path: String) -> LanguageRecipe? {
        let ext = (path as NSString).pathExtension.lowercased()
        return ext.isEmpty ? nil : all.first { $0.extensions.contains(ext) }
    }

    /// `template` with `{src}` and `{exe}` filled in.
    func expand(_ template: [String], source: String, executable: String) -> [String] {
        template.map { $0.replacingOccurrences(of: "{src}", with: source).replacingOccurrences(of: "{exe}", with: executable) }
    }
}
