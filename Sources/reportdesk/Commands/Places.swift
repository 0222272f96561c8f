import ArgumentParser
import Foundation
import ReportModel

struct Places: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the places of a corpus with level, parents and years covered.")
    @OptionGroup var options: CorpusOptions
    @Option(help: "text, csv or json.") var format: OutputFormat = .text

    func run() throws {
        let a = try options.load()
        switch format {
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
