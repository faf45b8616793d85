import ArgumentParser
import PracticeTracker

struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "catalog", abstract: "List the built-in problems.")

    @Option(name: .long, help: "Only problems with this tag.") var tag: String?
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let entries = try database.open().catalog(tag: tag)
        let terminal = Terminal.current
        try emit(entries, json: output.json) {
            guard !entries.isEmpty else { return "No catalog problem has the tag '\(tag ?? "")'." }
            let rows = entries.map { entry in
                [entry.number.map(String.init) ?? "-", entry.slug, entry.title, entry.difficulty.rawValue,
                 entry.tags.joined(separator: ", "), entry.added ? "added" : ""]
            }
            return Render.table(["#", "slug", "title", "difficulty", "tags", ""], rows, rightAligned: [0]) { _, column, text in
                column == 5 ? terminal.paint(text, .green) : text
            } + "\n\nAdd one with: practice add <slug | number>"
        }
    }
}
