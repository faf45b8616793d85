import Foundation
import PracticeCatalog
import PracticeRunner
import Yams

/// Reads a problem in the Kattis / ICPC problem package format into a ``UserProblemSpec``:
///
/// - `problem.yaml`: `name` (text, or a map by language), `limits.time_limit` (seconds; else `limits.time_multiplier`
///   times the reference's slowest test, default 5), `limits.memory` (MiB), `validation` (`default` or `custom`),
///   `validator_flags` (`case_sensitive`, `space_change_sensitive`, `float_tolerance E` and friends for the default
///   validator, see ``DefaultValidatorFlags``), `source`, `source_url`, `keywords`.
/// - `problem_statement/problem[.LANG].md` (else `.tex`, kept as it is), or `statement/` (newer packages).
/// - `data/sample` (examples) and `data/secret`, searched recursively: `NAME.in` with `NAME.ans`.
/// - `submissions/accepted/`: one single-file submission in a known language is the reference (C++ and C first).
/// - `output_validators/NAME/` (or one file): the custom checker of `validation: custom`; local `#include "x.h"`
///   files beside it are inlined, so the stored checker is one file.
/// - `generators/`: an optional generator taking `SEED SIZE` (one program file).
///
/// Every defect is collected with its path; the package is added only when there is none.
enum ProblemPackage {
    /// Extensions tried for the reference, fastest to judge with first.
    static let referencePreference = ["cpp", "cc", "cxx", "c", "py", "js", "mjs", "swift"]

    static func read(_ directory: String, slug: String?, defects: inout [ProblemDefect]) -> UserProblemSpec? {
        let root = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            defects.append(ProblemDefect(path: root, "no such directory: give the package's top directory (with problem.yaml)"))
            return nil
        }
        let shortName = slug ?? (root as NSString).lastPathComponent.lowercased()
            .map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()

        // problem.yaml
        var settings: [String: Any] = [:]
        let yamlPath = root + "/problem.yaml"
        let defectsBeforeYAML = defects.count
        if let text = ProblemFiles.text(yamlPath, defects: &defects) {
            do {
                if let loaded = try Yams.load(yaml: text) {
                    if let map = loaded as? [String: Any] { settings = map } else {
                        defects.append(ProblemDefect(path: yamlPath, "must be a YAML mapping (name: ..., limits: ...)"))
                    }
                }
            } catch let error as YamlError {
                defects.append(ProblemDefect(path: yamlPath + Self.line(of: error), "is not valid YAML: \(Self.describe(error))"))
            } catch {
                defects.append(ProblemDefect(path: yamlPath, "is not valid YAML: \(error)"))
            }
        }
        let yamlRead = defects.count == defectsBeforeYAML
        let title: String
        switch settings["name"] {
        case let name as String: title = name
        case let names as [String: Any]: title = (names["en"] as? String) ?? (names.values.first as? String) ?? shortName
        case nil: title = shortName
        default:
            defects.append(ProblemDefect(path: yamlPath, "'name' must be text or a map of languages to text"))
            title = shortName
        }
        let limits = settings["limits"] as? [String: Any] ?? [:]
        if settings["limits"] != nil && settings["limits"] as? [String: Any] == nil {
            defects.append(ProblemDefect(path: yamlPath, "'limits' must be a mapping (time_limit, memory, ...)"))
        }
        let timeLimit = number(limits["time_limit"], "limits.time_limit", yamlPath, &defects)
        let multiplier = number(limits["time_multiplier"], "limits.time_multiplier", yamlPath, &defects) ?? 5
        let memory = number(limits["memory"], "limits.memory", yamlPath, &defects).map { Int($0) } ?? 1024
        let validation = (settings["validation"] as? String) ?? "default"
        let flags = ((settings["validator_flags"] as? String) ?? "").split(whereSeparator: \.isWhitespace).map(String.init)
        if validation.contains("interactive") {
            defects.append(ProblemDefect(path: yamlPath, "interactive problems are not supported (validation: \(validation))"))
        }

