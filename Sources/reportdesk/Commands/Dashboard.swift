import ArgumentParser
import Foundation
import ReportModel
import ReportStore
import ReportTUI

struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open the terminal dashboard (the default command).",
        discussion: """
        Browse places by level and their reports by year, the section tree, the text with its figures marked and the
        indicator table; / searches indicators (Chinese, alias or pinyin: gdp, dqsczz), F searches the text, y shows an
        indicator year over year, c compares places side by side. ? lists every key (docs/keys.md), q quits.
        Colours follow the terminal; NO_COLOR or --no-color turns them off.
        """
    )

    @Option(name: .long, help: "Folder of reports to open (recursive; .txt, .md, .html, .htm, .docx, .pdf). Default: the bundled Data/reports.")
    var corpus: String?

    @Flag(name: .long, help: "Draw without colours (also when NO_COLOR is set).")
    var noColor = false

    @Flag(name: .long, help: "Leave the mouse to the terminal (for selecting text); m toggles it in the dashboard.")
    var noMouse = false

    @Option(name: .long, help: "Folder the e key writes the indicator table to (never overwriting a file). Default: the working directory.")
    var exportDir: String?

    @OptionGroup var index: IndexOptions

    func run() throws {
        let exports = exportDir ?? FileManager.default.currentDirectoryPath
        do { try ExportFile.check(folder: exports) } catch { throw ValidationError("--export-dir: \(error)") }
        // A terminal that cannot show the dashboard is refused before the index is read or built.
        do { try NCursesTerminal.checkTerminalType() } catch { try refuse(error) }
        let folder = try BundledData.folder(corpus)
        // The list comes from the index (refreshed first, with progress); the report under the cursor is read in full.
        let (store, _) = try index.open(folder)
        let failures = try store.failures()
        let name = corpus == nil ? "bundled" : URL(fileURLWithPath: folder).lastPathComponent
        // Choices kept from the last session (the table's catalog filter), in ~/.config/reportdesk/dashboard.json.
        let prefs = PreferencesFile.defaultPath
        let state = DashboardState(corpusName: name, reports: try store.reportList(), failures: failures, mouse: !noMouse,
                                   preferences: PreferencesFile.load(prefs))
        let color = !noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        do {
            try DashboardApp.run(state, color: color, queries: store, exportDir: exports, preferences: prefs)
        } catch let e as NCursesTerminal.StartError {
            try refuse(e)
        }
        reportErrors(failures)
    }

    /// States why the dashboard cannot start and exits with status 1 (not a usage error: the command was right).
    private func refuse(_ e: NCursesTerminal.StartError) throws -> Never {
        FileHandle.standardError.write(Data("reportdesk: \(e.description)\n".utf8))
        throw ExitCode(1)
    }
}
