import ArgumentParser
import Foundation
import PracticeTracker

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML report: calendar, solved over time, difficulties, tags, review queue, recent attempts.",
        discussion: "The page has no scripts and loads nothing from the network: its charts are inline SVG.")

    @Option(name: .long, help: ArgumentHelp("The HTML file to write (replaced if it exists).", valueName: "file"))
    var html: String
    @OptionGroup var zone: TimeZoneOptions
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let report = try database.open().report(timeZone: zone.timeZone)
        let page = HTMLReport(report: report, timeZone: zone.timeZone).render()
        let path = (html as NSString).expandingTildeInPath
        do {
            try Data(page.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            let reason = error.localizedDescription.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
            throw ServiceError.invalidOption("cannot write the report to '\(path)': \(reason); choose a writable path")
        }
        print("Wrote \(path) (\(page.utf8.count / 1024 + 1) KB): open it in a browser.")
    }
}
