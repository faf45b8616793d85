import Foundation
import Testing

/// Issue 6: problems the user brings, with a reference solution, or as a Kattis/ICPC package, judged by real programs.
@Suite struct UserProblemTests {
    /// "spread": print max - min of n integers. Reference and generator in Python.
    static let reference = """
        import sys
        data = sys.stdin.read().split()
        n = int(data[0]); xs = list(map(int, data[1:1 + n]))
        print(max(xs) - min(xs))
        """
    static let generator = """
        import random, sys
        seed, size = int(sys.argv[1]), int(sys.argv[2])
        r = random.Random(seed)
        n = r.randint(1, size)
        print(n)
        print(*[r.randint(-1000, 1000) for _ in range(n)])
        """
    static let correctC = """
        #include <stdio.h>
        int main(void) { int n; long mx = -100000, mn = 100000; scanf("%d", &n);
          for (int i = 0; i < n; i++) { long x; scanf("%ld", &x); if (x > mx) mx = x; if (x < mn) mn = x; }
          printf("%ld\\n", mx - mn); return 0; }
        """
    /// Wrong when n > 3 (uses the first element as the minimum).
    static let wrongPython = """
        import sys
        data = sys.stdin.read().split()
        n = int(data[0]); xs = list(map(int, data[1:1 + n]))
        print(max(xs) - xs[0] if n > 3 else max(xs) - min(xs))
        """

    private func addSpread(_ cli: CLI, extra: [String] = []) throws -> CLI.Result {
        let tests = cli.directory.appendingPathComponent("tests")
        try FileManager.default.createDirectory(at: tests, withIntermediateDirectories: true)
        try Data("3\n1 5 2\n".utf8).write(to: tests.appendingPathComponent("1.in"))
        try Data("4\n".utf8).write(to: tests.appendingPathComponent("1.ans"))
        try Data("1\n7\n".utf8).write(to: tests.appendingPathComponent("2.in"))
        return try cli.run(["add", "spread", "--title", "Spread", "--reference", try cli.write("ref.py", Self.reference),
                            "--generator", try cli.write("gen.py", Self.generator), "--tests", tests.path,
                            "--tag", "Math", "--max-size", "30"] + extra)
    }

