import ArgumentParser
import Foundation
import ReportModel

struct Series: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "One place's indicator year by year: actual, growth, target, attainment, derived values.",
        discussion: """
            PLACE and INDICATOR accept Chinese names, catalog aliases and pinyin (gdp, dqsczz). Values are in base units.
            PLACE `all` gives every place (narrow it with --level) in one long table, one row per place and year.
            """)
    @OptionGroup var options: CorpusOptions
    @Argument(help: "Place (京东镇, 河北省, hbs), or `all`.") var place: String
    @Option(help: "With `all`: province, city, county or town.") var level: LevelFilter?
    @Argument(help: "Indicator (地区生产总值, GDP, dqsczz).") var indicator: String
    @OptionGroup var output: OutputOptions
    var csv: Bool { output.csv }
    var json: Bool { output.json }

    func run() throws { try options.analyse(show) }

    func show(_ a: Analysis) throws {
        let ps = try options.places(a, place, level: level)
        guard let ind = a.indicator(indicator) else { throw CommandError("no indicator matches \"\(indicator)\"") }
        let all = ps.map { ($0, a.series(place: $0, indicator: ind.id)) }
        if json {
            let one = all.map { p, rows in SeriesJSON(place: p.name, indicator: ind.name, indicatorId: ind.id, rows: rows.map { SeriesRowJSON(row: $0) }) }
            if !CorpusOptions.isAll(place), let first = one.first { try printJSON(first) } else { try printJSON(one) }
        } else if csv {
            print(csvLine(["place", "indicator"] + SeriesRow.csvHeader))
            for (p, rows) in all { for r in rows { print(csvLine([p.name, ind.name] + r.csvFields)) } }
        } else {
            for (p, rows) in all where !rows.isEmpty || all.count == 1 {
                print("\(p.name) · \(ind.name)")
                for r in rows {
                    let v = r.value.map { NumberText.human($0, unit: r.unit) } ?? r.derived.map { "(\(NumberText.human($0, unit: r.unit)) derived)" } ?? "—"
                    let g = r.growth.map(signedPercent) ?? ""
                    print([String(r.year), v, g, "target " + r.targetText, r.attainment.rawValue, r.gap.map { "gap \(cell($0))pp" } ?? "",
                           r.preliminary ? "preliminary" : "", r.inconsistent ? "inconsistent" : ""].filter { !$0.isEmpty }.joined(separator: "\t"))
                }
            }
        }
    }
}
