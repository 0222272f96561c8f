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

    public static func csv(_ rows: [Indicator]) -> String {
        var lines = [csvHeader.joined(separator: ",")]
        for i in rows {
            let fields: [String] = [
                i.name, i.canonical ?? "", num(i.value), i.unit ?? "", num(i.baseValue), i.baseUnit ?? "", i.qualifier?.rawValue ?? "",
                num(i.range?.lo), num(i.range?.hi), i.redacted ? "true" : "false", num(i.change?.percent), num(i.change?.points),
                i.role.rawValue, i.year.map(String.init) ?? "", i.period ?? "", i.section ?? "", String(i.start), String(i.end), i.text,
                i.milestone ? "true" : "false", i.estimated ? "true" : "false",
            ]
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
