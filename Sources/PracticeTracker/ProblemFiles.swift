import Foundation
import PracticeCatalog
import PracticeRunner

/// What `practice add SLUG --title T --reference FILE ...` gives, before any file is read.
public struct UserProblemOptions: Sendable {
    public var slug: String
    public var title: String
    public var referencePath: String
    public var generatorPath: String?
    public var testsDirectory: String?
    /// `exact`, `tokens`, `float:EPS`, or the path of a checker program (testlib style).
    public var checker: String?
    public var statementPath: String?
    public var tags: [String] = []
    public var difficulty: String?
    public var timeLimit: Double?
    public var memoryLimitMB: Int?
    public var maxSize: Int?

    public init(slug: String, title: String, referencePath: String) {
        self.slug = slug
        self.title = title
        self.referencePath = referencePath
    }
}

extension Practice {
    /// Reads the files named by `options` into a spec and adds the problem (see ``addUserProblem(_:origin:interruption:)``).
    public func addUserProblem(_ options: UserProblemOptions, interruption: CancellationFlag? = nil) throws(ServiceError) -> UserProblemReport {
        var defects: [ProblemDefect] = []
        let reference = ProblemFiles.program(options.referencePath, defects: &defects)
        let generator = options.generatorPath.flatMap { ProblemFiles.program($0, defects: &defects) }
        var checker = CheckerChoice.builtin(.tokens)
        if let name = options.checker {
            if let builtin = Checker(name: name) ?? (name.hasPrefix("float:") ? Checker(name: "tokens-" + name) : nil),
               builtin != .json {
                // On plain text, float:EPS compares numeric tokens within EPS.
                if case .float(let tolerance) = builtin { checker = .builtin(.tokensFloat(tolerance: tolerance)) } else { checker = .builtin(builtin) }
            } else if FileManager.default.fileExists(atPath: name) {
                if let program = ProblemFiles.program(name, defects: &defects) { checker = .testlib(program) }
            } else {
                throw .invalidOption("--checker must be exact, tokens, float:EPS or a checker program file; '\(name)' is none of these")
            }
        }
        let tests = options.testsDirectory.map { ProblemFiles.tests(in: $0, origin: .user, defects: &defects) } ?? []
        var statement = ""
        if let path = options.statementPath {
            if let text = ProblemFiles.text(path, defects: &defects) { statement = text }
        }
        var difficulty = Difficulty.medium
        if let name = options.difficulty {
            guard let parsed = Difficulty(rawValue: name.lowercased()) else {
                throw .invalidOption("--difficulty must be easy, medium or hard, got '\(name)'")
            }
            difficulty = parsed
        }
        guard let reference else { throw .invalidProblem("problem '\(options.slug)'", defects: defects) }
        let spec = UserProblemSpec(
            slug: options.slug, title: options.title, statement: statement, difficulty: difficulty, tags: options.tags,
            timeLimit: options.timeLimit ?? UserProblemRules.defaultTimeLimit, memoryLimitMB: options.memoryLimitMB ?? 256,
            reference: reference, generator: generator, maxSize: options.maxSize ?? 100, checker: checker, tests: tests)
        return try addUserProblem(spec, origin: "problem '\(options.slug)'", defects: defects, interruption: interruption)
    }
}

/// Reading the files of a user problem; every problem is a defect of its path, collected, never thrown one by one.
enum ProblemFiles {
    /// The UTF-8 text of a file, or a defect.
    static func text(_ path: String, defects: inout [ProblemDefect]) -> String? {
        switch TextFile.read(path) {
        case .success(let text):
            return text
        case .failure(let problem):
            let message = switch problem {
            case .missing: "no such file"
            case .directory: "is a directory, expected a file"
            case .unreadable: "cannot be read (permissions?)"
            case .notText: "is not UTF-8 text"
            }
            defects.append(ProblemDefect(path: path, message))
            return nil
        }
    }

    /// A program file with its language from the extension, or a defect.
    static func program(_ path: String, defects: inout [ProblemDefect]) -> ProgramFile? {
        guard let recipe = LanguageRecipe.forFile(path) else {
            let known = Languages.knownExtensions
            defects.append(ProblemDefect(path: path, "no language for this file (known extensions: \(known))"))
            return nil
        }
        guard let source = text(path, defects: &defects) else { return nil }
        if source.allSatisfy(\.isWhitespace) {
            defects.append(ProblemDefect(path: path, "is empty"))
            return nil
        }
        return ProgramFile(path: path, source: source, language: recipe.name)
    }

    /// The tests of a directory, searched recursively: every `NAME.in` with its `NAME.ans` (or `NAME.out`)
    /// when there is one; answers without inputs are defects. Sorted by path, numbers in names compared as numbers.
    static func tests(in directory: String, origin: TestOrigin, requireAnswers: Bool = false,
                      defects: inout [ProblemDefect]) -> [SpecTest] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            defects.append(ProblemDefect(path: directory, "no such directory"))
            return []
        }
        let files = (FileManager.default.enumerator(atPath: directory)?.allObjects as? [String] ?? [])
            .filter { !$0.hasPrefix(".") && !$0.contains("/.") }
            .sorted { $0.compare($1, options: .numeric) == .orderedAscending }
        let inputs = files.filter { $0.hasSuffix(".in") }
        let stems = Set(inputs.map { String($0.dropLast(3)) })
        for file in files where file.hasSuffix(".ans") || file.hasSuffix(".out") {
            if !stems.contains(String(file.dropLast(4))) {
                defects.append(ProblemDefect(path: directory + "/" + file, "an answer without its input file (\(file.dropLast(4)).in)"))
            }
        }
        if inputs.isEmpty && !files.contains(where: { $0.hasSuffix(".ans") }) {
            defects.append(ProblemDefect(path: directory, "no test inputs (*.in files)"))
        }
        var tests: [SpecTest] = []
        for file in inputs {
            let path = directory + "/" + file
            let stem = directory + "/" + file.dropLast(3)
            guard let input = text(path, defects: &defects) else { continue }
            var answerPath: String? = nil
            for candidate in [stem + ".ans", stem + ".out"] where FileManager.default.fileExists(atPath: candidate) {
                answerPath = candidate
                break
            }
            if answerPath == nil && requireAnswers {
                defects.append(ProblemDefect(path: path, "no answer file \((stem as NSString).lastPathComponent).ans"))
            }
            let answer = answerPath.flatMap { text($0, defects: &defects) }
            tests.append(SpecTest(path: path, origin: origin, input: input, answer: answer, answerPath: answerPath))
        }
        return tests
    }
}
