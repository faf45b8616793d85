@testable import PracticeTracker
import Foundation
import PracticeCatalog
import PracticeStorage
import Testing

/// The pure parts of user problems and packages: reading test directories, validator flags, include inlining,
/// and versions (the catalog oracle's text interface is tested with the judge).
@Suite struct UserProblemLogicTests {
    private func directory(_ files: [String: String]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("practice-up-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root.path
    }

    @Test func testDirectoriesPairInputsWithAnswersInNumericOrder() throws {
        let root = try directory(["10.in": "ten", "2.in": "two", "2.ans": "2", "g/1.in": "one", "g/1.out": "1", ".hidden.in": "x"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        var defects: [ProblemDefect] = []
        let tests = ProblemFiles.tests(in: root, origin: .user, defects: &defects)
        #expect(defects.isEmpty)
        #expect(tests.map(\.input) == ["two", "ten", "one"])
        #expect(tests.map(\.answer) == ["2", nil, "1"])
        #expect(tests.allSatisfy { $0.origin == .user })

        var strict: [ProblemDefect] = []
        _ = ProblemFiles.tests(in: root, origin: .user, requireAnswers: true, defects: &strict)
        #expect(strict == [ProblemDefect(path: root + "/10.in", "no answer file 10.ans")])
    }

    @Test func unreadableFilesAreDefectsOfTheirPath() throws {
        let root = try directory(["a.in": "x", "b.ans": "y"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Data([0x66, 0x00, 0xFF]).write(to: URL(fileURLWithPath: root + "/c.in"))
        var defects: [ProblemDefect] = []
        let tests = ProblemFiles.tests(in: root, origin: .example, defects: &defects)
        #expect(tests.count == 1)
        #expect(defects.contains(ProblemDefect(path: root + "/b.ans", "an answer without its input file (b.in)")))
        #expect(defects.contains(ProblemDefect(path: root + "/c.in", "is not UTF-8 text")))
        var missing: [ProblemDefect] = []
        #expect(ProblemFiles.program(root + "/nope.py", defects: &missing) == nil)
        #expect(missing == [ProblemDefect(path: root + "/nope.py", "no such file")])
        var unknown: [ProblemDefect] = []
        #expect(ProblemFiles.program(root + "/a.in", defects: &unknown) == nil)
        #expect(unknown.first?.message.hasPrefix("no language for this file") == true)
    }

    @Test func validatorFlagsPickTheDefaultComparison() throws {
        #expect(try ProblemPackage.defaultChecker([]) == .defaultValidator(DefaultValidatorFlags()))
        #expect(try ProblemPackage.defaultChecker(["float_tolerance", "1e-4"])
                == .defaultValidator(DefaultValidatorFlags(absoluteTolerance: 1e-4, relativeTolerance: 1e-4)))
        #expect(try ProblemPackage.defaultChecker(["case_sensitive", "float_relative_tolerance", "0.5"])
                == .defaultValidator(DefaultValidatorFlags(caseSensitive: true, relativeTolerance: 0.5)))
        #expect(try ProblemPackage.defaultChecker(["space_change_sensitive"]).name == "default-validator:space_change_sensitive")
        #expect(throws: CatalogError.self) { try ProblemPackage.defaultChecker(["float_tolerance"]) }
    }

    @Test func localIncludesAreInlinedOnce() throws {
        let root = try directory(["validate.h": "#include \"util.h\"\nint check();\n", "util.h": "int util();\n"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let source = "#include <stdio.h>\n#include \"validate.h\"\n#include \"util.h\"\n#include \"missing.h\"\nint main() {}\n"
        let inlined = ProblemPackage.inlineLocalIncludes(source, directory: root)
        #expect(inlined.contains("#include <stdio.h>"))
        #expect(inlined.contains("int check();"))
        #expect(inlined.components(separatedBy: "int util();").count == 2)  // once
        #expect(inlined.contains("#include \"missing.h\""))  // left for the compiler to report
        #expect(!inlined.contains("#include \"validate.h\""))
    }

    @Test func theVersionChangesWithEveryProgramAndTheChecker() {
        let reference = ProgramFile(path: "ref.py", source: "print(1)\n", language: "python")
        var spec = UserProblemSpec(slug: "x", title: "X", reference: reference)
        let base = Practice.userVersion(spec, checkerName: "tokens")
        #expect(base.hasPrefix("user+") && base.count == 17)
        #expect(Practice.userVersion(spec, checkerName: "exact") != base)
        spec.generator = ProgramFile(path: "gen.py", source: "print(2)\n", language: "python")
        let withGenerator = Practice.userVersion(spec, checkerName: "tokens")
        #expect(withGenerator != base)
        spec.maxSize = 7
        #expect(Practice.userVersion(spec, checkerName: "tokens") != withGenerator)
        #expect(UserProblemRules.isValidSlug("my-problem-2"))
        #expect(!UserProblemRules.isValidSlug("-x") && !UserProblemRules.isValidSlug("My") && !UserProblemRules.isValidSlug("a b"))
        #expect(!UserProblemRules.isValidSlug(String(repeating: "a", count: 65)))
        #expect(UserOracle.generatorSeed(UInt64.max) == 0x7FFF_FFFF)
    }
}
