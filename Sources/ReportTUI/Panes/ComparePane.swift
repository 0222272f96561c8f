import ReportModel

/// The comparison screen: the places picked (with an incremental picker to add more) above a table of every
/// catalog indicator any of them reports for the year, each place's actual beside its target (met / missed).
/// The highest actual of a row is marked, the lowest dimmed red; a missing value is —. One cell is selected:
/// Enter opens its source.
enum ComparePane {
    static func render(_ s: DashboardState, _ l: Layout, _ b: inout Buffer, _ theme: Theme) {
        let picking = s.compare.picking
        picker(s, l.comparePicker(picking: picking), l.comparePickerList(picking: picking), &b, theme)
        table(s, l.compareTable(picking: picking), l.compareTableList(picking: picking), &b, theme)
    }

    static func picker(_ s: DashboardState, _ r: Rect, _ list: Rect, _ b: inout Buffer, _ theme: Theme) {
        let c = s.compare
        b.paneBox(r, title: "比较 Compare · 地点 places", focused: c.picking, theme)
        let inner = r.inset(1)
        guard inner.height > 0, inner.width > 0 else { return }
        var x = inner.x + 1
        for p in c.places {
            let years = c.years(of: p)
            x = b.put(" " + p + (years.isEmpty ? "" : " " + years) + " ", x: x, y: inner.y, style: theme.chip, clip: inner)
            x += 1
        }
        if c.picking {
            x = b.put("+ ", x: x, y: inner.y, style: theme.muted, clip: inner)
            x = b.put(c.input, x: x, y: inner.y, style: theme.input, clip: inner)
            x = b.put("▏", x: x, y: inner.y, style: theme.input, clip: inner)
            if c.input.isEmpty, let p = c.suggested, !c.places.contains(p) {
                b.put("  Enter adds \(p) (this report's place) · type to find another", x: x, y: inner.y, style: theme.muted, clip: inner)
            }
            let m = c.matches
            if m.isEmpty {
                b.put("（没有匹配的地点 no place matches）", x: list.x + 1, y: list.y, style: theme.muted, clip: list)
            }
            for (i, yy, _, style) in b.listRows(c.picker, count: m.count, in: list, box: r, theme) {
                b.put("  " + DisplayWidth.fit(m[i].name, 20) + " " + DisplayWidth.fit(m[i].level, 6) + " " + m[i].years,
                      x: list.x, y: yy, style: style, clip: list)
            }
        } else if c.places.count < 2 {
            b.put("a adds a place", x: x, y: inner.y, style: theme.muted, clip: inner)
        }
    }

