import ReportModel

/// One place's indicator year by year: actual, growth, target, attainment (met / missed in colour), gap and the
/// level derived from the next year's growth; below, a bar chart of the levels (or of growth when no level is
/// stated), and a sparkline in the title.
enum YearOverYearPane {
    static let columns: [(title: String, width: Int)] = [("年份", 4), ("实际", 14), ("增速", 8), ("目标", 9), ("完成", 7), ("差距", 7), ("推算", 12)]

    static func render(_ s: DashboardState, _ r: Rect, _ b: inout Buffer, _ theme: Theme) {
        let focused = s.focus == .detail
        guard let y = s.yoy else { return }
        let rows = y.series?.rows ?? []
        let values = rows.map { $0.value ?? $0.derived }
        let spark = sparkline(values.compactMap { $0 })
        let place = y.series?.place ?? y.place
        b.paneBox(r, title: "同比 \(y.indicatorName) · \(place)" + (spark.isEmpty ? "" : " " + spark), focused: focused, theme)
        let inner = r.inset(1)
        guard inner.height > 0, inner.width > 0 else { return }
        guard y.isCurrent || y.series != nil else {
            b.put("读取中… loading", x: inner.x + 1, y: inner.y, style: theme.muted, clip: inner)
            return
        }
        if let f = y.failure {
            b.put("cannot compute: " + f, x: inner.x + 1, y: inner.y, style: theme.problems, clip: inner)
            return
        }
        if y.series?.place == nil {
            b.put("“\(y.place)” is not a place of this corpus", x: inner.x + 1, y: inner.y, style: theme.muted, clip: inner)
            return
        }
        if rows.isEmpty {
            b.put("（\(place)的报告没有\(y.indicatorName)）", x: inner.x + 1, y: inner.y, style: theme.muted, clip: inner)
            return
        }
        // Table: only the columns that fit whole (a clipped 88.99亿元 would read as 88.).
        var used = 0
        let shownColumns = columns.prefix { c in
            defer { used += c.width + 1 }
            return used + c.width <= inner.width
        }
        var x = inner.x
        for c in shownColumns { x = b.put(DisplayWidth.fit(c.title, c.width) + " ", x: x, y: inner.y, style: theme.heading, clip: inner) }
        // The table's rows are where the layout puts them (the chart takes the lower half of a tall pane); rows
        // out of view are marked above and on the chart's rule.
        let list = s.layout.yearOverYearList
        let chartTop = list.maxY
        let chartH = inner.maxY - chartTop
        for (i, yy, _, base) in b.listRows(y.list, count: rows.count, in: list, box: r, marksAt: chartH >= 2 ? chartTop : nil,
                                           focused: focused, theme) {
            let row = rows[i]
            let cells = texts(row)
            var cx = inner.x
            for (k, c) in shownColumns.enumerated() {
                var style = base
                if k == 4 { style = row.attainment == .met ? base.merged(theme.met) : row.attainment == .missed ? base.merged(theme.missed) : base.merged(theme.muted) }
                if k == 6 || (k == 1 && row.value == nil) { style = base.merged(theme.muted) }
                cx = b.put(DisplayWidth.fit(cells[k], c.width) + " ", x: cx, y: yy, style: style, clip: inner)
            }
        }
        // Chart under the table.
        guard chartH >= 2 else { return }
        let useGrowth = !values.contains { $0 != nil }
        let title = useGrowth ? "增速 growth %" : "水平 level (\(y.series?.rows.first { $0.unit != nil }?.unit ?? ""))"
        b.put("─ " + title + " ", x: inner.x, y: chartTop, style: theme.muted, clip: inner)
        let points: [(year: Int, value: Double, derived: Bool)] = rows.compactMap { row in
            if useGrowth { return row.growth.map { (row.year, $0, false) } }
            if let v = row.value { return (row.year, v, false) }
            return row.derived.map { (row.year, $0, true) }
        }
        if points.isEmpty {
            b.put("  （没有可画的数值 nothing to chart）", x: inner.x, y: chartTop + 1, style: theme.muted, clip: inner)
            return
        }
        let visible = points.suffix(chartH - 1)
        let maxV = visible.map { abs($0.value) }.max() ?? 0
        let labelW = visible.map { DisplayWidth.of(label($0.value, useGrowth, rows)) }.max() ?? 0
        let barW = max(1, inner.width - 6 - labelW - 1)
        for (k, p) in visible.enumerated() {
            let yy = chartTop + 1 + k
            var cx = b.put(String(p.year) + " ", x: inner.x + 1, y: yy, style: theme.muted, clip: inner)
            let bar = bars(maxV > 0 ? abs(p.value) / maxV : 0, width: barW)
            cx = b.put(bar, x: cx, y: yy, style: p.derived ? theme.muted : (p.value < 0 ? theme.missed : theme.bar), clip: inner)
            b.put(" " + label(p.value, useGrowth, rows) + (p.derived ? " 推算" : ""), x: cx, y: yy, style: theme.muted, clip: inner)
        }
    }

    static func label(_ v: Double, _ growth: Bool, _ rows: [SeriesRow]) -> String {
        growth ? (v >= 0 ? "+" : "") + NumberText.plain(v, significant: 4) + "%" : NumberText.human(v, unit: rows.first { $0.unit != nil }?.unit)
    }

    /// Year, actual (preliminary marked *; ! when growth and levels disagree), growth, target, attainment, gap, derived.
    static func texts(_ r: SeriesRow) -> [String] {
        let value = r.value.map { NumberText.human($0, unit: r.unit) + (r.preliminary ? "*" : "") + (r.inconsistent ? "!" : "") } ?? "—"
        let growth = r.growth.map { ($0 >= 0 ? "+" : "") + NumberText.plain($0, significant: 4) + "%" } ?? "—"
        let target = targetText(r)
        let mark = NumberText.attained(r.attainment, preliminary: r.preliminary)
        let attained = r.attainment == .met ? mark + "达成" : r.attainment == .missed ? mark + "未达" : "—"
        let gap = r.gap.map { ($0 >= 0 ? "+" : "") + NumberText.plain($0, significant: 3) + "pp" } ?? ""
        let derived = r.derived.map { NumberText.human($0, unit: r.unit) } ?? ""
        return [String(r.year), value, growth, target, attained, gap, derived]
    }

    /// The target: ≈+8%, ≥5000万元, ≤5%, a growth range 6–6.5%, or —.
    static func targetText(_ r: SeriesRow) -> String {
        guard let t = r.target else { return "—" }
        return NumberText.target(t, isGrowth: r.targetIsGrowth, qualifier: r.targetQualifier, range: r.targetRange, unit: r.targetUnit ?? r.unit)
    }

    /// ▁▂▃▄▅▆▇█ scaled between the smallest and largest value.
    static func sparkline(_ v: [Double]) -> String {
        guard v.count >= 2, let lo = v.min(), let hi = v.max() else { return "" }
        let ticks = Array("▁▂▃▄▅▆▇█")
        return String(v.map { hi > lo ? ticks[min(7, Int((($0 - lo) / (hi - lo)) * 7.999))] : ticks[3] })
    }

    /// A bar of `fraction` × `width` cells in eighths.
    static func bars(_ fraction: Double, width: Int) -> String {
        let eighths = Int((max(0, min(1, fraction)) * Double(width * 8)).rounded())
        let parts = Array(" ▏▎▍▌▋▊▉")
        var s = String(repeating: "█", count: eighths / 8)
        if eighths % 8 > 0 { s.append(parts[eighths % 8]) }
        if s.isEmpty { s = "▏" }
        return s
    }
}
