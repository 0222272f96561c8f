import Foundation
import ReportModel

/// The indicator table of the selected section (and its sub-sections): name, value and unit, change, role, year.
enum IndicatorTablePane {
    static func render(_ s: DashboardState, _ r: Rect, _ b: inout Buffer, _ theme: Theme) {
        let focused = s.focus == .indicators
        let rows = s.visibleIndicators
        b.box(r, title: "指标 Indicators (\(rows.count))", style: focused ? theme.borderFocused : theme.border)
        let inner = r.inset(1)
        guard inner.height > 1 else { return }
        let w = inner.width
        let nameW = max(8, w - 48)
        b.put(row(["指标", "数值", "增速", "类型", "年份"], nameW), x: inner.x, y: inner.y, style: theme.heading, clip: inner)
        if rows.isEmpty {
            b.put("（本节没有数字）", x: inner.x, y: inner.y + 1, style: theme.muted, clip: inner)
            return
        }
        for line in 0..<(inner.height - 1) {
            let i = s.indicatorScroll + line
            guard i < rows.count else { break }
            let ind = rows[i]
            let y = inner.y + 1 + line
            let selected = i == s.indicatorCursor
            let base = selected ? (focused ? theme.selected : theme.selectedUnfocused) : Style.plain
            if selected { b.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: base) }
            let name = ind.canonical.map { $0 == ind.name ? $0 : "\(ind.name)→\($0)" } ?? ind.name
            b.put(row([name, valueText(ind), changeText(ind), roleText(ind.role), ind.year.map(String.init) ?? "—"], nameW),
                  x: inner.x, y: y, style: ind.canonical == nil ? base.merged(theme.muted) : base, clip: inner)
        }
    }

    static func row(_ cols: [String], _ nameW: Int) -> String {
        DisplayWidth.fit(cols[0], nameW) + " " + DisplayWidth.fit(cols[1], 16) + " " + DisplayWidth.fit(cols[2], 10) + " "
            + DisplayWidth.fit(cols[3], 8) + " " + cols[4]
    }

    static func number(_ v: Double) -> String { NumberText.plain(v, significant: 6) }

    static func valueText(_ i: Indicator) -> String {
        if i.redacted { return "xx" + (i.unit ?? "") }
        let q: String
        switch i.qualifier {
        case .approx?: q = "≈"
        case .moreThan?: q = ">"
        case .lessThan?: q = "<"
        case .atLeast?: q = "≥"
        case .atMost?: q = "≤"
        case nil: q = ""
        }
        if let r = i.range, i.value != nil { return q + number(r.lo) + "–" + number(r.hi) + (i.baseUnit ?? "") }
        guard let v = i.value else { return "—" }
        return q + number(v) + (i.unit ?? "")
    }

    static func changeText(_ i: Indicator) -> String {
        guard let c = i.change else { return "" }
        let q = i.value == nil ? (i.qualifier == .approx ? "≈" : i.qualifier == .atLeast ? "≥" : "") : ""
        if let p = c.percent { return q + (p >= 0 ? "+" : "") + number(p) + "%" }
        if let p = c.points { return q + (p >= 0 ? "+" : "") + number(p) + "pp" }
        return ""
    }

    static func roleText(_ r: IndicatorRole) -> String {
        switch r {
        case .actual: return "实际"
        case .target: return "目标"
        case .forecast: return "预计"
        }
    }
}
