import ArgumentParser
import Foundation
import ReportModel
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

    func run() throws {
        guard let folder = corpus ?? BundledData.reportsFolder() else {
            throw ValidationError("cannot find the bundled Data/reports folder; run from the repository or pass --corpus DIR")
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
            throw ValidationError("\(folder): not a folder")
        }
        let files = Corpus.files(under: folder)
        if files.count > 50 { FileHandle.standardError.write(Data("reportdesk: reading \(files.count) reports in \(folder)…\n".utf8)) }
        let loaded = Corpus.load(files: files, root: folder)
        let name = corpus == nil ? "bundled" : URL(fileURLWithPath: folder).lastPathComponent
        let state = DashboardState(corpusName: name, reports: loaded.reports, failures: loaded.failures)
        let color = !noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        do {
            try DashboardApp.run(state, color: color)
        } catch let e as NCursesTerminal.StartError {
            throw ValidationError(e.description)
        }
        reportErrors(loaded.failures)
    }
}
