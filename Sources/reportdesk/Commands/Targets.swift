import ArgumentParser
import Foundation
import ReportModel

struct Targets: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Every target a place set, with its outcome.")
    @OptionGroup var options: CorpusOptions
    @Argument(help: "Place.") var place: String
    @Flag(help: "JSON.") var json = false

    func run() throws {
        let a = try options.load()
        let p = try options.place(a, place)
        var out: [[String: Any]] = []
        for e in a.catalog.entries {
            for r in a.series(place: p, indicator: e.id) where r.target != nil {
                if json { var j = r.json; j["indicator"] = e.name; out.append(j) }
                else {
                    let outcome = r.growth.map { "actual " + ($0 >= 0 ? "+" : "") + cell($0) + "%" } ?? r.value.map { "actual " + cell($0) + (r.unit ?? "") } ?? "actual —"
                    print([String(r.year), e.name, "target " + r.targetText, outcome, r.attainment.rawValue, r.gap.map { "gap \(cell($0))pp" } ?? ""]
                        .filter { !$0.isEmpty }.joined(separator: "\t"))
                }
            }
        }
        if json { try printJSON(["place": p.name, "targets": out]) }
    }
}
