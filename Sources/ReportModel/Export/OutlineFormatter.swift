import ReportText
import ReportReading
import ReportParsing
import ReportQuantities
import ReportIndicators
import ReportAnalysis
import ReportSearch

/// Plain-text outline of a report: metadata, then the indented section tree with roles and years.
public enum OutlineFormatter {
    public static func format(_ r: Report) -> String {
        var out = "\(r.file)\n"
        func field(_ k: String, _ v: String?) { out += "  \(k.padding(toLength: 8, withPad: " ", startingAt: 0)) \(v ?? "—")\n" }
        field("title", r.title)
        let level = r.place.level.map { "\($0.rawValue) \($0.chinese)" }
        field("place", r.place.name.map { n in "\(n)" + (level.map { " (\($0))" } ?? "") })
        field("parents", r.place.parents.isEmpty ? nil : r.place.parents.joined(separator: " › "))
        field("kind", "\(r.kind.rawValue) (\(r.kind.chinese))" + (r.anonymised ? ", anonymised" : ""))
        field("date", r.date.map { d in d + (r.dateKind.map { " (\($0.rawValue))" } ?? "") })
        field("review", r.reviewYear.map(String.init))
        field("plan", r.planYear.map(String.init))
        field("speaker", r.speaker.map { "\($0.title) \($0.name)" })
        field("source", r.source)
        field("text", "\(r.encoding.rawValue), \(r.script.rawValue), \(r.paragraphs.count) paragraphs, \(r.damaged.count) damaged spans")
        out += "  sections:\n"
        for s in r.sections {
            let indent = String(repeating: "  ", count: s.level + 1)
            let marker = s.kind == .topic ? "· " : s.kind == .part ? "" : s.marker
            let tag = "[\(s.role.rawValue)\(s.year.map { " \($0)" } ?? "")]"
            out += "\(indent)\(marker)\(s.title)  \(tag)\n"
        }
        return out
    }
}
