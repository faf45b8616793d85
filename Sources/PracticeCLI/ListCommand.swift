import ArgumentParser
import PracticeTracker
import PracticeStorage
import PracticeModel

extension ProblemStatus: ExpressibleByArgument {}

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List your problems with their status.")

    @Option(name: .long, help: "Only problems with this tag.") var tag: String?
    @Option(name: .long, help: "Only problems with this status: todo, attempted or solved.") var status: ProblemStatus?
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let problems = try database.open().list(tag: tag, status: status)
        let terminal = Terminal.current
        try emit(problems, json: output.json) {
            guard !problems.isEmpty else {
                return tag == nil && status == nil
                    ? "Your set is empty: see 'practice catalog', then 'practice add <slug | number>'."
                    : "None of your problems matches."
            }
            let rows = problems.map { item in
                [item.problem.number.map(String.init) ?? "-", item.problem.slug, item.problem.difficulty.rawValue, item.status.rawValue,
                 String(item.attempts), item.lastVerdict?.rawValue ?? "", item.lastAttemptAt.map { Render.date($0) } ?? "",
                 item.tags.joined(separator: ", ")]
            }
            return Render.table(["#", "slug", "difficulty", "status", "attempts", "last", "last attempt", "tags"], rows,
                                rightAligned: [0, 4]) { row, column, text in
                switch column {
                case 3: Render.status(problems[row].status, terminal) + String(repeating: " ", count: text.count - problems[row].status.rawValue.count)
                case 5: Render.verdict(text, terminal)
                default: text
                }
            }
        }
    }
}
