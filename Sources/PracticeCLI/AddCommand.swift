import ArgumentParser
import PracticeTracker

struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a catalog problem, your own problem with a reference solution, or a problem package to your set.",
        discussion: """
            practice add 581                              a catalog problem (slug, prefix or LeetCode number)
            practice add SLUG --title T --reference FILE  your own problem: expected answers come from running FILE \
            (any language practice can run) on your tests (--tests DIR: NAME.in files, with NAME.ans answers checked \
            against the reference when present) and on random inputs from --generator FILE, a program run as \
            'generator SEED SIZE' (SIZE from 1 to --max-size) that prints one input. --checker is exact, tokens \
            (default), float:EPS, or a checker program run as 'checker INPUT ACTUAL EXPECTED' (exit 0 = accepted).
            practice add --package DIR                    a Kattis/ICPC problem package (problem.yaml, problem_statement/, \
            data/sample and data/secret, submissions/accepted as the reference, output_validators/, generators/).
            Every defect is reported with its file; nothing is added unless there is none (exit 65).
            """)

    @Argument(help: "The problem: a catalog slug, prefix or number; or the slug of your own problem.") var problem: String?
    @Option(name: .long, help: "Your problem's title.") var title: String?
    @Option(name: .long, help: ArgumentHelp("Your problem's reference solution.", valueName: "file")) var reference: String?
    @Option(name: .long, help: ArgumentHelp("A program printing one input for the arguments SEED SIZE.", valueName: "file")) var generator: String?
    @Option(name: .long, help: ArgumentHelp("A directory of tests: NAME.in, and NAME.ans when you have the answer.", valueName: "dir")) var tests: String?
    @Option(name: .long, help: ArgumentHelp("exact, tokens, float:EPS, or a checker program file.", valueName: "checker")) var checker: String?
    @Option(name: .long, help: ArgumentHelp("A tag (repeat for several).", valueName: "tag")) var tag: [String] = []
    @Option(name: .long, help: "easy, medium or hard (default medium).") var difficulty: String?
    @Option(name: .long, help: ArgumentHelp("The statement, a Markdown file.", valueName: "file")) var statement: String?
    @Option(name: .customLong("time-limit"), help: ArgumentHelp("CPU seconds per test (default 2).", valueName: "seconds")) var timeLimit: Double?
    @Option(name: .customLong("memory-limit"), help: ArgumentHelp("Memory per test in MB (default 256).", valueName: "MB")) var memoryLimit: Int?
    @Option(name: .customLong("max-size"), help: ArgumentHelp("The largest SIZE given to the generator (default 100).", valueName: "n")) var maxSize: Int?
    @Option(name: .long, help: ArgumentHelp("A Kattis/ICPC problem package directory.", valueName: "dir")) var package: String?
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    private var userOptionsGiven: Bool {
        title != nil || generator != nil || tests != nil || checker != nil || !tag.isEmpty || difficulty != nil
            || statement != nil || timeLimit != nil || memoryLimit != nil || maxSize != nil
    }

    func validate() throws {
        if package != nil {
            if reference != nil || userOptionsGiven {
                throw ValidationError("--package takes its settings from problem.yaml: give only the directory (and optionally the slug)")
            }
        } else if reference != nil {
            guard problem != nil else { throw ValidationError("give the new problem's slug: practice add my-problem --title T --reference FILE") }
            guard let title, !title.isEmpty else { throw ValidationError("--title is required with --reference") }
        } else if userOptionsGiven {
            throw ValidationError("--reference FILE is required to add your own problem (its answers come from running it)")
        } else if problem == nil {
            throw ValidationError("give a catalog problem (slug, prefix or number), or --reference FILE, or --package DIR")
        }
    }

    func run() throws {
        let practice = try database.open()
        if let package {
            let interruption = Interrupts.installCancellingHandler()
            let report = try practice.addPackage(package, slug: problem, interruption: interruption)
            try emitUser(report)
        } else if let reference, let problem, let title {
            var options = UserProblemOptions(slug: problem, title: title, referencePath: reference)
            options.generatorPath = generator
            options.testsDirectory = tests
            options.checker = checker
            options.statementPath = statement
            options.tags = tag
            options.difficulty = difficulty
            options.timeLimit = timeLimit
            options.memoryLimitMB = memoryLimit
            options.maxSize = maxSize
            let interruption = Interrupts.installCancellingHandler()
            try emitUser(try practice.addUserProblem(options, interruption: interruption))
        } else if let problem {
            let (summary, added) = try practice.add(problem)
            let record = summary.problem
            try emit(AddResult(added: added, slug: record.slug, title: record.title), json: output.json) {
                let label = record.number.map { "\(record.slug) (#\($0), \(record.difficulty))" } ?? "\(record.slug) (\(record.difficulty))"
                return added
                    ? "Added \(label): \(record.title).\nNext: practice show \(record.slug), then practice attempt \(record.slug) FILE"
                    : "\(label) is already in your set (\(summary.status.rawValue))."
            }
        }
    }

    private func emitUser(_ report: UserProblemReport) throws {
        try emit(report, json: output.json) {
            let random = report.hasGenerator ? ", random tests from the generator" : ", no generator (only the stored tests)"
            return """
                Added \(report.slug): \(report.title).
                \(report.tests) stored test\(report.tests == 1 ? "" : "s")\(random); checker \(report.checker); \
                time limit \(report.timeLimit) s (reference's slowest test \(Render.milliseconds(report.referenceSeconds * 1000))).
                Next: practice attempt \(report.slug) FILE
                """
        }
    }

    struct AddResult: Encodable {
        let added: Bool
        let slug: String
        let title: String
    }
}
