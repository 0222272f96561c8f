import ArgumentParser
import Foundation
import ReportModel

struct Series: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "One place's indicator year by year: actual, growth, target, attainment, derived values.",
        discussion: "PLACE and INDICATOR accept Chinese names, catalog aliases and pinyin (gdp, dqsczz). Values are in base units.")
    @OptionGroup var options: CorpusOptions
    @Argument(help: "Place (京东镇, 河北省, hbs).") var place: String
    @Argument(help: "Indicator (地区生产总值, GDP, dqsczz).") var indicator: String
    @Flag(help: "CSV with a header row.") var csv = false
    @Flag(help: "JSON.") var json = false

    func run() throws {
        let a = try options.load()
        let p = try options.place(a, place)
        guard let ind = a.indicator(indicator) else { throw ValidationError("no indicator matches \"\(indicator)\"") }
        let rows = a.series(place: p, indicator: ind.id)
        if json {
            try printJSON(["place": p.name, "indicator": ind.name, "indicatorId": ind.id, "rows": rows.map(\.json)])
        } else if csv {
            print(csvLine(["place", "indicator"] + SeriesRow.csvHeader))
            for r in rows { print(csvLine([p.name, ind.name] + r.csvFields)) }
        } else {
            print("\(p.name) · \(ind.name)")
            for r in rows {
                let v = r.value.map { cell($0) + (r.unit ?? "") } ?? r.derived.map { "(\(cell($0))\(r.unit ?? "") derived)" } ?? "—"
                let g = r.growth.map { ($0 >= 0 ? "+" : "") + cell($0) + "%" } ?? ""
                print([String(r.year), v, g, "target " + r.targetText, r.attainment.rawValue, r.gap.map { "gap \(cell($0))pp" } ?? "",
                       r.preliminary ? "preliminary" : "", r.inconsistent ? "inconsistent" : ""].filter { !$0.isEmpty }.joined(separator: "\t"))
            }
        }
    }
}
