import ArgumentParser
import PracticeService

struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a catalog problem to your set.")

    @Argument(help: "The problem: slug, unique prefix or LeetCode number.") var problem: String
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let (summary, added) = try database.open().add(problem)
        let record = summary.problem
        try emit(AddResult(added: added, slug: record.slug, title: record.title), json: output.json) {
            let label = record.number.map { "\(record.slug) (#\($0), \(record.difficulty))" } ?? "\(record.slug) (\(record.difficulty))"
            return added
                ? "Added \(label): \(record.title).\nNext: practice show \(record.slug), then practice attempt \(record.slug) FILE"
                : "\(label) is already in your set (\(summary.status.rawValue))."
        }
    }

    struct AddResult: Encodable {
        let added: Bool
        let slug: String
        let title: String
    }
}