    @Test func aUserProblemJudgesShrinksAndCountsLikeACatalogOne() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let added = try addSpread(cli)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("2 stored tests, random tests from the generator"))

        let good = try cli.json(["attempt", "spread", try cli.write("good.c", Self.correctC), "--random", "40"])
        #expect(good["verdict"] as? String == "AC")
        #expect(good["total"] as? Int == 42)

        let bad = try cli.run(["attempt", "spread", try cli.write("bad.py", Self.wrongPython), "--random", "40", "--seed", "5"])
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("Wrong Answer (WA)"))
        #expect(bad.stdout.contains("Minimal counterexample"))
        #expect(bad.stdout.contains("Stored as test #3 (counterexample)"))
        // The counterexample is a generator input of the smallest failing size: 4 numbers.
        let shown = try cli.json(["show", "spread"])
        let tests = shown["tests"] as? [[String: Any]] ?? []
        let counterexample = tests.first { $0["origin"] as? String == "counterexample" }
        let lines = (counterexample?["input"] as? String ?? "").split(separator: "\n")
        #expect(lines.first == "4")

        // Replaying the seed gives the same tests; statistics count the user problem.
        let replay = try cli.json(["attempt", "spread", cli.directory.appendingPathComponent("bad.py").path, "--random", "40",
                                      "--seed", "5", "--no-shrink"])
        #expect(replay["verdict"] as? String == "WA")
        let list = try cli.run(["list"])
        #expect(list.stdout.contains("spread") && list.stdout.contains("solved"))
        let stats = try cli.run(["stats", "--json"])
        #expect(stats.status == 0)
        #expect(stats.stdout.contains("\"math\""))
    }

    @Test func anAnswerTheReferenceDisagreesWithIsADefectAndNothingIsStored() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let tests = cli.directory.appendingPathComponent("tests")
        try FileManager.default.createDirectory(at: tests, withIntermediateDirectories: true)
        try Data("3\n1 5 2\n".utf8).write(to: tests.appendingPathComponent("1.in"))
        try Data("5\n".utf8).write(to: tests.appendingPathComponent("1.ans"))
        try Data("2\n".utf8).write(to: tests.appendingPathComponent("stray.ans"))
        let result = try cli.run(["add", "spread", "--title", "Spread", "--reference", try cli.write("ref.py", Self.reference),
                                  "--tests", tests.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("2 defects, nothing was added"))
        #expect(result.stderr.contains("tests/1.ans: the reference"))
        #expect(result.stderr.contains("token 1: expected \"5\", got \"4\""))
        #expect(result.stderr.contains("tests/stray.ans: an answer without its input file"))
        #expect(try cli.run(["list", "--json"]).stdout.contains("spread") == false)
    }

    @Test func aGeneratorThatIgnoresItsSeedIsRefused() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let generator = try cli.write("gen.py", "import random\nprint(1)\nprint(random.randint(1, 10**9))\n")
        let result = try cli.run(["add", "spread", "--title", "Spread", "--reference", try cli.write("ref.py", Self.reference),
                                  "--generator", generator])
        #expect(result.status == 65)
        #expect(result.stderr.contains("gen.py: not deterministic"))
    }

    @Test func badSettingsAreUsageErrors() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let reference = try cli.write("ref.py", Self.reference)
        let generator = try cli.write("gen.py", Self.generator)
        let badSlug = try cli.run(["add", "My Problem", "--title", "T", "--reference", reference, "--generator", generator])
        #expect(badSlug.status == 64)
        #expect(badSlug.stderr.contains("is not a valid slug"))
        let catalog = try cli.run(["add", "two-sum", "--title", "T", "--reference", reference, "--generator", generator])
        #expect(catalog.status == 64)
        #expect(catalog.stderr.contains("is a catalog problem"))
        let noTitle = try cli.run(["add", "x", "--reference", reference])
        #expect(noTitle.status == 64)
        #expect(noTitle.stderr.contains("--title is required"))
        let noReference = try cli.run(["add", "x", "--title", "T", "--generator", generator])
        #expect(noReference.status == 64)
        let unknownChecker = try cli.run(["add", "x", "--title", "T", "--reference", reference, "--generator", generator,
                                          "--checker", "fuzzy"])
        #expect(unknownChecker.status == 64)
        #expect(unknownChecker.stderr.contains("--checker must be exact, tokens, float:EPS or a checker program file"))
        #expect(try addSpread(cli).status == 0)
        let function = try cli.run(["attempt", "spread", try cli.write("s.py", "class Solution:\n    def f(self): return 1\n"),
                                    "--mode", "function"])
        #expect(function.status == 64)
        #expect(function.stderr.contains("no function signature to call"))
        let twice = try addSpread(cli)
        #expect(twice.status == 64)
        #expect(twice.stderr.contains("already in your set"))
    }

    @Test func aCheckerProgramAndAFloatToleranceJudgeTextOutputs() throws {
        let cli = try CLI()
        defer { cli.remove() }
        // "any divisor": print any divisor d of n with 1 < d < n; the checker verifies it.
        let reference = try cli.write("ref.py", "n = int(input())\nprint(next(d for d in range(2, n) if n % d == 0))\n")
        let checker = try cli.write("check.py", """
            import sys
            n = int(open(sys.argv[1]).read())
            try:
                d = int(open(sys.argv[2]).read())
            except ValueError:
                print("not a number"); sys.exit(1)
            if 1 < d < n and n % d == 0: sys.exit(0)
            print(f"{d} does not divide {n}"); sys.exit(1)
            """)
        let tests = cli.directory.appendingPathComponent("t")
        try FileManager.default.createDirectory(at: tests, withIntermediateDirectories: true)
        for (name, n) in [("a", 12), ("b", 35), ("c", 49)] {
            try Data("\(n)\n".utf8).write(to: tests.appendingPathComponent("\(name).in"))
        }
        let added = try cli.run(["add", "divisor", "--title", "Any divisor", "--reference", reference, "--checker", checker,
                                 "--tests", tests.path])
        #expect(added.status == 0, "\(added.stderr)")
        let largest = try cli.write("largest.py", "n = int(input())\nprint(max(d for d in range(2, n) if n % d == 0))\n")
        #expect(try cli.run(["attempt", "divisor", largest]).status == 0)
        let wrong = try cli.run(["attempt", "divisor", try cli.write("one.py", "input()\nprint(1)\n")])
        #expect(wrong.status == 1)
        #expect(wrong.stdout.contains("1 does not divide 12"))
        #expect(wrong.stdout.contains("WA"))

        let pi = try cli.write("pi.py", "print(3.14159265)\n")
        let tests2 = cli.directory.appendingPathComponent("t2")
        try FileManager.default.createDirectory(at: tests2, withIntermediateDirectories: true)
        try Data("\n".utf8).write(to: tests2.appendingPathComponent("1.in"))
        #expect(try cli.run(["add", "pi", "--title", "Pi", "--reference", pi, "--tests", tests2.path, "--checker", "float:1e-6"]).status == 0)
        #expect(try cli.run(["attempt", "pi", try cli.write("close.py", "print(3.1415927)\n")]).status == 0)
        let far = try cli.run(["attempt", "pi", try cli.write("far.py", "print(3.1416)\n")])
        #expect(far.status == 1)
        #expect(far.stdout.contains("error"))
    }

    // MARK: Problem packages

    /// A valid package, copied from Examples/packages/closest-pair-sum: closest pair sum, where any optimal pair is
    /// accepted by a custom output validator.
    static func writePackage(at root: URL) throws {
        try FileManager.default.copyItem(atPath: CLI.example("packages", "closest-pair-sum"), toPath: root.path)
    }

    @Test func aPackageIsImportedAndJudgedThroughItsOutputValidator() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let root = cli.directory.appendingPathComponent("closest")
        try Self.writePackage(at: root)
        let added = try cli.run(["add", "--package", root.path])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("Added closest: Closest Pair Sum."))
        #expect(added.stdout.contains("3 stored tests, random tests from the generator; checker output-validator"))
        let shown = try cli.run(["show", "closest"])
        #expect(shown.stdout.contains("# Closest pair sum"))
        #expect(shown.stdout.contains("sorting, two-pointers"))
        #expect(shown.stdout.contains("your problem: checker validate.py (python) · generator gen.py (python) · reference sol.cpp (cpp)"))
        // Another optimal pair (the last one found) is accepted by the validator, on the stored and the random tests.
        let accepted = try cli.run(["attempt", "closest", CLI.example("packages", "closest-pair-sum-other.py"), "--random", "30"])
        #expect(accepted.status == 0, "\(accepted.stdout)\(accepted.stderr)")
        let wrong = try cli.run(["attempt", "closest", try cli.write("first.py", "input(); input(); print(1, 2)\n")])
        #expect(wrong.status == 1)
        #expect(wrong.stdout.contains("sum 5 is not closest to 10"))
    }

    /// A package judged by the default output validator: a Python reference, `data/sample` tests with answers,
    /// and `validator_flags` when given.
    private func writeDefaultValidatorPackage(_ cli: CLI, name: String, flags: String?, reference: String,
                                              tests: [(input: String, answer: String)]) throws -> String {
        let root = cli.directory.appendingPathComponent(name)
        var files = ["problem.yaml": "name: \(name)\n" + (flags.map { "validator_flags: \($0)\n" } ?? ""),
                     "problem_statement/problem.md": "# \(name)\n", "submissions/accepted/ref.py": reference]
        for (index, test) in tests.enumerated() {
            files["data/sample/\(index + 1).in"] = test.input
            files["data/sample/\(index + 1).ans"] = test.answer
        }
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return root.path
    }

    @Test func theDefaultValidatorIgnoresCaseAndSpaceChangesUnlessItsFlagsSayOtherwise() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let reference = "input()\nprint('Hello World!')\n"
        let lower = try cli.write("lower.py", "input()\nprint('hello world!')\n")
        let twoLines = try cli.write("lines.py", "input()\nprint('Hello')\nprint('World!')\n")
        let lenient = try writeDefaultValidatorPackage(cli, name: "greeting", flags: nil, reference: reference,
                                                       tests: [("hi\n", "Hello World!\n")])
        let added = try cli.run(["add", "--package", lenient])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("checker default-validator;"), "\(added.stdout)")
        for file in [lower, twoLines] {
            let result = try cli.run(["attempt", "greeting", file])
            #expect(result.status == 0, "\(file): \(result.stdout)")
        }

        let strict = try writeDefaultValidatorPackage(cli, name: "strict-greeting", flags: "case_sensitive space_change_sensitive",
                                                      reference: reference, tests: [("hi\n", "Hello World!\n")])
        let addedStrict = try cli.run(["add", "--package", strict])
        #expect(addedStrict.status == 0, "\(addedStrict.stderr)")
        #expect(addedStrict.stdout.contains("checker default-validator:case_sensitive space_change_sensitive;"), "\(addedStrict.stdout)")
        let wrongCase = try cli.run(["attempt", "strict-greeting", lower])
        #expect(wrongCase.status == 1)
        #expect(wrongCase.stdout.contains("token 1: expected \"Hello\", got \"hello\""), "\(wrongCase.stdout)")
        let wrongSpace = try cli.run(["attempt", "strict-greeting", twoLines])
        #expect(wrongSpace.status == 1)
        #expect(wrongSpace.stdout.contains("whitespace before token 2"), "\(wrongSpace.stdout)")

        let unknownFlag = try writeDefaultValidatorPackage(cli, name: "odd-flags", flags: "ignore_case", reference: reference,
                                                           tests: [("hi\n", "Hello World!\n")])
        let refused = try cli.run(["add", "--package", unknownFlag])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("problem.yaml: validator_flags: the default validator has no flag 'ignore_case'"), "\(refused.stderr)")
    }

    /// A DOMjudge-style float package: its reference prints `nan` where the answer file says `NaN`, and an answer too
    /// large for a double (`1e400`) is text that `inf` does not match.
    @Test func aFloatPackageComparesNanAndInfinityAsText() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let reference = """
            a, b = map(float, input().split())
            print(a / b if b else ("1e400" if a else float("nan")))

            """
        let package = try writeDefaultValidatorPackage(cli, name: "ratio", flags: "float_tolerance 1e-6", reference: reference,
                                                       tests: [("1 3\n", "0.333333333\n"), ("0 0\n", "NaN\n"), ("1 0\n", "1e400\n")])
        let added = try cli.run(["add", "--package", package])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("Added ratio"))
        let good = try cli.write("good.py", """
            a, b = map(float, input().split())
            print("%.7f" % (a / b) if b else ("1E400" if a else "NAN"))

            """)
        let accepted = try cli.run(["attempt", "ratio", good])
        #expect(accepted.status == 0, "\(accepted.stdout)")
        let infinite = try cli.write("inf.py", """
            a, b = map(float, input().split())
            print(a / b if b else (float("inf") if a else float("nan")))

            """)
        let wrong = try cli.json(["attempt", "ratio", infinite])
        #expect(wrong["verdict"] as? String == "WA")
        let failure = try #require(wrong["failure"] as? [String: Any])
        #expect(failure["ordinal"] as? Int == 3)
        #expect(failure["message"] as? String == "token 1: expected \"1e400\", got \"inf\"")
    }

    @Test func aBrokenPackageListsEveryDefectWithItsPath() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let root = cli.directory.appendingPathComponent("broken")
        try Self.writePackage(at: root)
        try Data("name: Broken\nlimits: [1, 2\n".utf8).write(to: root.appendingPathComponent("problem.yaml"))
        try FileManager.default.removeItem(at: root.appendingPathComponent("data/secret/02.ans"))
        try Data("7\n".utf8).write(to: root.appendingPathComponent("data/secret/orphan.ans"))
        try FileManager.default.removeItem(at: root.appendingPathComponent("submissions/accepted"))
        let result = try cli.run(["add", "--package", root.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("has 4 defects, nothing was added"))
        #expect(result.stderr.contains("broken/problem.yaml:3: is not valid YAML"))
        #expect(result.stderr.contains("data/secret/orphan.ans: an answer without its input file"))
        #expect(result.stderr.contains("data/secret/02.in: no answer file 02.ans"))
        #expect(result.stderr.contains("submissions/accepted: no accepted submission"))
        #expect(try cli.run(["list"]).stdout.contains("broken") == false)

        // Two validator programs: which one is meant? A defect of the validators' directory.
        let second = cli.directory.appendingPathComponent("twofiles")
        try Self.writePackage(at: second)
        try Data("import sys\nsys.exit(42)\n".utf8).write(to: second.appendingPathComponent("output_validators/checker/other.py"))
        let twoFiles = try cli.run(["add", "--package", second.path])
        #expect(twoFiles.status == 65)
        #expect(twoFiles.stderr.contains("output_validators: several output validator programs"))
    }

    @Test func theExamplesOfTheReadmeWork() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let spread = { (file: String) in CLI.example("spread", file) }
        let added = try cli.run(["add", "spread", "--title", "Spread", "--reference", spread("reference.py"), "--generator",
                                 spread("generator.py"), "--tests", spread("tests"), "--statement", spread("statement.md")])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try cli.run(["attempt", "spread", spread("correct.c"), "--random", "30"]).status == 0)
        #expect(try cli.run(["attempt", "spread", spread("wrong.py"), "--random", "30", "--no-shrink", "--seed", "7"]).status == 1)
    }
}
