import ArgumentParser
import Foundation
import ReportModel

struct Targets: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Every target a place set, with its outcome.",
        discussion: """
            One line per (year, indicator) with a target: the target with its qualifier (≈ 左右, ≥ 以上, ≤ 以内),
            the actual growth or level reported later, met / missed / no-data, and the gap in points.
            PLACE `all` lists every place (narrow it with --level); --indicator keeps one indicator.
            """)
    @OptionGroup var options: CorpusOptions
    @Argument(help: "Place (河北省, hbs), or `all`.") var place: String
    @Option(help: "With `all`: province, city, county or town.") var level: LevelFilter?
    @Option(help: "Only this indicator (gdp, 地区生产总值).") var indicator: String?
    @OptionGroup var output: OutputOptions
    var csv: Bool { output.csv }
    var json: Bool { output.json }

    func run() throws { try options.analyse(show) }

    func show(_ a: Analysis) throws {
        let ps = try options.places(a, place, level: level)
        var entries = a.catalog.entries
        if let q = indicator {
            guard let e = a.indicator(q) else { throw CommandError("no indicator matches \"\(q)\"") }
            entries = [e]
        }
        var out: [SeriesRowJSON] = []
        if csv { print(csvLine(["place", "indicator"] + SeriesRow.csvHeader)) }
        for p in ps {
            for e in entries {
                for r in a.series(place: p, indicator: e.id) where r.target != nil {
                    if json { out.append(SeriesRowJSON(row: r, place: p.name, indicator: e.name)) }
                    else if csv { print(csvLine([p.name, e.name] + r.csvFields)) }
                    else {
                        // The outcome the target is judged on: growth for a growth target, the level for a level target.
                        let growth = r.growth.map { "actual " + signedPercent($0) }
                        let level = r.value.map { "actual " + NumberText.human($0, unit: r.unit) }
                        let outcome = (r.targetIsGrowth ? growth ?? level : level ?? growth) ?? "actual —"
                        print(([ps.count > 1 ? p.name : "", String(r.year), e.name, "target " + r.targetText, outcome, r.attainment.rawValue,
                                r.gap.map { "gap \(cell($0))pp" } ?? ""]).filter { !$0.isEmpty }.joined(separator: "\t"))
                    }
                }
            }
        }
        if json {
            try printJSON(TargetsJSON(targets: out, place: CorpusOptions.isAll(place) ? nil : ps.first?.name))
        }
    }
}