        // The statement.
        var statement = ""
        let statementFiles = ["problem_statement/problem.md", "problem_statement/problem.en.md", "statement/problem.en.md",
                              "problem_statement/problem.en.tex", "problem_statement/problem.tex", "statement/problem.en.tex"]
        if let found = statementFiles.first(where: { FileManager.default.fileExists(atPath: root + "/" + $0) }) {
            statement = ProblemFiles.text(root + "/" + found, defects: &defects) ?? ""
        } else {
            defects.append(ProblemDefect(path: root + "/problem_statement", "no problem.md or problem.tex statement"))
        }

        // Tests.
        var tests: [SpecTest] = []
        let sample = root + "/data/sample", secret = root + "/data/secret"
        let hasSample = FileManager.default.fileExists(atPath: sample), hasSecret = FileManager.default.fileExists(atPath: secret)
        if hasSample { tests += ProblemFiles.tests(in: sample, origin: .example, requireAnswers: true, defects: &defects) }
        if hasSecret { tests += ProblemFiles.tests(in: secret, origin: .user, requireAnswers: true, defects: &defects) }
        if !hasSample && !hasSecret {
            defects.append(ProblemDefect(path: root + "/data", "no data/sample or data/secret directory with .in/.ans tests"))
        }

        // The reference: an accepted submission.
        var reference: ProgramFile? = nil
        let accepted = root + "/submissions/accepted"
        let submissions = files(in: accepted)
        if submissions.isEmpty {
            defects.append(ProblemDefect(path: accepted, "no accepted submission: one is needed as the reference"))
        } else {
            let known = submissions.filter { LanguageRecipe.forFile($0) != nil }
            let rank = { (file: String) in referencePreference.firstIndex(of: (file as NSString).pathExtension.lowercased()) ?? 99 }
            if let best = known.min(by: { (rank($0), $0) < (rank($1), $1) }) {
                reference = ProblemFiles.program(accepted + "/" + best, defects: &defects)
            } else {
                let known = Languages.knownExtensions
                defects.append(ProblemDefect(path: accepted, "no single-file submission in a known language (\(known))"))
            }
        }

        // The checker.
        var checker = CheckerChoice.builtin(.defaultValidator(DefaultValidatorFlags()))
        let validators = root + "/output_validators"
        if validation.hasPrefix("custom") {
            if let program = outputValidator(validators, defects: &defects) {
                checker = .icpc(program, flags: flags)
            }
        } else {
            do {
                checker = .builtin(try defaultChecker(flags))
            } catch {
                defects.append(ProblemDefect(path: yamlPath, Self.describe(error)))
            }
            if yamlRead,  // problem.yaml read: its 'validation' is known
               !((try? FileManager.default.contentsOfDirectory(atPath: validators)) ?? []).filter({ !$0.hasPrefix(".") }).isEmpty {
                defects.append(ProblemDefect(path: validators, "present, but problem.yaml does not say 'validation: custom'"))
            }
        }

        // An optional generator.
        var generator: ProgramFile? = nil
        let generators = root + "/generators"
        if FileManager.default.fileExists(atPath: generators) {
            let programs = files(in: generators).filter { LanguageRecipe.forFile($0) != nil }
            if programs.count == 1 {
                generator = ProblemFiles.program(generators + "/" + programs[0], defects: &defects)
            } else if programs.count > 1 {
                defects.append(ProblemDefect(path: generators, "several generator programs (\(programs.joined(separator: ", "))): keep one that takes SEED SIZE"))
            }
        }