    static func table(_ s: DashboardState, _ r: Rect, _ list: Rect, _ b: inout Buffer, _ theme: Theme) {
        let c = s.compare
        guard r.height >= 3 else { return }
        let result = c.result
        var title = "指标对比"
        if let y = result?.year { title += " · \(y)" }
        b.paneBox(r, title: title, focused: !c.picking, theme)
        let inner = r.inset(1)
        guard inner.height > 0, inner.width > 0 else { return }
        guard c.places.count >= 1 else {
            b.put("pick places above", x: inner.x + 1, y: inner.y, style: theme.muted, clip: inner)
            return
        }
        guard let res = result else {
            b.put(c.failure.map { "cannot compare: " + $0 } ?? "读取中… loading", x: inner.x + 1, y: inner.y, style: theme.muted, clip: inner)
            return
        }
        // Year line: every year, the current one marked.
        var x = b.put("年份 ", x: inner.x + 1, y: inner.y, style: theme.muted, clip: inner)
        for y in res.years {
            let mark = y == res.year
            x = b.put(mark ? "[\(y)]" : " \(y) ", x: x, y: inner.y, style: mark ? theme.heading : theme.muted, clip: inner)
        }
        b.put("  [ ]", x: x, y: inner.y, style: theme.muted, clip: inner)
        // Each place: its actual (level and growth) and, beside it, the target set for the year with met / missed.
        let n = res.places.count
        let nameW = max(8, min(20, inner.width / (2 * n + 2)))
        let colW = max(12, (inner.width - nameW - 1) / max(1, n))
        let targetW = max(6, colW * 2 / 5), actualW = max(6, colW - targetW)
        let column = min(c.column, max(0, n - 1))
        x = b.put(DisplayWidth.fit("指标", nameW) + " ", x: inner.x, y: inner.y + 1, style: theme.heading, clip: inner)
        for p in res.places {
            x = b.put(DisplayWidth.fit(p + " 实际", actualW - 1) + " ", x: x, y: inner.y + 1, style: theme.heading, clip: inner)
            x = b.put(DisplayWidth.fit("目标", targetW - 1) + " ", x: x, y: inner.y + 1, style: theme.muted, clip: inner)
        }
        if res.rows.isEmpty {
            b.put("（这一年没有共同的目录指标 no catalog indicator this year）", x: inner.x + 1, y: inner.y + 2, style: theme.muted, clip: inner)
            return
        }
        for (i, yy, selected, base) in b.listRows(c.list, count: res.rows.count, in: list, box: r, cursor: !c.picking, theme) {
            let row = res.rows[i]
            var cx = b.put(DisplayWidth.fit(row.indicator, nameW) + " ", x: inner.x, y: yy, style: base, clip: inner)
            let ranks = extremes(row.cells)
            for (k, cell) in row.cells.enumerated() {
                // The selected cell (Enter opens its source) stands out of the reversed row.
                let own = selected && k == column ? theme.cell : base
                var style = own
                if ranks.high == k { style = own.merged(theme.higher) } else if ranks.low == k { style = own.merged(theme.lower) }
                if cell == nil || text(cell) == "—" { style = own.merged(theme.muted) }
                cx = b.put(DisplayWidth.fit(text(cell), actualW - 1) + " ", x: cx, y: yy, style: style, clip: inner)
                let t = target(cell)
                let ts = cell?.attainment == .met ? own.merged(theme.met) : cell?.attainment == .missed ? own.merged(theme.missed) : own.merged(theme.muted)
                cx = b.put(DisplayWidth.fit(t, targetW - 1) + " ", x: cx, y: yy, style: ts, clip: inner)
            }
        }
    }

    /// The actual: "93.8亿元 +5.4%" (* preliminary), or "—".
    static func text(_ cell: SeriesRow?) -> String {
        guard let c = cell else { return "—" }
        var parts: [String] = []
        if let v = c.value { parts.append(NumberText.human(v, unit: c.unit) + (c.preliminary ? "*" : "")) }
        if let g = c.growth { parts.append((g >= 0 ? "+" : "") + NumberText.plain(g, significant: 4) + "%" + (c.preliminary && c.value == nil ? "*" : "")) }
        return parts.isEmpty ? "—" : parts.joined(separator: " ")
    }

    /// The target with its mark: "≥5%✓", "5–5.5%✗", "≈2%", or "—".
    static func target(_ cell: SeriesRow?) -> String {
        guard let c = cell, c.target != nil else { return "—" }
        return YearOverYearPane.targetText(c) + NumberText.attained(c.attainment, preliminary: c.preliminary)
    }

    /// Which cell is highest and lowest: by level when every stated level shares a unit, else by growth.
    /// Nothing is marked when fewer than two cells have the measure or they are all equal.
    static func extremes(_ cells: [SeriesRow?]) -> (high: Int?, low: Int?) {
        let levels = cells.enumerated().compactMap { k, c in c?.value.map { (k, $0, c?.unit) } }
        let units = Set(levels.map { $0.2 ?? "" })
        let measured: [(Int, Double)] = levels.count >= 2 && units.count == 1 ? levels.map { ($0.0, $0.1) }
            : cells.enumerated().compactMap { k, c in c?.growth.map { (k, $0) } }
        guard measured.count >= 2, let hi = measured.max(by: { $0.1 < $1.1 }), let lo = measured.min(by: { $0.1 < $1.1 }), hi.1 != lo.1 else { return (nil, nil) }
        return (hi.0, lo.0)
    }
}
