import ReportModel

/// The report list: place, level, year and kind of every report, grouped by level.
enum ReportListPane {
    static func render(_ s: DashboardState, _ r: Rect, _ b: inout Buffer, _ theme: Theme) {
        let focused = s.focus == .reports
        b.box(r, title: "报告 Reports (\(s.reports.count))", style: focused ? theme.borderFocused : theme.border)
        let inner = r.inset(1)
        guard inner.height > 0 else { return }
        if s.reports.isEmpty {
            b.put("No reports found.", x: inner.x + 1, y: inner.y, style: theme.muted, clip: inner)
            return
        }
        for row in 0..<inner.height {
            let i = s.reportScroll + row
            guard i < s.reports.count else { break }
            let rep = s.reports[i]
            let line = rowText(rep, width: inner.width)
            let style = i == s.reportCursor ? (focused ? theme.selected : theme.selectedUnfocused) : Style.plain
            if i == s.reportCursor { b.fill(Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1), style: style) }
            b.put(line, x: inner.x, y: inner.y + row, style: style, clip: inner)
        }
    }

    /// "京东镇      镇   2023 政府工作报告"
    static func rowText(_ r: Report, width: Int) -> String {
        let name = r.place.name ?? (r.kind == .fragments ? "（片段汇编）" : "（未知地点）")
        let level = r.place.level?.chinese ?? "—"
        let year = r.displayYear.map(String.init) ?? "—   "
        let nameW = max(6, min(16, width - 24))
        return DisplayWidth.fit(name, nameW) + " " + DisplayWidth.fit(level, 6) + " " + year + " " + r.kind.chinese
    }
}
