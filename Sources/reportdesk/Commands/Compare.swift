import ArgumentParser
import Foundation
import ReportModel

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Two or more places side by side for a year: every canonical indicator any of them reports.",
        discussion: """
            Each place gets two columns: the year's actual (level and growth; * marks a preliminary 预计 figure) and \
            the target set for it with met / missed. Missing values are shown as — (empty in CSV, null in JSON), \
            never as zero. JSON cells carry the source file and sentence of each value.
            """)
    @OptionGroup var options: CorpusOptions
    @Argument(help: "Two or more places.") var places: [String]
    @Option(help: "Year (default: the latest year the places share).") var year: Int?
    @OptionGroup var output: OutputOptions
    var csv: Bool { output.csv }
    var json: Bool { output.json }

    func validate() throws { if places.count < 2 { throw ValidationError("compare needs two or more places") } }

    func run() throws { try options.analyse(show) }

    func show(_ a: Analysis) throws {
        let ps = try places.map { try options.place(a, $0) }
        let (y, rows) = a.compare(ps, year: year)
        if json {
            try printJSON(ComparisonJSON(year: y, places: ps.map(\.name), rows: rows.map { r in
                ComparisonJSON.Row(indicator: r.indicator, indicatorId: r.indicatorId, cells: r.cells.map { $0.map { SeriesRowJSON(row: $0) } })
            }))
        } else if csv {
            print(csvLine(["year", "indicator", "place", "value", "unit", "growth", "target", "attainment",
                           "targetKind", "targetQualifier", "targetLow", "targetHigh", "targetUnit", "gap", "preliminary",
                           "source", "sentence", "targetSource", "targetSentence"]))
            for r in rows { for (p, c) in zip(ps, r.cells) {
                print(csvLine([y.map(String.init) ?? "", r.indicator, p.name, cell(c?.value), c?.unit ?? "", cell(c?.growth), cell(c?.target),
                               c?.attainment.rawValue ?? "no-data",
                               c?.target == nil ? "" : (c?.targetIsGrowth == true ? "growth" : "level"), c?.targetQualifier?.rawValue ?? "",
                               cell(c?.targetRange?.lo), cell(c?.targetRange?.hi), c?.targetUnit ?? "", cell(c?.gap),
                               c?.preliminary == true ? "true" : "false", c?.source ?? "", c?.outcomeStatement?.sentence ?? "",
                               c?.targetSource?.file ?? "", c?.targetSource?.sentence ?? ""]))
            } }
        } else {
            // Each place's actual and target side by side, labelled.
            print((["\(y.map(String.init) ?? "—")"] + ps.flatMap { [$0.name + " 实际 actual", $0.name + " 目标 target"] }).joined(separator: "\t"))
            for r in rows {
                let cells = r.cells.flatMap { c -> [String] in
                    guard let c else { return ["—", "—"] }
                    let v = c.value.map { NumberText.human($0, unit: c.unit) + (c.preliminary ? "*" : "") }
                    let g = c.growth.map { signedPercent($0) }
                    let actual = [v, g].compactMap { $0 }.joined(separator: " ")
                    let target = c.target == nil ? "—" : c.targetText + " " + c.attainment.rawValue
                    return [actual.isEmpty ? "—" : actual, target]
                }
                print(([r.indicator] + cells).joined(separator: "\t"))
            }
        }
    }
}
