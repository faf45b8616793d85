import Foundation
import PracticeLanguages
import PracticeRunner

/// Limits for compilers: trusted tools, but a runaway build must still end. The output cap is also
/// the file-size limit of what they write, so it must hold the binary they produce.
let compileLimits = RunLimits(cpuTime: 120, wallTime: 180, memoryBytes: nil, outputBytes: 256 << 20)
/// The output cap per test: far above any catalog answer, far below what hurts the tool.
package let outputLimitBytes = 16 << 20

/// Builds a solution (or a user problem's program) in a workspace with its language's recipe: compiles it, or checks
/// an interpreted source's syntax, and says how to run what it built.
package struct SolutionBuilder: Sendable {
    /// Runs the compilers, the syntax checks and the interpreter queries.
    let runner: any ProcessRunner
    /// Where a toolchain's precompiled prelude is kept (nil: function-mode C++ compiles parse the prelude each time).
    let precompiledHeaders: PrecompiledHeaders?

    /// Creates a builder that starts its processes with `runner` and keeps precompiled preludes in `cacheDirectory`.
    package init(runner: any ProcessRunner, cacheDirectory: String? = nil) {
        self.runner = runner
        precompiledHeaders = cacheDirectory.map { PrecompiledHeaders(directory: $0, runner: runner) }
    }

    /// Copies the source (and a function-mode driver) into the workspace (or its `subdirectory`) and builds it
    /// when its language compiles (in function mode, the driver, which includes the source, is built); an interpreted
    /// source's syntax is checked instead when its recipe can (`syntaxError`), a failure being a compile error too.
    package func prepare(source: String, recipe: LanguageRecipe?, command: String?, driver: FunctionDriver? = nil,
                 in workspace: Workspace, subdirectory: String? = nil,
                 interruption: CancellationFlag?) throws(JudgeError) -> Build {
        guard let recipe else {
            return .ready(PreparedSolution(arguments: commandArguments(command ?? ""),
                                           workingDirectory: FileManager.default.currentDirectoryPath))
        }
        let directory = subdirectory.map { workspace.path + "/" + $0 } ?? workspace.path
        let sourcePath = directory + "/" + recipe.sourceFileName
        let executablePath = directory + "/solution"
        let driverPath = directory + "/" + (driver?.fileName ?? "")
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try Data(source.utf8).write(to: URL(fileURLWithPath: sourcePath))
            if let driver { try Data(driver.source.utf8).write(to: URL(fileURLWithPath: driverPath)) }
            for file in driver?.supportFiles ?? recipe.supportFiles {
                try Data(file.text.utf8).write(to: URL(fileURLWithPath: directory + "/" + file.name))
            }
        } catch {
            throw .cannotWriteSolution(directory: directory, reason: error.localizedDescription)
        }
        let paths = CommandPaths(source: sourcePath, executable: executablePath, driver: driverPath)
        // In function mode the driver is built, which includes (or is compiled with) the solution.
        if let compile = driver.map(\.compile) ?? recipe.compile {
            var command = compile.filled(paths)
            let environment = compileEnvironment(recipe)
            if let finder = recipe.toolFinder { command[0] = try locatedTool(recipe, finder, environment: environment) }
            // A function-mode build starts with the driver's precompiled prelude when it has one.
            let prelude = driver?.prelude.flatMap {
                prelude in precompiledHeaders?.prepared(prelude, interruption: interruption).map { (prelude, $0) }
            }
            if let (prelude, files) = prelude { command.insert(contentsOf: prelude.use.filled(files), at: 1) }
            var failure = try compileFailure(command, recipe: recipe, environment: environment, in: directory,
                                              interruption: interruption)
            if let output = failure, let (prelude, files) = prelude, PrecompiledHeaders.refused(output, paths: files) {
                // Built against headers that changed since (a compiler upgrade): again without it, and rebuilt next time.
                precompiledHeaders?.discard(files)
                command.removeSubrange(1..<(1 + prelude.use.words.count))
                failure = try compileFailure(command, recipe: recipe, environment: environment, in: directory,
                                              interruption: interruption)
            }
            if let failure {
                // A compile error about the method itself says what LeetCode's signature is in this language.
                if let driver, let expected = driver.expectedSignature, driver.concernsSignature(failure) {
                    return .compileError("LeetCode's signature in \(recipe.name): \(expected)\n" + failure)
                }
                return .compileError(failure)
            }
        } else if let message = try syntaxError(recipe, source: source, sourcePath: sourcePath, in: directory,
                                                interruption: interruption) {
            return .compileError(message)
        }
        var arguments = (driver?.run ?? recipe.run).filled(paths)
        if let interpreter = realInterpreter(recipe) { arguments[0] = interpreter }
        return .ready(PreparedSolution(arguments: arguments, workingDirectory: directory, functionArity: driver?.arity))
    }

    /// Runs a compile: nil when it succeeds, else what the compiler said (its first 30 lines), for a compile error.
    private func compileFailure(_ command: [String], recipe: LanguageRecipe, environment: [String: String]?, in directory: String,
                                interruption: CancellationFlag?) throws(JudgeError) -> String? {
        let request = RunRequest(arguments: command, environment: environment, workingDirectory: directory, limits: compileLimits)
        let result: RunResult
        do {
            result = try runner.run(request, cancellation: interruption)
        } catch {
            if case .executableNotFound = error {
                throw .language(.toolMissing(tool: command[0], language: recipe.name, package: recipe.package))
            }
            throw .runner(error)
        }
        if result.limitExceeded == .cancelled { throw .interrupted }
        guard result.limitExceeded != nil || result.termination != .exited(0) else { return nil }
        // Without colour codes: tsc --pretty colours its messages even when its output is not a terminal.
        let output = String(decoding: result.stderr + result.stdout, as: UTF8.self)
            .replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).prefix(30).joined(separator: "\n")
        let reason = result.limitExceeded.map { "the compiler was stopped: \($0.rawValue) limit\n" } ?? ""
        return reason + lines.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The environment of a compile: the tool's own with the recipe's `compileEnvironment` (nil when it has none), whose
    /// `{cache}` is the cache directory, created here. Without a cache directory the variables that name it are left
    /// out, so the tool's own defaults apply (Go's build cache in `~/.cache/go-build`).
    func compileEnvironment(_ recipe: LanguageRecipe) -> [String: String]? {
        guard !recipe.compileEnvironment.isEmpty else { return nil }
        let cache = precompiledHeaders?.directory
        if let cache {
            try? FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        var environment = ProcessInfo.processInfo.environment
        for (name, value) in recipe.compileEnvironment {
            if value.contains(LanguageRecipe.cachePlaceholder) {
                guard let cache else { continue }
                environment[name] = value.replacingOccurrences(of: LanguageRecipe.cachePlaceholder, with: cache)
            } else {
                environment[name] = value
            }
        }
        return environment
    }

    /// The compiler a recipe's `finder` chooses: the first candidate, in order (each query's answer, then the tool on
    /// PATH, which is not asked when a query's is accepted), whose version is accepted; asked once per process. Throws
    /// `toolTooOld`, naming the newest version found, when none is.
    func locatedTool(_ recipe: LanguageRecipe, _ finder: ToolFinder, environment: [String: String]?) throws(JudgeError) -> String {
        let found = locatedTools.answer(for: [recipe.tool] + finder.queries.flatMap { $0 }) { () -> LocatedTool in
            let candidates = finder.queries.map { query in { queryAnswer(query) } } + [{ ProcessSetup.which(recipe.tool) }]
            var newest: [Int]?
            for candidate in candidates {
                guard let path = candidate() else { continue }
                let request = RunRequest(arguments: [path] + finder.versionArguments, environment: environment, limits: compileLimits)
                guard let result = try? runner.run(request, cancellation: nil), result.termination == .exited(0),
                      let version = finder.version(in: String(decoding: result.stdout + result.stderr, as: UTF8.self)) else { continue }
                if finder.accepts(version) { return LocatedTool(path: path, newest: ToolFinder.written(version)) }
                if newest.map({ ToolFinder.compare(version, $0) > 0 }) ?? true { newest = version }
            }
            return LocatedTool(path: nil, newest: newest.map(ToolFinder.written))
        }
        guard let path = found.path else {
            throw .language(.toolTooOld(tool: recipe.tool, language: recipe.name, found: found.newest,
                                        minimum: ToolFinder.written(finder.minimum), reason: finder.reason, install: finder.install))
        }
        return path
    }

    /// The absolute path of an executable that `query` prints, nil when it prints none. The answer is kept in the cache
    /// directory (`tools/<digest of the query>`) and used while it names an executable, so the query (python3, 150 ms
    /// behind a pyenv shim) is not run on every attempt; the version is still asked each time.
    func queryAnswer(_ query: [String]) -> String? {
        let files = FileManager.default
        let stored = precompiledHeaders.map { $0.directory + "/tools/" + SHA256.hex(Array(query.joined(separator: "\u{0}").utf8)).prefix(24) }
        if let stored, let path = try? String(contentsOfFile: stored, encoding: .utf8), path.hasPrefix("/"),
           files.isExecutableFile(atPath: path) { return path }
        guard let path = executablePrinted(by: query) else { return nil }
        if let stored {
            try? files.createDirectory(atPath: (stored as NSString).deletingLastPathComponent, withIntermediateDirectories: true,
                                       attributes: [.posixPermissions: 0o700])
            try? Data(path.utf8).write(to: URL(fileURLWithPath: stored), options: .atomic)
        }
        return path
    }

    /// The interpreter's real executable when the recipe can ask for it, else nil (keep the command).
    /// Asked once per process and recipe: a user problem builds its reference, generator and checker besides
    /// the solution, and each would otherwise start the interpreter once more just to ask.
    func realInterpreter(_ recipe: LanguageRecipe) -> String? {
        guard let query = recipe.realInterpreter else { return nil }
        return realInterpreters.answer(for: query) { executablePrinted(by: query) }
    }

    /// The absolute path of an executable that `query` prints on stdout, nil when it prints none (or fails).
    func executablePrinted(by query: [String]) -> String? {
        guard let result = try? runner.run(RunRequest(arguments: query, limits: compileLimits), cancellation: nil),
              result.termination == .exited(0) else { return nil }
        let path = String(decoding: result.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return path.hasPrefix("/") && FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// Checks the syntax of an interpreted solution (which has no compile step) with its recipe's `syntaxCheck`, run on
    /// the source written at `sourcePath` like a compiler: the same limits, and the interpreter's message when the
    /// source does not parse, for a compile error. nil when it parses, the recipe has no check, or the check cannot
    /// be started.
    func syntaxError(_ recipe: LanguageRecipe, source: String, sourcePath: String, in directory: String,
                     interruption: CancellationFlag?) throws(JudgeError) -> String? {
        // The file by its name, from its directory: the messages say `Main.py`, not the private temporary path.
        guard let check = SyntaxCheck(recipe, source: source, fileName: (sourcePath as NSString).lastPathComponent),
              let program = check.arguments.first else { return nil }
        var arguments = check.arguments
        if let copy = check.copy {
            do {
                try Data(source.utf8).write(to: URL(fileURLWithPath: directory + "/" + copy))
            } catch {
                throw .cannotWriteSolution(directory: directory, reason: error.localizedDescription)
            }
        }
        if program == recipe.run.program, let interpreter = realInterpreter(recipe) { arguments[0] = interpreter }
        let result: RunResult
        do {
            result = try runner.run(RunRequest(arguments: arguments, workingDirectory: directory, limits: compileLimits),
                                    cancellation: interruption)
        } catch {
            if case .executableNotFound = error {
                throw .language(.toolMissing(tool: program, language: recipe.name, package: recipe.package))
            }
            // The check could not start (e.g. --no-network where the kernel refuses a namespace): the tests' runs
            // report the same failure as they did before there was a check.
            return nil
        }
        if result.limitExceeded == .cancelled { throw .interrupted }
        guard result.limitExceeded != nil || result.termination != .exited(0) else { return nil }
        let reason = result.limitExceeded.map { "the syntax check was stopped: \($0.rawValue) limit\n" } ?? ""
        return reason + SyntaxCheck.message(String(decoding: result.stderr + result.stdout, as: UTF8.self), directory: directory)
    }
}

/// The arguments that run `--cmd COMMAND`: its words themselves when the shell would do nothing
/// but split them (plain words: no operators, quotes, escapes, globs, variables, assignments or
/// comments) and the program exists and is not a shell builtin, so no shell is started for every
/// test; otherwise `shellArguments(command)`. A missing program keeps the shell, which reports it.
func commandArguments(_ command: String) -> [String] {
    let words = command.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    let special = CharacterSet(charactersIn: ";&|<>()`$\n'\"\\*?[]~#!{}")
    guard let program = words.first, words.allSatisfy({ $0.rangeOfCharacter(from: special) == nil }),
          !program.contains("="), !shellBuiltins.contains(program), ProcessSetup.which(program) != nil
    else { return shellArguments(command) }
    return words
}

/// Words `/bin/sh` runs itself instead of a program of that name (POSIX special and regular
/// builtins, and dash's `echo`, `printf`, `test` and `local`, whose behaviour differs from the programs').
private let shellBuiltins: Set = [".", ":", "alias", "bg", "break", "cd", "command", "continue", "echo", "eval", "exec",
                                  "exit", "export", "false", "fc", "fg", "getopts", "hash", "jobs", "kill", "local",
                                  "newgrp", "printf", "pwd", "read", "readonly", "return", "set", "shift", "test",
                                  "times", "trap", "true", "type", "ulimit", "umask", "unalias", "unset", "wait"]

/// `/bin/sh -c COMMAND`. A simple command (no operators, redirections or substitutions) is
/// `exec`ed, so the solution itself is the judged child: its signals, memory and CPU time are
/// measured directly instead of through the shell's exit status.
func shellArguments(_ command: String) -> [String] {
    let operators = CharacterSet(charactersIn: ";&|<>()`$\n")
    let simple = command.rangeOfCharacter(from: operators) == nil
    return ["/bin/sh", "-c", simple ? "exec " + command : command]
}

/// The solution after the build step.
package enum Build {
    case ready(PreparedSolution)
    case compileError(String)

    var isCompileError: Bool { if case .compileError = self { true } else { false } }

    /// The command recorded with the attempt: the compile and run steps as a user would type them.
    package func commandLine(recipe: LanguageRecipe?, command: String?, driver: FunctionDriver? = nil) -> String {
        guard let recipe else { return command ?? "" }
        let run = (driver?.run ?? recipe.run).filled(CommandPaths(source: recipe.sourceFileName, executable: "./solution",
                                                                  driver: driver?.fileName ?? "")).joined(separator: " ")
        guard let compile = driver.map(\.compile) ?? recipe.compile else { return run }
        let paths = CommandPaths(source: recipe.sourceFileName, executable: "solution", driver: driver?.fileName ?? "")
        return compile.filled(paths).joined(separator: " ") + " && " + run
    }
}

/// What a process asks once and remembers, by a key: the real interpreter behind a command (nil when its answer was
/// unusable), the compiler a `ToolFinder` chose. A user problem builds its reference, generator and checker besides
/// the solution, and each would otherwise start the interpreter once more just to ask.
private final class AnsweredOnce<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var answers: [[String]: Value] = [:]

    func answer(for key: [String], ask: () -> Value) -> Value {
        if let known = lock.withLock({ answers[key] }) { return known }
        let answer = ask()
        lock.withLock { answers[key] = answer }
        return answer
    }
}

/// The real interpreters found so far, by the command that asked for them.
private let realInterpreters = AnsweredOnce<String?>()

/// A `ToolFinder`'s choice: the tool, nil when none is new enough, and the newest version found, accepted or not.
private struct LocatedTool {
    let path: String?
    let newest: String?
}

/// The tools found by a `ToolFinder` so far, by the tool and its queries.
private let locatedTools = AnsweredOnce<LocatedTool>()

/// A private temporary directory for one attempt, removed afterwards (by `remove()`, or when the
/// last reference to it goes away).
package final class Workspace: Sendable {
    package let path: String

    package init() throws(JudgeError) {
        let base = FileManager.default.temporaryDirectory.path
        let path = base + "/practice-" + UUID().uuidString.lowercased()
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw .cannotCreateWorkspace(base: base, reason: error.localizedDescription)
        }
        self.path = path
    }

    package func remove() { try? FileManager.default.removeItem(atPath: path) }

    deinit { remove() }
}
