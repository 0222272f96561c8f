import Foundation
import ReportModel

/// The indicator table of the selected section (and its sub-sections): name, value and unit, change, role, year;
/// sorted, filtered by role and to catalog names as the table state says.
enum IndicatorTablePane {
    static let headers = ["指标", "数值", "增速", "类型", "年份"]

    static func render(_ s: DashboardState, _ r: Rect, _ b: inout Buffer, _ theme: Theme) {
        let focused = s.focus == .indicators
        let all = s.visibleIndicators
        let rows = s.table.rows(all)
        b.paneBox(r, title: title(s.table, shown: rows.count, all: all), focused: focused, theme)
        let inner = r.inset(1)
        guard inner.height > 1, inner.width > 0 else { return }
        let nameW = max(8, inner.width - fixedWidth)
        var header = headers
        if let col = s.table.sort { header[col.rawValue] += s.table.descending ? "▼" : "▲" }
        b.put(row(header, nameW), x: inner.x, y: inner.y, style: theme.heading, clip: inner)
        if rows.isEmpty {
            let why = all.isEmpty ? "（本节没有数字）" : s.table.catalogOnly && s.table.role == nil
                ? "（本节\(all.count)个数字都没有目录名 · a 显示全部 shows all）" : "（筛选后没有数字 · r / a 改变筛选）"
            b.put(why, x: inner.x, y: inner.y + 1, style: theme.muted, clip: inner)
            return
        }
        for (i, y, _, base) in b.listRows(s.table.list, count: rows.count, in: s.layout.tableList, box: r, focused: focused, theme) {
            let ind = rows[i]
            b.put(row([nameText(ind), valueText(ind), changeText(ind), roleText(ind), ind.year.map(String.init) ?? "—"], nameW),
                  x: inner.x, y: y, style: ind.canonical == nil ? base.merged(theme.muted) : base, clip: inner)
        }
    }

    /// "指标 Indicators · 目录 7 · 35 more (a) · 目标 · 数值▼": what is shown, what the filters hide and the order.
    static func title(_ t: TableState, shown: Int, all: [Indicator]) -> String {
        var title = "指标 Indicators"
        if t.catalogOnly {
            let hidden = all.count - all.filter { $0.canonicalId != nil }.count
            title += " · 目录 \(shown)" + (hidden > 0 ? " · \(hidden) more (a)" : "")
        } else {
            title += " (\(shown == all.count ? "\(all.count)" : "\(shown)/\(all.count)"))"
        }
        if let role = t.role { title += " · " + roleText(role) }
        if let col = t.sort { title += " · " + headers[col.rawValue] + (t.descending ? "▼" : "▲") }
        return title
    }

    static func nameText(_ ind: Indicator) -> String {
        ind.canonical.map { $0 == ind.name ? $0 : "\(ind.name)→\($0)" } ?? ind.name
    }

    /// Value, growth, role and year columns with their gaps; the name takes the rest.
    static let fixedWidth = 1 + 14 + 1 + 9 + 1 + 6 + 1 + 6

    static func row(_ cols: [String], _ nameW: Int) -> String {
        DisplayWidth.fit(cols[0], nameW) + " " + DisplayWidth.fit(cols[1], 14) + " " + DisplayWidth.fit(cols[2], 9) + " "
            + DisplayWidth.fit(cols[3], 6) + " " + cols[4]
    }

    static func number(_ v: Double) -> String { NumberText.plain(v, significant: 6) }

    static func valueText(_ i: Indicator) -> String {
        if i.redacted { return "xx" + (i.unit ?? "") }
        let q = NumberText.mark(i.qualifier)
        // A range is held in base units: shown as written scales read (3亿元–5亿元, not 300000000–500000000元).
        if let r = i.range, i.value != nil { return q + NumberText.human(r.lo, unit: i.baseUnit) + "–" + NumberText.human(r.hi, unit: i.baseUnit) }
        guard let v = i.value else { return "—" }
        return q + number(v) + (i.unit ?? "")
    }

    /// The change with its range and, for a rate alone, its qualifier: +5.4%, ≈+8%, +5–5.5%.
    static func changeText(_ i: Indicator) -> String {
        guard let c = i.change else { return "" }
        return NumberText.change(c, qualifier: i.value == nil ? i.qualifier : nil, range: i.value == nil ? i.range : nil)
    }

    /// The role as the table shows it; an estimated actual (预计 for the reviewed year) is marked * as preliminary.
    static func roleText(_ i: Indicator) -> String {
        i.role == .actual && i.estimated ? "实际*" : roleText(i.role)
    }

    static func roleText(_ r: IndicatorRole) -> String {
        switch r {
        case .actual: return "实际"
        case .target: return "目标"
        case .forecast: return "预计"
        }
    }
}
