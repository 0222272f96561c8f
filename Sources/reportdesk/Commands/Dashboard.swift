import ArgumentParser
import Foundation
import ReportModel
import ReportStore
import ReportTUI

struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the terminal dashboard (the default command).",
        discussion: """
        Keys: ↑/↓ or j/k move, Tab switches pane, Enter opens, ←/→ or h/l collapse/expand, ? help, q quits.
        Colours follow the terminal; NO_COLOR or --no-color turns them off. See docs/keys.md.
        """
    )

    @Option(name: .long, help: "Folder of reports to open (recursive; .txt and .md). Default: the bundled Data/reports.")
    var corpus: String?

    @Flag(name: .long, help: "Draw without colours (also when NO_COLOR is set).")
    var noColor = false

    @OptionGroup var index: IndexOptions

    func run() throws {
        let folder = try BundledData.folder(corpus)
        // The list comes from the index (refreshed first, with progress); the report under the cursor is read in full.
        let (store, _) = try index.open(folder)
        let failures = try store.failures()
        let name = corpus == nil ? "bundled" : URL(fileURLWithPath: folder).lastPathComponent
        let state = DashboardState(corpusName: name, reports: try store.reportList(), failures: failures)
        let color = !noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        do {
            try DashboardApp.run(state, color: color, read: { try? ReportReader.read(path: $0) })
        } catch let e as NCursesTerminal.StartError {
            throw ValidationError(e.description)
        }
        reportErrors(failures)
    }
}
