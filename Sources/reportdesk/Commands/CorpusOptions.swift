import ArgumentParser
import Foundation
import ReportModel
import ReportStore

/// `--corpus DIR` for commands that work across reports; the bundled Data/reports by default.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: "Folder of reports (recursive; .txt, .md, .html, .htm, .docx, .pdf). Default: the bundled Data/reports.")
    var corpus: String?

    @OptionGroup var index: IndexOptions

    /// Runs `body` on the corpus as the analysis sees it, read from the index (brought up to date first). Files
    /// that could not be read are named on stderr, and after `body` has printed its output the command exits 1.
    func analyse(_ body: (Analysis) throws -> Void) throws {
        let folder = try BundledData.folder(corpus)
        let (store, _) = try index.open(folder)
        let failures = try store.failures()
        reportErrors(failures)
        try body(Analysis(reports: try store.reports()))
        try exitIfUnreadable(failures)
    }

    /// `all` (or `*`) means every place, narrowed by `--level`; anything else names one place.
    static func isAll(_ query: String) -> Bool { query == "all" || query == "*" }

    func places(_ a: Analysis, _ query: String, level: LevelFilter?) throws -> [PlaceSummary] {
        if Self.isAll(query) {
            return a.places.places.filter { p in level.map { $0.includes(p.level) } ?? true }
        }
        return [try place(a, query)]
    }

    func place(_ a: Analysis, _ query: String) throws -> PlaceSummary {
        guard let p = a.places.find(query) else { throw CommandError("no place matches \"\(query)\"; `reportdesk places` lists them") }
        return p
    }
}

/// Coarse government level for `--level`: province-level, city, county-level, township-level.
enum LevelFilter: String, ExpressibleByArgument, CaseIterable {
    case province, city, county, town
    func includes(_ level: PlaceLevel?) -> Bool {
        guard let level else { return false }
        return level.rank == Self.allCases.firstIndex(of: self)
    }
}
