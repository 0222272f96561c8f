import ArgumentParser
import Foundation
import ReportModel

struct Indicators: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the indicator table of a report: name, canonical name, value, change, role, year, period, section.",
        discussion: "--csv writes UTF-8 CSV with a header row and numbers in base units (loads into pandas and R); --json prints the indicator objects of extract --json."
    )

    @Argument(help: "A report file (.txt or .md).")
    var file: String

    @OptionGroup var output: OutputOptions

    func run() throws {
        let report: Report
        do throws(ReadError) { report = try ReportReader.read(path: file) } catch {
            reportErrors([error]); throw ExitCode(1)
        }
        if output.json {
            // The indicator objects of `extract --json` (docs/json-schema.md), as one array.
            try printJSON(report.indicators.map(ExportIndicator.init))
        } else if output.csv {
            print(IndicatorTable.csv(report.indicators, report: report))
        } else {
            print(IndicatorTable.text(report.indicators))
        }
    }
}
