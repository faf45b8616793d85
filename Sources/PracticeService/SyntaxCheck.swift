import Foundation
import PracticeRunner

extension Practice {
    /// Checks the syntax of an interpreted solution (which has no compile step) with its recipe's `syntaxCheck`, run on
    /// the source written at `sourcePath` like a compiler: the same limits, and the interpreter's message when the
    /// source does not parse, for a compile error. nil when it parses, the recipe has no check, or the check cannot
    /// be started.
    func syntaxError(_ recipe: LanguageRecipe, source: String, sourcePath: String, in directory: String,
                     interruption: CancellationFlag?) throws(ServiceError) -> String? {
        guard let check = recipe.syntaxCheck, let program = check.first else { return nil }
        // The file by its name, from its directory: the messages say `Main.py`, not the private temporary path.
        var checked = (sourcePath as NSString).lastPathComponent
        if let moduleExtension = recipe.moduleCheckExtension, Self.isModule(source) {
            checked = (checked as NSString).deletingPathExtension + "." + moduleExtension
            do {
                try Data(source.utf8).write(to: URL(fileURLWithPath: directory + "/" + checked))
            } catch {
                throw .internalFailure("cannot write the solution into \(directory): \(error.localizedDescription)")
            }
        }
        var arguments = recipe.expand(check, source: checked, executable: "")
        if program == recipe.run.first, let interpreter = realInterpreter(recipe) { arguments[0] = interpreter }
        let result: RunResult
        do {
            result = try runner.run(RunRequest(arguments: arguments, workingDirectory: directory, limits: compileLimits),
                                    cancellation: interruption)
        } catch {
            if case .executableNotFound = error { throw .toolMissing(tool: program, language: recipe.name) }
            // The check could not start (e.g. --no-network where the kernel refuses a namespace): the tests' runs
            // report the same failure as they did before there was a check.
            return nil
        }
        if result.limitExceeded == .cancelled { throw .interrupted }
        guard result.limitExceeded != nil || result.termination != .exited(0) else { return nil }
        let reason = result.limitExceeded.map { "the syntax check was stopped: \($0.rawValue) limit\n" } ?? ""
        return reason + Self.syntaxMessage(String(decoding: result.stderr + result.stdout, as: UTF8.self), directory: directory)
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
    static func syntaxMessage(_ output: String, directory: String) -> String {
        let lines = output.replacingOccurrences(of: directory + "/", with: "")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .filter { line in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                return !(trimmed.hasPrefix("at ") && trimmed.contains("node:")) && !trimmed.hasPrefix("Node.js v")
            }
        return lines.prefix(30).joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
