import Foundation
import ReportText
import ReportReading
import ReportParsing
import ReportQuantities
import ReportIndicators
import ReportAnalysis

import ReportSearch

/// The indicator table as CSV (for scripts) and as aligned text (for people).
public enum IndicatorTable {
    public static let csvHeader = ["name", "canonical", "value", "unit", "baseValue", "baseUnit", "qualifier", "rangeLo", "rangeHi",
                                   "redacted", "changePercent", "changePoints", "role", "year", "period", "section", "start", "end", "text", "milestone", "estimated"]

    /// Columns appended when the report is known: which place, file and year each figure was read from.
    public static let reportColumns = ["place", "file", "reportYear"]

    /// The rows as CSV. Given their report, each row also names the place, file and report year, and with
    /// `sourceText` the text column is the sentence as the source writes it (original script and punctuation,
    /// 截至10月底，全镇…) rather than the simplified analysis form.
    public static func csv(_ rows: [Indicator], report: Report? = nil, sourceText: Bool = false) -> String {
        var lines = [(csvHeader + (report == nil ? [] : reportColumns)).joined(separator: ",")]
        let own = report.map { [$0.place.name ?? "", $0.file, $0.displayYear.map(String.init) ?? ""] } ?? []
        for i in rows {
            let fields: [String] = [
                i.name, i.canonical ?? "", num(i.value), i.unit ?? "", num(i.baseValue), i.baseUnit ?? "", i.qualifier?.rawValue ?? "",
                num(i.range?.lo), num(i.range?.hi), i.redacted ? "true" : "false", num(i.change?.percent), num(i.change?.points),
                i.role.rawValue, i.year.map(String.init) ?? "", i.period ?? "", i.section ?? "", String(i.start), String(i.end),
                sourceText ? report?.sourceText(of: i) ?? i.text : i.text,
                i.milestone ? "true" : "false", i.estimated ? "true" : "false",
            ] + own
            lines.append(fields.map(quote).joined(separator: ","))
        }
        return lines.joined(separator: "\n")
    }

    public static func text(_ rows: [Indicator]) -> String {
        rows.map { i in
            let value = i.redacted ? "xx" : (i.value.map(num) ?? "—")
            let change = i.change.map { NumberText.change($0, qualifier: i.value == nil ? i.qualifier : nil, range: i.value == nil ? i.range : nil) } ?? ""
            return [i.name, i.canonical.map { "[\($0)]" } ?? "", value + (i.unit ?? ""), change, i.role.rawValue, i.year.map(String.init) ?? "",
                    i.period ?? "", i.section ?? ""].joined(separator: "\t")
        }.joined(separator: "\n")
    }

    package static func num(_ v: Double?) -> String { NumberText.plain(v) }

    package static func quote(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + s.replacingAll("\"", with: "\"\"") + "\"" : s
    }
}