        let tags = (settings["keywords"] as? String).map { $0.split(separator: " ").map(String.init) }
            ?? (settings["keywords"] as? [String]) ?? []
        guard let reference else { return nil }
        return UserProblemSpec(
            slug: shortName, title: title, statement: statement, difficulty: .medium, tags: tags,
            sourceURL: (settings["source_url"] as? String) ?? (settings["source"] as? String).flatMap { $0.hasPrefix("http") ? $0 : nil },
            timeLimit: timeLimit, timeMultiplier: multiplier, memoryLimitMB: memory, reference: reference,
            generator: generator, maxSize: 100, checker: checker, tests: tests)
    }

    /// The default output validator with the package's `validator_flags` (see ``DefaultValidatorFlags``): tokens
    /// compared case-insensitively unless `case_sensitive`, whitespace changes ignored unless `space_change_sensitive`,
    /// numbers within `float_tolerance`, `float_absolute_tolerance` or `float_relative_tolerance` when given.
    static func defaultChecker(_ flags: [String]) throws(CatalogError) -> Checker {
        .defaultValidator(try DefaultValidatorFlags(flags))
    }

    private static func describe(_ error: CatalogError) -> String {
        if case .invalidValidatorFlags(let reason) = error { return "validator_flags: \(reason)" }
        return error.localizedDescription
    }

    /// The custom output validator: one program, as a file of `output_validators/` or the one source file of a
    /// subdirectory, with its local `#include "..."` files inlined.
    private static func outputValidator(_ directory: String, defects: inout [ProblemDefect]) -> ProgramFile? {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory))?.sorted() ?? []
        var candidates: [String] = []
        for entry in entries where !entry.hasPrefix(".") {
            let path = directory + "/" + entry
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            if isDirectory.boolValue {
                candidates += files(in: path).filter { LanguageRecipe.forFile($0) != nil }.map { path + "/" + $0 }
            } else if LanguageRecipe.forFile(entry) != nil {
                candidates.append(path)
            }
        }
        guard candidates.count == 1, var program = ProblemFiles.program(candidates[0], defects: &defects) else {
            defects.append(ProblemDefect(path: directory, candidates.isEmpty
                ? "validation is custom but there is no output validator program in a known language"
                : "several output validator programs (\(candidates.map { ($0 as NSString).lastPathComponent }.joined(separator: ", "))): keep one"))
            return nil
        }
        program = ProgramFile(path: program.path, source: inlineLocalIncludes(program.source, directory: (program.path as NSString).deletingLastPathComponent),
                              language: program.language)
        return program
    }

    /// `#include "x.h"` lines replaced by the file's text when it is beside the source (each file once).
    static func inlineLocalIncludes(_ source: String, directory: String) -> String {
        var seen: Set<String> = []
        return inline(source, directory: directory, seen: &seen)
    }

    private static func inline(_ source: String, directory: String, seen: inout Set<String>) -> String {
        var lines: [String] = []
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("#include \""), let end = trimmed.dropFirst(10).firstIndex(of: "\"") else {
                lines.append(String(line))
                continue
            }
            let name = String(trimmed.dropFirst(10)[..<end])
            let path = directory + "/" + name
            if seen.contains(path) { continue }
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                lines.append(String(line))  // not beside the source: left for the compiler
                continue
            }
            seen.insert(path)
            lines.append("// ---- \(name) (inlined by practice) ----")
            lines.append(inline(text, directory: directory, seen: &seen))
        }
        return lines.joined(separator: "\n")
    }

    /// Regular files directly in a directory, sorted; empty when it does not exist.
    private static func files(in directory: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { name in
            var isDirectory: ObjCBool = false
            return !name.hasPrefix(".") && FileManager.default.fileExists(atPath: directory + "/" + name, isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }.sorted()
    }

    private static func number(_ value: Any?, _ key: String, _ path: String, _ defects: inout [ProblemDefect]) -> Double? {
        switch value {
        case nil: return nil
        case let number as Int where number > 0: return Double(number)
        case let number as Double where number > 0 && number.isFinite: return number
        default:
            defects.append(ProblemDefect(path: path, "'\(key)' must be a positive number, got \(value.map { "\($0)" } ?? "nothing")"))
            return nil
        }
    }

    private static func line(of error: YamlError) -> String {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return ":\(mark.line)"
        default:
            return ""
        }
    }

    private static func describe(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        case .duplicatedKeysInMapping(let duplicates, _):
            return "duplicated keys \(duplicates.joined(separator: ", "))"
        default:
            return String(describing: error).split(separator: "\n").first.map(String.init) ?? "syntax error"
        }
    }
}

extension Practice {
    /// Validates and adds a problem package (see ``ProblemPackage``): every defect is reported with its path,
    /// and nothing is stored unless there is none.
    public func addPackage(_ directory: String, slug: String? = nil,
                           interruption: CancellationFlag? = nil) throws(ServiceError) -> UserProblemReport {
        var defects: [ProblemDefect] = []
        let spec = ProblemPackage.read(directory, slug: slug, defects: &defects)
        guard let spec else { throw .invalidProblem("package \(directory)", defects: defects) }
        return try addUserProblem(spec, origin: "package \(directory)", defects: defects, interruption: interruption)
    }
}
