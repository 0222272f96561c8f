import ArgumentParser
import Foundation
import ReportModel

struct Places: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the places of a corpus with level, parents and years covered.")
    @OptionGroup var options: CorpusOptions
    @OptionGroup var output: OutputOptions
    @Option(help: ArgumentHelp("Deprecated spelling of --json / --csv (text, csv or json); kept for one release.", visibility: .hidden))
    var format: OutputFormat?

    func run() throws {
        if format != nil {
            FileHandle.standardError.write(Data("reportdesk: --format is deprecated; use --json or --csv\n".utf8))
        }
        try options.analyse(show)
    }

    func show(_ a: Analysis) throws {
        switch format ?? (output.json ? .json : output.csv ? .csv : .text) {
        case .text:
            for p in a.places.places {
                print([p.name + (p.formerNames.isEmpty ? "" : " (formerly " + p.formerNames.joined(separator: ", ") + ")"), p.level?.chinese ?? "—", p.parents.isEmpty ? "—" : p.parents.joined(separator: "›"),
                       p.years.map(String.init).joined(separator: " ")].joined(separator: "\t"))
            }
        case .csv:
            print(csvLine(["place", "level", "parents", "years", "reports", "formerNames"]))
            for p in a.places.places {
                print(csvLine([p.name, p.level?.rawValue ?? "", p.parents.joined(separator: ";"), p.years.map(String.init).joined(separator: ";"), String(p.reports.count), p.formerNames.joined(separator: ";")]))
            }
        case .json:
            try printJSON(a.places.places.map { PlaceJSON(place: $0.name, level: $0.level?.rawValue, parents: $0.parents, years: $0.years, formerNames: $0.formerNames) })
        }
    }
}
