import ArgumentParser
import Foundation
import ReportModel

struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the terminal dashboard (the default command).",
        discussion: "Keys: ↑/↓ or j/k move, Tab switches pane, Enter opens, Space or h/l collapse/expand, ? help, q quits."
    )

    @Option(name: .long, help: "Folder of reports to open (recursive; .txt and .md). Default: the bundled Data/reports.")
    var corpus: String?

    func run() throws {
        guard let folder = corpus ?? BundledData.reportsFolder() else {
            throw ValidationError("cannot find the bundled Data/reports folder; run from the repository or pass --corpus DIR")
        }
        let loaded = Corpus.load(folder)
        print("loaded \(loaded.reports.count) reports, \(loaded.failures.count) failed")
    }
}
