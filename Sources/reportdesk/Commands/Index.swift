import ArgumentParser
import Foundation
import ReportModel
import ReportStore

struct Index: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build or bring up to date the index of a folder of reports.",
        discussion: """
        New and changed files (by content hash) are parsed on every core, removed files are dropped, unchanged \
        ones are left alone. Each file is written in its own transaction: Ctrl-C (or a crash) keeps what was \
        done, and the next run carries on. Progress goes to stderr; the summary ends with every file that \
        could not be read and why (exit status 1 when there are any).

        The index is <DIR>/.reportdesk/index.sqlite unless --index says otherwise; when DIR is read-only it \
        goes to ~/.cache/reportdesk. Nothing else in DIR is ever written.
        """
    )

    @Argument(help: "Folder of reports (recursive; .txt, .md, .html, .htm, .docx, .pdf). Default: the bundled Data/reports.")
    var dir: String?

    @OptionGroup var index: IndexOptions

    @Flag(name: .long, help: "Print the summary as JSON.")
    var json = false

    @Flag(name: .long, help: "Also check the index's consistency (SQLite integrity check and per-report row counts).")
    var check = false

    func run() throws {
        let folder = try BundledData.folder(dir, option: "DIR")
        var (store, refreshed) = try index.open(folder)
        var s = refreshed ?? IngestSummary()
        var problems: [String] = []
        if check {
            do {
                problems = try store.checkConsistency()
            } catch where IndexStore.isBroken(error) {
                // SQLite-level damage (the integrity check itself fails): rebuilt, then checked again.
                (store, s) = try index.rebuild(store, because: error, quiet: json)
                problems = try store.checkConsistency()
            }
        }
        let counts = try store.counts()
        if json {
            try printJSON(IndexJSON(index: store.path, added: s.added, updated: s.updated, removed: s.removed, unchanged: s.unchanged,
                                    failed: s.failed.map { IndexJSON.Failure(file: $0.file, problem: $0.problem) }, cancelled: s.cancelled,
                                    seconds: (s.seconds * 1000).rounded() / 1000, bytesParsed: s.bytesParsed,
                                    reports: counts.reports, indicators: counts.indicators, consistent: problems.isEmpty))
        } else {
            print("index: \(store.path)")
            print("added \(s.added), updated \(s.updated), removed \(s.removed), unchanged \(s.unchanged), failed \(s.failed.count)"
                  + String(format: " in %.2f s", s.seconds)
                  + (s.bytesParsed > 0 ? String(format: " (%.1f MB parsed)", Double(s.bytesParsed) / 1e6) : ""))
            print("\(counts.reports) reports, \(counts.indicators) indicators" + (counts.failures > 0 ? ", \(counts.failures) unreadable files" : ""))
            if check { print(problems.isEmpty ? "consistent" : "INCONSISTENT:\n  " + problems.joined(separator: "\n  ")) }
            for e in s.failed { print("failed: \(e.file): \(e.problem)") }
        }
        if !s.failed.isEmpty || !problems.isEmpty { throw ExitCode(1) }
    }
}
