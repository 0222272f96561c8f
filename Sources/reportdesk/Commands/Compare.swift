import ArgumentParser
import Foundation
import ReportModel

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Two or more places side by side for a year: every canonical indicator any of them reports.",
        discussion: "Missing values are shown as — (empty in CSV, null in JSON), never as zero.")
    @OptionGroup var options: CorpusOptions
    @Argument(help: "Two or more places.") var places: [String]
    @Option(help: "Year (default: the latest year the places share).") var year: Int?
    @Flag(help: "CSV with a header row.") var csv = false
    @Flag(help: "JSON.") var json = false

    func validate() throws { if places.count < 2 { throw ValidationError("compare needs two or more places") } }

    func run() throws {
        let a = try options.load()
        let ps = try places.map { try options.place(a, $0) }
        let (y, rows) = a.compare(ps, year: year)
        if json {
            try printJSON(["year": y as Any? ?? NSNull(), "places": ps.map(\.name),
                           "rows": rows.map { r in ["indicator": r.indicator, "indicatorId": r.indicatorId,
                                                    "cells": r.cells.map { $0?.json as Any? ?? NSNull() }] }])
        } else if csv {
            print(csvLine(["year", "indicator", "place", "value", "unit", "growth", "target", "attainment"]))
            for r in rows { for (p, c) in zip(ps, r.cells) {
                print(csvLine([y.map(String.init) ?? "", r.indicator, p.name, cell(c?.value), c?.unit ?? "", cell(c?.growth), cell(c?.target), c?.attainment.rawValue ?? "no-data"]))
            } }
        } else {
            print((["\(y.map(String.init) ?? "—")"] + ps.map(\.name)).joined(separator: "\t"))
            for r in rows {
                let cells = r.cells.map { c -> String in
                    guard let c else { return "—" }
                    let v = c.value.map { cell($0) + (c.unit ?? "") } ?? "—"
                    let g = c.growth.map { " " + signedPercent($0) } ?? ""
                    return v + g + (c.target != nil ? " (target \(c.targetText), \(c.attainment.rawValue))" : "")
                }
                print(([r.indicator] + cells).joined(separator: "\t"))
            }
        }
    }
}
