import Foundation
import PracticeRunner

extension Practice {
    /// Checks the syntax of an interpreted solution (which has no compile step) with its recipe's `syntaxCheck`, run on
    /// the source written at `sourcePath` like a compiler: the same limits, and the interpreter's message when the
    /// source does not parse, for a compile error. nil when it parses, the recipe has no check, or the check cannot
    /// be started.
    func syntaxError(_ recipe: LanguageRecipe, source: String, sourcePath: String, in directory: String,
                     interruption: CancellationFlag?) throws(ServiceError) -> String? {
        // The file by its name, from its directory: the messages say `Main.py`, not the private temporary path.
        guard let check = SyntaxCheck(recipe, source: source, fileName: (sourcePath as NSString).lastPathComponent),
              let program = check.arguments.first else { return nil }
        var arguments = check.arguments
        if let copy = check.copy {
            do {
                try Data(source.utf8).write(to: URL(fileURLWithPath: directory + "/" + copy))
            } catch {
                throw .internalFailure("cannot write the solution into \(directory): \(error.localizedDescription)")
            }
        }
        if program == recipe.run.program, let interpreter = realInterpreter(recipe) { arguments[0] = interpreter }
        let result: RunResult
        do {
            result = try runner.run(RunRequest(arguments: arguments, workingDirectory: directory, limits: compileLimits),
                                    cancellation: interruption)
        } catch {
            if case .executableNotFound = error { throw .language(.toolMissing(tool: program, language: recipe.name)) }
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
